#pragma once
// Reads a HostSample back from the CBOR an agent sends: the inverse of sampleToCbor(), for the
// console's hub. One pass over the bytes with QCborStreamReader and no QCborValue tree in between,
// so that one hub thread keeps up with thousands of samples a second. Field names are in
// docs/REFLECTOR.md.
//
// Strict about the bytes: nullopt, with *error saying why in words, unless they are exactly one
// well-formed CBOR map: not truncated, every text string valid UTF-8, arrays and maps nested at
// most 1024 deep, nothing after the map.
//
// Tolerant about the fields, so that one bad value does not cost the whole sample:
//  - unknown keys are skipped: that is how fields are added (docs/PROTOCOL.md);
//  - a known field that is null, missing, of the wrong type or out of range is left out, and a
//    SampleProblem {"cbor:<path>", reason} is appended to the sample's problems. An optional value
//    becomes absent; a null there is no problem (it is how sampleToCbor writes "absent"), nor is a
//    null text (how it writes an empty one). A value the sample cannot hold as absent takes with it
//    the nearest part that can be absent: its group (a usage, load average, position or rates) or
//    its list entry (a core, interface, filesystem, disk, sensor, process, tag or problem); at the
//    top of a section it keeps its default (0, false, empty);
//  - of a key that appears twice in one map, the first counts.
//
// Every field sampleToCbor writes comes back: sampleToCbor(*sampleFromCbor(sampleToCbor(s))) ==
// sampleToCbor(s), byte for byte.

#include "host_sample.h"

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace mirrorstage {

std::optional<HostSample> sampleFromCbor(QByteArrayView cbor, QString *error = nullptr);

}  // namespace mirrorstage
