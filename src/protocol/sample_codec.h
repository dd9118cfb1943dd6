#pragma once
// Encodes a HostSample as a CBOR map: the form it takes on the wire and, through
// QCborMap::toJsonObject(), the JSON that `reflector --once` prints. One encoder keeps the two
// forms identical. Field names are documented in docs/REFLECTOR.md.

#include "host_sample.h"

#include <QCborMap>
#include <QJsonObject>

namespace mirrorstage {

inline constexpr int kSampleSchemaVersion = 1;

QCborMap encodeSample(const HostSample &sample);
QJsonObject sampleToJson(const HostSample &sample);

}  // namespace mirrorstage
