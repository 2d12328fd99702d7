#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

#include "player_command.h"

class QWidget;

namespace unclutch::app {

// Sees every key press of the application before any widget does, so the player's keys work
// whatever has the focus: a button, the pain rating, nothing at all. Installed while the player
// is visible. A key is taken only when the handler says it acted on it; the rest (Tab, Enter,
// keys held with Ctrl) go on as usual. Auto-repeats of a held key are swallowed, so a key
// leaned on does not toggle pause back and forth.
class PlayerKeyFilter : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<bool(const PlayerKey&)>;

    // Keys count only in `scope`'s window.
    PlayerKeyFilter(QWidget* scope, Handler handler, QObject* parent = nullptr);

    void setInstalled(bool installed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_scope;
    Handler m_handler;
    bool m_installed = false;
};

} // namespace unclutch::app
