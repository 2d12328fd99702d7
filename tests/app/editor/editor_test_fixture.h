#pragma once

#include <gtest/gtest.h>

#include <memory>

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

#include "app/editor/editor_prompts.h"
#include "app/editor/routine_editor_window.h"
#include "core/routine_writer.h"
#include "storage/paths.h"

#include "../../support/qt_printers.h"

namespace unclutch::app::testing {

// Answers the editor's questions the way a test says, and remembers what was asked.
class FakePrompts : public EditorPrompts {
public:
    struct Answers {
        CloseChoice close = CloseChoice::Cancel;
        ConflictChoice conflict = ConflictChoice::KeepMine;
        QString image;
        int closeAsked = 0;
        int conflictAsked = 0;
        QStringList errors;
    };

    explicit FakePrompts(std::shared_ptr<Answers> answers)
        : m_answers(std::move(answers))
    {
    }
    CloseChoice askSaveBeforeClosing(QWidget*, const QString&) override
    {
        ++m_answers->closeAsked;
        return m_answers->close;
    }
    ConflictChoice askChangedOnDisk(QWidget*, const QString&) override
    {
        ++m_answers->conflictAsked;
        return m_answers->conflict;
    }
    QString chooseImage(QWidget*, const QString&) override { return m_answers->image; }
    void showError(QWidget*, const QString& message) override { m_answers->errors << message; }

private:
    std::shared_ptr<Answers> m_answers;
};

// QTRY_* macros report failures to QtTest, not to GoogleTest, and return silently: wait with
// this and assert on its result instead.
template <typename Predicate>
bool waitUntil(Predicate predicate, int timeoutMs = 5000)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// A data folder of its own with one own routine, and the real editor window open on it.
class EditorWindowTest : public ::testing::Test {
protected:
    static constexpr const char* ownRoutine = R"({
  "format": 1,
  "id": "my-hips",
  "title": "My hips",
  "steps": [
    { "pose": "Rest", "duration": 30 },
    { "pose": "Pigeon", "duration": 60, "sides": ["left", "right"],
      "cues": [ { "at": 20, "text": "Square the hips." } ] }
  ],
  "x-note": "kept"
}
)";

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_paths.ensureDataDir().ok());
        m_path = m_paths.userRoutinesDir() + QStringLiteral("/my-hips.json");
        writeAll(m_path, ownRoutine);
        m_window = std::make_unique<RoutineEditorWindow>(m_paths);
        m_window->setPrompts(std::make_unique<FakePrompts>(m_answers));
        m_window->resize(1200, 760);
        m_window->show();
        // Shortcuts (Ctrl+Z, Ctrl+Up) only reach an active window.
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        const storage::Status opened = m_window->openFile(m_path);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    }

    void TearDown() override
    {
        // Closing is not what these tests check; leave without a question.
        m_answers->close = EditorPrompts::CloseChoice::Discard;
        m_window.reset();
    }

    template <typename T>
    T* find(const char* name) const
    {
        T* child = m_window->findChild<T*>(QString::fromUtf8(name));
        EXPECT_NE(child, nullptr) << name;
        return child;
    }

    QAction* action(const char* name) const { return find<QAction>(name); }

    // Replaces a field's text by typing, as a person would.
    static void typeInto(QWidget* widget, const QString& text)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(widget, Qt::Key_Backspace);
        QTest::keyClicks(widget, text);
    }

    std::string editorBytes() const
    {
        return core::RoutineWriter::write(m_window->document()->routine());
    }

    QTemporaryDir m_dir;
    storage::Paths m_paths{m_dir.filePath(QStringLiteral("data"))};
    QString m_path;
    std::shared_ptr<FakePrompts::Answers> m_answers = std::make_shared<FakePrompts::Answers>();
    std::unique_ptr<RoutineEditorWindow> m_window;
};

} // namespace unclutch::app::testing
