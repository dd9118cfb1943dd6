#pragma once
// The provider the settings ask for. Bad settings (no key for a public API, a base URL that is
// not http(s)) still give a provider: one whose every request fails with a Configuration error
// that says which setting to fix, so the console shows it where the proposals would be.

#include "remediation_provider.h"

#include <memory>

namespace mirrorstage::ai {

std::unique_ptr<RemediationProvider> makeProvider(const ProviderSettings &settings);

}  // namespace mirrorstage::ai
