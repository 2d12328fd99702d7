#include "routine_writer.h"

#include "json_printer.h"

namespace unclutch::core {

namespace {

using Layout = JsonPrinter::Layout;

void write_extras(JsonPrinter& out, const Extras& extras)
{
    for (const auto& [name, value] : extras) {
        out.key(name);
        out.value(value);
    }
}

void write_image(JsonPrinter& out, const std::optional<std::string>& image)
{
    if (image) {
        out.key("image");
        out.string(*image);
    }
}

void write_pacing(JsonPrinter& out, const Pacing& pacing)
{
    out.begin_object();
    out.key("cycle");
    out.number(pacing.cycle);
    out.key("cycles");
    out.integer(pacing.cycles);
    // Written even at its default of 1 so that an author sees the metronome's setting.
    out.key("beat");
    out.number(pacing.beat);
    out.key("phases");
    out.begin_array();
    for (const Phase& phase : pacing.phases) {
        out.begin_object(Layout::Inline);
        out.key("name");
        out.string(phase.name);
        out.key("share");
        out.number(phase.share);
        write_extras(out, phase.extras);
        out.end_object();
    }
    out.end_array();
    write_extras(out, pacing.extras);
    out.end_object();
}

void write_variant(JsonPrinter& out, const Variant& variant)
{
    out.begin_object();
    out.key("pose");
    out.string(variant.pose);
    if (!variant.instructions.empty()) {
        out.key("instructions");
        out.string(variant.instructions);
    }
    write_image(out, variant.image);
    write_extras(out, variant.extras);
    out.end_object();
}

void write_step(JsonPrinter& out, const Step& step)
{
    out.begin_object();
    out.key("pose");
    out.string(step.pose);
    if (!step.instructions.empty()) {
        out.key("instructions");
        out.string(step.instructions);
    }
    write_image(out, step.image);
    if (step.duration) {
        out.key("duration");
        out.number(*step.duration);
    }
    if (step.transition) {
        out.key("transition");
        out.number(*step.transition);
    }
    if (!step.sides.empty()) {
        out.key("sides");
        out.begin_array(Layout::Inline);
        for (Side side : step.sides)
            out.string(to_string(side));
        out.end_array();
    }
    if (!step.cues.empty()) {
        out.key("cues");
        out.begin_array();
        for (const Cue& cue : step.cues) {
            out.begin_object(Layout::Inline);
            out.key("at");
            out.number(cue.at);
            out.key("text");
            out.string(cue.text);
            write_extras(out, cue.extras);
            out.end_object();
        }
        out.end_array();
    }
    if (step.pacing) {
        out.key("pacing");
        write_pacing(out, *step.pacing);
    }
    if (step.easier) {
        out.key("easier");
        write_variant(out, *step.easier);
    }
    write_extras(out, step.extras);
    out.end_object();
}

} // namespace

std::string RoutineWriter::write(const Routine& routine)
{
    JsonPrinter out;
    out.begin_object();
    if (routine.schema) {
        out.key("$schema");
        out.string(*routine.schema);
    }
    out.key("format");
    out.integer(routine.format);
    if (!routine.id_from_file_name) {
        out.key("id");
        out.string(routine.id);
    }
    out.key("title");
    out.string(routine.title);
    if (!routine.description.empty()) {
        out.key("description");
        out.string(routine.description);
    }
    if (!routine.author.empty()) {
        out.key("author");
        out.string(routine.author);
    }
    if (!routine.cautions.empty()) {
        out.key("cautions");
        out.begin_array();
        for (const std::string& caution : routine.cautions)
            out.string(caution);
        out.end_array();
    }
    if (routine.transition_given) {
        out.key("transition");
        out.number(routine.transition);
    }
    if (routine.language) {
        out.key("language");
        out.string(*routine.language);
    }
    out.key("steps");
    out.begin_array();
    for (const Step& step : routine.steps)
        write_step(out, step);
    out.end_array();
    write_extras(out, routine.extras);
    out.end_object();
    return out.take();
}

} // namespace unclutch::core
