#include "spoken_text.h"

namespace unclutch::app {

QString SpokenText::language()
{
    //: The ISO 639 code of the language you translate into (de for German): a voice that speaks
    //: only English then knows it cannot read these sentences.
    return tr("en", "language code");
}

QString SpokenText::poseWithSide(const QString& pose, core::Side side)
{
    const QString name = pose.trimmed();
    switch (side) {
    case core::Side::Left:
        return tr("%1, left side").arg(name);
    case core::Side::Right:
        return tr("%1, right side").arg(name);
    case core::Side::None:
        break;
    }
    return name;
}

QString SpokenText::getReady(const QString& pose, core::Side side)
{
    return tr("Get ready: %1").arg(poseWithSide(pose, side));
}

QString SpokenText::stepStart(const QString& pose, core::Side side, const QString& instructions,
                              bool withPose, bool withInstructions)
{
    const QString said = withInstructions ? instructions.trimmed() : QString();
    if (!withPose)
        return said;
    const QString name = poseWithSide(pose, side);
    if (said.isEmpty())
        return tr("%1.", "a pose announced at its start").arg(name);
    return tr("%1. %2", "a pose, then its instructions").arg(name, said);
}

QString SpokenText::cue(const QString& text)
{
    return text.trimmed();
}

QString SpokenText::phase(const QString& name)
{
    return name.trimmed();
}

QString SpokenText::end()
{
    return tr("The routine is complete. Well done.");
}

} // namespace unclutch::app
