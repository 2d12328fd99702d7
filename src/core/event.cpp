#include "event.h"

namespace unclutch::core {

const char* to_string(EventType type)
{
    switch (type) {
    case EventType::Prepare:
        return "prepare";
    case EventType::Step:
        return "step";
    case EventType::Phase:
        return "phase";
    case EventType::Beat:
        return "beat";
    case EventType::Cue:
        return "cue";
    case EventType::End:
        break;
    }
    return "end";
}

} // namespace unclutch::core
