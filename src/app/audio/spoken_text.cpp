#include "spoken_text.h"

#include <utility>

namespace unclutch::app {

namespace {

const char* const kContext = "SpokenText";

QString primaryLanguage(const QString& language)
{
    return language.section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

SpokenText::SpokenText()
    : m_language(interfaceLanguage())
{
}

SpokenText::SpokenText(QString language, std::shared_ptr<const QTranslator> translator)
    : m_language(std::move(language))
    , m_translator(std::move(translator))
    , m_interface(false)
{
}

SpokenText SpokenText::forLanguage(const QString& language)
{
    const QString primary = primaryLanguage(language);
    if (primary.isEmpty() || primary == interfaceLanguage())
        return {};
    auto translator = std::make_shared<QTranslator>();
    if (primary == QLatin1String("en") ||
        !translator->load(QStringLiteral("unclutch_") + primary, QStringLiteral(":/i18n")))
        return SpokenText(QStringLiteral("en"), nullptr);
    return SpokenText(primary, std::move(translator));
}

QString SpokenText::interfaceLanguage()
{
    //: The ISO 639 code of the language you translate into (de for German): the voice then
    //: knows which language these sentences are in.
    return tr("en", "language code");
}

QString SpokenText::translated(Source source) const
{
    if (m_interface)
        return QCoreApplication::translate(kContext, source.text, source.disambiguation);
    if (m_translator) {
        const QString text = m_translator->translate(kContext, source.text, source.disambiguation);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source.text);
}

QString SpokenText::poseWithSide(const QString& pose, core::Side side) const
{
    const QString name = pose.trimmed();
    switch (side) {
    case core::Side::Left:
        return translated({QT_TRANSLATE_NOOP("SpokenText", "%1, left side"), nullptr}).arg(name);
    case core::Side::Right:
        return translated({QT_TRANSLATE_NOOP("SpokenText", "%1, right side"), nullptr}).arg(name);
    case core::Side::None:
        break;
    }
    return name;
}

QString SpokenText::getReady(const QString& pose, core::Side side) const
{
    return translated({QT_TRANSLATE_NOOP("SpokenText", "Get ready: %1"), nullptr})
        .arg(poseWithSide(pose, side));
}

QString SpokenText::stepStart(const QString& pose, core::Side side, const QString& instructions,
                              bool withPose, bool withInstructions) const
{
    const QString said = withInstructions ? instructions.trimmed() : QString();
    if (!withPose)
        return said;
    const QString name = poseWithSide(pose, side);
    if (said.isEmpty())
        return translated(QT_TRANSLATE_NOOP3("SpokenText", "%1.", "a pose announced at its start"))
            .arg(name);
    return translated(QT_TRANSLATE_NOOP3("SpokenText", "%1. %2", "a pose, then its instructions"))
        .arg(name, said);
}

QString SpokenText::sideChange(core::Side side) const
{
    switch (side) {
    case core::Side::Left:
        return translated({QT_TRANSLATE_NOOP("SpokenText", "Now the left side."), nullptr});
    case core::Side::Right:
        return translated({QT_TRANSLATE_NOOP("SpokenText", "Now the right side."), nullptr});
    case core::Side::None:
        break;
    }
    return {};
}

QString SpokenText::count(int seconds) const
{
    // Digits: every voice reads them in its own language.
    return QString::number(seconds);
}

QString SpokenText::halfway() const
{
    return translated({QT_TRANSLATE_NOOP("SpokenText", "Halfway."), nullptr});
}

QString SpokenText::easierToggled(bool easier, const QString& pose) const
{
    if (!easier)
        return translated(QT_TRANSLATE_NOOP3("SpokenText", "%1.", "a pose announced at its start"))
            .arg(pose.trimmed());
    return translated({QT_TRANSLATE_NOOP("SpokenText", "Easier: %1."), nullptr})
        .arg(pose.trimmed());
}

QString SpokenText::cue(const QString& text)
{
    return text.trimmed();
}

QString SpokenText::phase(const QString& name)
{
    return name.trimmed();
}

QString SpokenText::end() const
{
    return translated(
        {QT_TRANSLATE_NOOP("SpokenText", "The routine is complete. Well done."), nullptr});
}

} // namespace unclutch::app
