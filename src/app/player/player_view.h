#pragma once

#include <QTimer>
#include <QWidget>

#include "caution_acknowledgements.h"
#include "core/routine.h"
#include "player_command.h"
#include "session_start.h"

class QStackedWidget;

namespace unclutch::app {

class CautionsPage;
class EndPage;
class KeyHelpOverlay;
class PlayerController;
class PlayerControls;
class PlayerKeyFilter;
class SessionPage;

// The guided session player: the cautions (when they need acknowledging), then the session,
// then the end screen; the controls under it and the key help over it. It shows what the
// PlayerController reads from the session and turns keys and clicks into its slots; it keeps no
// time of its own beyond asking for a repaint when the shown second changes.
class PlayerView : public QWidget {
    Q_OBJECT

public:
    explicit PlayerView(PlayerController* controller, QWidget* parent = nullptr);

    // Below this many logical pixels of screen height the player leaves out what it can spare.
    static constexpr int kCompactScreenHeight = 560;
    ~PlayerView() override;

    // Loads the routine and starts it at once, or after its cautions are acknowledged, at
    // `start`'s step.
    void play(const core::Routine& routine, const QString& file, SessionStart start = {});
    // For unattended measurement runs: no one is there to acknowledge the cautions.
    void setCautionsSkipped(bool skipped) { m_cautionsSkipped = skipped; }
    // Whether sessions can be kept: when the history could not be opened for writing, the player
    // says so from the start of each session, and asks for no pain rating. A try from the editor
    // is never kept, and says so too.
    void setHistoryWritable(bool writable) { m_historyWritable = writable; }

    void setFloorMode(bool floorMode);
    bool isFloorMode() const { return m_floorMode; }
    bool isHelpShown() const;

    PlayerController* controller() const { return m_controller; }
    PlayerControls* controls() const { return m_controls; }
    SessionPage* sessionPage() const { return m_session; }
    EndPage* endPage() const { return m_end; }
    CautionsPage* cautionsPage() const { return m_cautions; }
    QWidget* currentPage() const;

public slots:
    // What a key or a button asks for; returns whether it applied here.
    bool perform(const unclutch::app::PlayerKey& key);
    void refresh();

signals:
    void backToLibrary();
    void fullScreenToggleRequested();
    void muteToggleRequested();
    void voiceToggleRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    bool performInSession(const PlayerKey& key);
    void requestStop();
    void startSession();
    void showEnd();
    void toggleHelp();
    void applyScale();
    void scheduleRefresh(std::int64_t remainingMs, std::int64_t positionMs);

    PlayerController* m_controller;
    QStackedWidget* m_pages = nullptr;
    CautionsPage* m_cautions = nullptr;
    SessionPage* m_session = nullptr;
    EndPage* m_end = nullptr;
    PlayerControls* m_controls = nullptr;
    KeyHelpOverlay* m_help = nullptr;
    PlayerKeyFilter* m_keys = nullptr;
    QTimer m_refreshTimer;
    CautionAcknowledgements m_acknowledgements;
    bool m_cautionsSkipped = false;
    bool m_historyWritable = true;
    bool m_floorMode = false;
};

} // namespace unclutch::app
