#pragma once
// Writes a HostSample as CBOR (the form it takes on the wire) or as JSON (what `reflector --once`
// and `--samples` print). One walk over the sample feeds both writers, so the two forms always
// carry the same fields in the same order. Field names are documented in docs/REFLECTOR.md.

#include "host_sample.h"

#include <QByteArray>
#include <QCborMap>
#include <QJsonObject>

namespace mirrorstage {

inline constexpr int kSampleSchemaVersion = 1;

QByteArray sampleToCbor(const HostSample &sample);
QByteArray sampleToJson(const HostSample &sample);  // one line, no trailing newline

// Parsed forms, for readers that want a document rather than bytes.
QCborMap encodeSample(const HostSample &sample);
QJsonObject sampleToJsonObject(const HostSample &sample);

}  // namespace mirrorstage
