// SPDX-License-Identifier: GPL-3.0-or-later
// Saved report definitions: JSON in the synced reports table, so a colleague's laptop may send any
// bytes. Refused with an error naming where, or accepted; an accepted definition validates, and its
// JSON reads back as the same definition.
#include "fuzzcheck.h"

#include "reports/reportdefinition.h"

using namespace crm::core;
using namespace crm::core::reports;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto definition = ReportDefinition::fromJsonBytes(fuzzBytes(data, size));
    if (!definition) {
        FUZZ_CHECK(!definition.error().detail.isEmpty(), QStringLiteral("empty error"));
        return 0;
    }
    FUZZ_CHECK(definition->validate().ok(), definition->validate().error().detail);
    const auto again = ReportDefinition::fromJsonBytes(definition->toJsonBytes());
    FUZZ_CHECK(again.ok(), again.error().detail);
    FUZZ_CHECK(*again == *definition, QString::fromUtf8(definition->toJsonBytes()));
    return 0;
}
