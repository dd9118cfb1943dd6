#pragma once
// Shared by the GUI suites that draw with OpenGL.

#include <QByteArray>
#include <dlfcn.h>
#include <link.h>

// Mesa unloads llvmpipe and libLLVM when the display closes, before LeakSanitizer looks: their
// process-long caches then show up as leaks of an "<unknown module>" that tests/lsan.supp cannot
// name. Loaded for good, they stay recognisable and suppressed. Call once a frame has been drawn.
inline void keepMesaLoaded()
{
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *) {
            const QByteArray path(info->dlpi_name);
            if (path.contains("libLLVM") || path.contains("swrast_dri") || path.contains("libgallium"))
                dlopen(info->dlpi_name, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE);
            return 0;
        },
        nullptr);
}
