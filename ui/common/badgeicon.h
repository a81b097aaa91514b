// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

namespace crm::ui {

// A round badge in `color` with `glyph` (a letter or sign) in white, at 16, 24 and 32 pixels:
// the fallback of theme icons we ship no file for (timeline kinds, stale deals).
QIcon badgeIcon(const QColor &color, const QString &glyph);

} // namespace crm::ui
