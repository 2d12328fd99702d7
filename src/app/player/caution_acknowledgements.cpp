#include "caution_acknowledgements.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QString>

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

bool CautionAcknowledgements::isAcknowledged(const core::Routine& routine) const
{
    if (routine.cautions.empty())
        return true;
    return QSettings().value(keyFor(routine)).toByteArray() == fingerprint(routine);
}

void CautionAcknowledgements::acknowledge(const core::Routine& routine)
{
    if (!routine.cautions.empty())
        QSettings().setValue(keyFor(routine), fingerprint(routine));
}

} // namespace unclutch::app
