#pragma once
// mirrorstage_core: the console's picture of its fleet, without any GUI or SQL.
//
//   HostVitals    the handful of numbers per host that the scene, the tree and health look at.
//   Health        ok / warning / critical / stale / offline, from HealthThresholds, with reasons.
//   RackLayout    racks from racks.json and from what agents report; where a host stands.
//   FleetFeed     on the hub's thread: newest sample per agent, handed over in frames (~4 Hz).
//   FleetState    on the UI thread: every host, its placement, vitals and health; signals the
//                 changes of each frame once, for the models and the 3D scene.
//   HostSelection the host the operator looks at, shared by tree, scene and details.

#include "fleet_feed.h"
#include "fleet_frame.h"
#include "fleet_state.h"
#include "health.h"
#include "host_selection.h"
#include "host_vitals.h"
#include "rack_layout.h"
