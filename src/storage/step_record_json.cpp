#include "step_record_json.h"

namespace unclutch::storage::step_record_json {

namespace {

const QString kStep = QStringLiteral("step");
const QString kSide = QStringLiteral("side");
const QString kPose = QStringLiteral("pose");
const QString kOutcome = QStringLiteral("outcome");
const QString kActiveMs = QStringLiteral("active_ms");
const QString kEasier = QStringLiteral("easier");

QJsonValue sideToJson(core::Side side)
{
    if (side == core::Side::None)
        return QJsonValue::Null;
    return QString::fromLatin1(core::to_string(side));
}

core::Side sideFromJson(const QJsonValue& value)
{
    const QString text = value.toString();
    if (text == QLatin1String(core::to_string(core::Side::Left)))
        return core::Side::Left;
    if (text == QLatin1String(core::to_string(core::Side::Right)))
        return core::Side::Right;
    return core::Side::None;
}

} // namespace

QJsonObject toJson(const StepRecord& step)
{
    const bool known = step.outcome.has_value();
    return {
        {kStep, step.step},
        {kSide, sideToJson(step.side)},
        {kPose, known ? QJsonValue(step.pose) : QJsonValue::Null},
        {kOutcome, known ? QJsonValue(QString::fromLatin1(core::to_string(*step.outcome)))
                         : QJsonValue::Null},
        {kActiveMs, known ? QJsonValue(step.activeMs) : QJsonValue::Null},
        {kEasier, step.easier},
    };
}

QJsonArray toJson(const QList<StepRecord>& steps)
{
    QJsonArray array;
    for (const StepRecord& step : steps)
        array.append(toJson(step));
    return array;
}

QList<StepRecord> fromJson(const QJsonArray& array)
{
    QList<StepRecord> steps;
    steps.reserve(array.size());
    for (const QJsonValue& value : array) {
        if (!value.isObject())
            continue;
        const QJsonObject object = value.toObject();
        StepRecord step;
        step.step = object.value(kStep).toInt(1);
        step.side = sideFromJson(object.value(kSide));
        step.pose = object.value(kPose).toString();
        step.outcome =
            core::instance_outcome_from_string(object.value(kOutcome).toString().toStdString());
        step.activeMs = object.value(kActiveMs).toInteger();
        step.easier = object.value(kEasier).toBool();
        steps.append(step);
    }
    return steps;
}

} // namespace unclutch::storage::step_record_json
