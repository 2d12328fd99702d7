#include "caution_acknowledgements.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QString>

#include "storage/bundled_routine_text.h"
#include "storage/routine_file_reader.h"

namespace unclutch::app {

namespace {

QString keyFor(const core::Routine& routine)
{
    return QStringLiteral("cautions/") + QString::fromStdString(routine.id);
}

} // namespace

QByteArray CautionAcknowledgements::fingerprint(const core::Routine& routine)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Lengths before each part, so no two different lists of texts hash the same bytes.
    const auto add = [&hash](const std::string& text) {
        hash.addData(QByteArray(QByteArray::number(static_cast<qulonglong>(text.size())) + ':'));
        hash.addData(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
    };
    add(routine.id);
    for (const std::string& caution : routine.cautions)
        add(caution);
    return hash.result().toHex();
}

core::Routine CautionAcknowledgements::asWritten(const core::Routine& shown, const QString& file)
{
    if (file.isEmpty() || shown.cautions.empty())
        return shown;
    const storage::RoutineEntry entry =
        storage::RoutineFileReader::read(file, storage::RoutineOrigin::User);
    if (!entry.routine || entry.routine->id != shown.id)
        return shown;
    core::Routine translated = *entry.routine;
    storage::BundledRoutineText::translate(translated);
    // Cautions edited since (a try from the editor) are a version of their own.
    if (translated.cautions != shown.cautions)
        return shown;
    core::Routine written = shown;
    written.cautions = entry.routine->cautions;
    return written;
}

bool CautionAcknowledgements::isAcknowledged(const core::Routine& routine,
                                             const QString& file) const
{
    if (routine.cautions.empty())
        return true;
    return QSettings().value(keyFor(routine)).toByteArray() ==
           fingerprint(asWritten(routine, file));
}

void CautionAcknowledgements::acknowledge(const core::Routine& routine, const QString& file)
{
    if (!routine.cautions.empty())
        QSettings().setValue(keyFor(routine), fingerprint(asWritten(routine, file)));
}

} // namespace unclutch::app
