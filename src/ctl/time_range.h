#pragma once
// Times an operator types: "15m", "2h", "7d", "90s" (that long ago / from now), or an ISO date
// such as 2026-11-21T10:00:00Z.

#include <QString>
#include <optional>

namespace mirrorstage::ctl {

std::optional<qint64> parseDurationMs(const QString &text);
// A moment: a duration means that long before nowMs; otherwise an ISO 8601 date and time.
std::optional<qint64> parseMomentMs(const QString &text, qint64 nowMs);

QString formatAgo(qint64 thenMs, qint64 nowMs);

}  // namespace mirrorstage::ctl
