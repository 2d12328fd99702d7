#include "dialog_prompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QImageReader>
#include <QMessageBox>
#include <QPushButton>

namespace unclutch::app {

namespace {

// lupdate files the tr() calls of this file under the context it would give a member tr().
QString tr(const char* text)
{
    return QCoreApplication::translate("unclutch::app::DialogPrompts", text);
}

} // namespace

EditorPrompts::CloseChoice DialogPrompts::askSaveBeforeClosing(QWidget* parent,
                                                               const QString& title)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Save the changes to “%1” before closing?").arg(title),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return CloseChoice::Save;
    case QMessageBox::Discard:
        return CloseChoice::Discard;
    default:
        return CloseChoice::Cancel;
    }
}

EditorPrompts::ConflictChoice DialogPrompts::askChangedOnDisk(QWidget* parent, const QString& path)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed on disk"),
                    tr("%1 was changed by another program, and you have unsaved changes here.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Which version do you want to keep?"));
    QPushButton* reload = box.addButton(tr("Reload from disk"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("Keep mine"), QMessageBox::AcceptRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == reload ? ConflictChoice::ReloadFromDisk
                                         : ConflictChoice::KeepMine;
}

QString DialogPrompts::chooseImage(QWidget* parent, const QString& startFolder)
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return QFileDialog::getOpenFileName(parent, tr("Choose a picture"), startFolder,
                                        tr("Pictures (%1)").arg(patterns.join(u' ')));
}

void DialogPrompts::showError(QWidget* parent, const QString& message)
{
    QMessageBox::warning(parent, tr("Routine editor"), message);
}

} // namespace unclutch::app
