#pragma once

#include <QByteArray>
#include <QString>

#include "core/routine.h"

namespace unclutch::app {

// Which routines' cautions the person has acknowledged. They are asked once per version of a
// routine's cautions: the settings keep, under "cautions/<routine id>", a hash of the id and
// the cautions, so changed cautions are asked for again. A routine without cautions needs none.
//
// A version is the cautions as the routine's file has them. A bundled routine is shown in the
// person's language, and read in one language its cautions stay read in every other: when the
// cautions shown are the translation of those in `file`, the file's own words are what count.
class CautionAcknowledgements {
public:
    static QByteArray fingerprint(const core::Routine& routine);

    bool isAcknowledged(const core::Routine& routine, const QString& file = {}) const;
    void acknowledge(const core::Routine& routine, const QString& file = {});

private:
    // `shown` with the cautions of `file` when `shown` has them in translation; else `shown`.
    static core::Routine asWritten(const core::Routine& shown, const QString& file);
};

} // namespace unclutch::app
