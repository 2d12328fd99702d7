#pragma once

#include <QHash>
#include <QWidget>

#include "player_command.h"
#include "player_frame.h"

class QGridLayout;
class QPushButton;

namespace unclutch::app {

// Every player key as a button too, each naming its key in its tooltip, for the mouse, the
// touchpad and screen readers. Laid out in one row, or two when the window is narrow.
class PlayerControls : public QWidget {
    Q_OBJECT

public:
    explicit PlayerControls(QWidget* parent = nullptr);

    void showFrame(const PlayerFrame& frame);
    void setMuted(bool muted);
    void setVoiceEnabled(bool enabled);
    void setSoundAvailable(bool available, const QString& reason = {});
    void setVoiceAvailable(bool available, const QString& reason = {});
    void setFullScreen(bool fullScreen);
    void applyScale(double scale);
    void setCompact(bool compact) { m_compact = compact; }

    QPushButton* button(PlayerCommand command) const { return m_buttons.value(command); }

signals:
    void command(unclutch::app::PlayerCommand command);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QPushButton* add(PlayerCommand command, const char* objectName, const QString& text,
                     const QString& accessibleName);
    void setToolTipFor(PlayerCommand command, const QString& what);
    void reflow();

    QGridLayout* m_layout = nullptr;
    QList<QPushButton*> m_order;
    QHash<PlayerCommand, QPushButton*> m_buttons;
    int m_rows = 0;
    bool m_compact = false;
};

} // namespace unclutch::app
