#include "session_ledger.h"

#include <algorithm>

#include "session_time.h"

namespace unclutch::core {

namespace {

using Duration = SessionLedger::Duration;

constexpr std::pair<InstanceOutcome, const char*> keys[] = {
    {InstanceOutcome::NotReached, "not_reached"},
    {InstanceOutcome::Skipped, "skipped"},
    {InstanceOutcome::Cut, "cut"},
    {InstanceOutcome::Done, "done"},
};

} // namespace

const char* to_string(InstanceOutcome outcome)
{
    for (const auto& [value, key] : keys) {
        if (value == outcome)
            return key;
    }
    return "not_reached";
}

std::optional<InstanceOutcome> instance_outcome_from_string(std::string_view key)
{
    for (const auto& [value, name] : keys) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

SessionLedger::SessionLedger(const Timeline& timeline)
{
    m_entries.reserve(timeline.instances().size());
    for (const Instance& instance : timeline.instances()) {
        Entry entry;
        entry.step = instance.step;
        entry.start = of_ms(instance.start_ms);
        entry.step_start = of_ms(instance.step_start_ms);
        entry.end = of_ms(instance.end_ms);
        m_entries.push_back(entry);
        m_planned_ms += instance.duration_ms();
    }
}

std::optional<SessionLedger> SessionLedger::restored(const Timeline& timeline,
                                                     const std::vector<InstanceRecord>& records)
{
    SessionLedger ledger(timeline);
    if (records.size() != ledger.m_entries.size())
        return std::nullopt;
    for (std::size_t i = 0; i < records.size(); ++i) {
        Entry& entry = ledger.m_entries[i];
        const InstanceRecord& record = records[i];
        if (record.active_ms < 0 || of_ms(record.active_ms) > entry.end - entry.step_start)
            return std::nullopt;
        entry.outcome = record.outcome;
        entry.played = of_ms(record.active_ms);
        entry.easier = record.easier;
    }
    return ledger;
}

void SessionLedger::play(Duration from, Duration to)
{
    if (to <= from || m_entries.empty())
        return;
    // The first instance that ends after `from`; the position may run through several.
    auto it = std::upper_bound(m_entries.begin(), m_entries.end(), from,
                               [](Duration at, const Entry& entry) { return at < entry.end; });
    for (; it != m_entries.end() && it->start < to; ++it) {
        const Duration overlap = std::min(to, it->end) - std::max(from, it->step_start);
        if (overlap > Duration::zero()) {
            it->played += overlap;
            if (easier(it->step))
                it->easier = true;
        }
        if (from < it->end && it->end <= to)
            raise(*it, InstanceOutcome::Done);
    }
}

void SessionLedger::leave(Duration position, bool forward)
{
    if (m_entries.empty())
        return;
    Entry& entry = m_entries[index_at(position)];
    if (position > entry.step_start)
        raise(entry, InstanceOutcome::Cut);
    else if (forward)
        raise(entry, InstanceOutcome::Skipped);
}

void SessionLedger::pass_over_before(std::size_t instance)
{
    for (std::size_t i = 0; i < instance && i < m_entries.size(); ++i)
        raise(m_entries[i], InstanceOutcome::Skipped);
}

void SessionLedger::set_easier(std::size_t step, bool shown)
{
    if (shown)
        m_easier_steps.insert(step);
    else
        m_easier_steps.erase(step);
}

std::int64_t SessionLedger::Entry::active_ms() const
{
    return floor_ms(std::min(played, end - step_start));
}

std::vector<InstanceRecord> SessionLedger::records() const
{
    std::vector<InstanceRecord> records;
    records.reserve(m_entries.size());
    for (const Entry& entry : m_entries)
        records.push_back({entry.outcome, entry.active_ms(), entry.easier});
    return records;
}

std::int64_t SessionLedger::completed_ms() const
{
    // Called for every frame the player paints: no list of records is made for it.
    std::int64_t total = 0;
    for (const Entry& entry : m_entries)
        total += entry.active_ms();
    return total;
}

std::size_t SessionLedger::index_at(Duration position) const
{
    const auto after =
        std::upper_bound(m_entries.begin(), m_entries.end(), position,
                         [](Duration at, const Entry& entry) { return at < entry.start; });
    if (after == m_entries.begin())
        return 0;
    return static_cast<std::size_t>(after - m_entries.begin()) - 1;
}

void SessionLedger::raise(Entry& entry, InstanceOutcome outcome)
{
    entry.outcome = std::max(entry.outcome, outcome);
}

} // namespace unclutch::core
