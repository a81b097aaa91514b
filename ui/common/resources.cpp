// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initCrmResources()
{
    Q_INIT_RESOURCE(crm);
}

namespace crm::ui {

void initResources()
{
    static bool done = false;
    if (!done) {
        initCrmResources();
        done = true;
    }
}

} // namespace crm::ui
