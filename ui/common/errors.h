// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace crm::ui::Errors {

// A translated lead sentence for an error code ("The file is not a CRM database.").
QString leadSentence(core::ErrorCode code);
// The lead sentence followed by the detail from core.
QString describe(const core::Error &error);
// Core's detail as a sentence for a form: first letter upper case.
QString fieldMessage(const core::Error &error);

} // namespace crm::ui::Errors
