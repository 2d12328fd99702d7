#pragma once

#include <QByteArray>

#include "core/routine.h"

namespace unclutch::app {

// Which routines' cautions the person has acknowledged. They are asked once per version of a
// routine's cautions: the settings keep, under "cautions/<routine id>", a hash of the id and
// the cautions, so changed cautions are asked for again. A routine without cautions needs none.
class CautionAcknowledgements {
public:
    static QByteArray fingerprint(const core::Routine& routine);

    bool isAcknowledged(const core::Routine& routine) const;
    void acknowledge(const core::Routine& routine);
};

} // namespace unclutch::app
