#include "timeline_fingerprint.h"

#include <cstdint>

namespace unclutch::core {

namespace {

// 64-bit FNV-1a over each value's 8 bytes, least significant first, so the result does not
// depend on the machine.
class Fnv1a {
public:
    void add(std::uint64_t value)
    {
        for (int byte = 0; byte < 8; ++byte) {
            m_hash ^= (value >> (8 * byte)) & 0xffu;
            m_hash *= 0x100000001b3u;
        }
    }
    void add(std::int64_t value) { add(static_cast<std::uint64_t>(value)); }
    std::uint64_t hash() const { return m_hash; }

private:
    std::uint64_t m_hash = 0xcbf29ce484222325u;
};

} // namespace

std::string timeline_fingerprint(const Timeline& timeline)
{
    Fnv1a fnv;
    fnv.add(static_cast<std::uint64_t>(timeline.instances().size()));
    for (const Instance& instance : timeline.instances()) {
        fnv.add(static_cast<std::uint64_t>(instance.step));
        fnv.add(static_cast<std::uint64_t>(instance.side));
        fnv.add(instance.start_ms);
        fnv.add(instance.step_start_ms);
        fnv.add(instance.end_ms);
        fnv.add(instance.cycle_ms);
        fnv.add(instance.cycles);
        fnv.add(instance.beat_ms);
        for (std::int64_t offset : instance.phase_offsets_ms)
            fnv.add(offset);
    }
    fnv.add(static_cast<std::uint64_t>(timeline.events().size()));
    for (const Event& event : timeline.events()) {
        fnv.add(event.t_ms);
        fnv.add(static_cast<std::uint64_t>(event.type));
        fnv.add(static_cast<std::uint64_t>(event.instance));
        fnv.add(static_cast<std::uint64_t>(event.cycle));
        fnv.add(static_cast<std::uint64_t>(event.index));
    }
    static constexpr char digits[] = "0123456789abcdef";
    std::string text = "t1-";
    for (int shift = 60; shift >= 0; shift -= 4)
        text += digits[(fnv.hash() >> shift) & 0xfu];
    return text;
}

} // namespace unclutch::core
