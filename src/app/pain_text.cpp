#include "pain_text.h"

#include <QCoreApplication>

namespace unclutch::app {

QString painBeforeAfterText(std::optional<int> before, std::optional<int> after)
{
    const QString none = QStringLiteral("—");
    if (!before && !after)
        return none;
    const auto rating = [&none](std::optional<int> pain) {
        return pain ? QString::number(*pain) : none;
    };
    //: Pain before and after a session on the 0–10 scale, e.g. "6 → 4".
    return QCoreApplication::translate("unclutch::app::PainText", "%1 → %2")
        .arg(rating(before), rating(after));
}

} // namespace unclutch::app
