#pragma once
// What the window remembers in QSettings (~/.config/MirrorStage/mirrorstage.conf) beside the
// hub and store keys of ConsoleSettings: health thresholds, units, language, the rack layout file.
//
//   ui/language                 "system", "en" or "ko"
//   ui/units/binary_bytes       true: KiB, MiB (default); false: kB, MB
//   ui/units/network_bits       true: bit/s (default); false: B/s
//   ui/units/fahrenheit         false (default)
//   scene/racks_file            racks.json; empty: the one next to the database, if any
//   health/<vital>_warning, health/<vital>_critical   vital: cpu, memory, swap, load_per_core,
//                                                     filesystem, temperature
//   health/stale_after_intervals

#include "health.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace mirrorstage::app {

struct WindowSettings {
    QString language = QStringLiteral("system");
    bool binaryBytes = true;
    bool networkBits = true;
    bool fahrenheit = false;
    QString racksFile;
    core::HealthThresholds thresholds;
};

class WindowSettingsStore {
    Q_DECLARE_TR_FUNCTIONS(WindowSettingsStore)
public:
    // Values that are missing take their defaults; a bad value is an error naming the key.
    static bool load(QSettings &settings, WindowSettings &out, QString *error);
    static void save(QSettings &settings, const WindowSettings &values);
};

}  // namespace mirrorstage::app
