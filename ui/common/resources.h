// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace crm::ui {

// Registers the embedded icons (the resources live in a static library). Idempotent.
void initResources();

} // namespace crm::ui
