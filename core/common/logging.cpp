// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "crm.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "crm.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCapture, "crm.capture", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "crm.sync", QtInfoMsg)
