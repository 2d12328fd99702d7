#pragma once

#include <QStringList>

namespace unclutch::core {
struct FitChoices;
}

namespace unclutch::storage {
class Paths;
}

namespace unclutch::app {

// The command-line modes that need no display. Each returns the process exit status.
class CliCommands {
public:
    explicit CliCommands(const storage::Paths& paths);

    int validate(const QStringList& paths) const;       // --validate PATH…
    int importRoutines(const QStringList& files) const; // --import FILE…
    int list() const;                                   // --list
    // --timeline FILE [--minutes M] [--pace S] [--easier]
    int timeline(const QString& file, const core::FitChoices& fit) const;
    int exportHistory(const QString& file) const; // --export-history FILE

private:
    const storage::Paths& m_paths;
};

} // namespace unclutch::app
