#pragma once
// Icons of the five healths (a filled disc in core::healthRgb's colour) for the fleet tree, the
// legend and the status bar; drawn once and cached.

#include "health.h"

#include <QIcon>

namespace mirrorstage::app {

struct HealthIcons {
    static QIcon icon(core::Health health);
    static QIcon rackIcon();
};

}  // namespace mirrorstage::app
