// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the real generator lands.
#include "demodata.h"

namespace crm::core::DemoData {

QList<Company> makeCompanies(int, quint32)
{
    return {};
}

QList<Contact> makeContacts(int, quint32, const QList<QByteArray> &)
{
    return {};
}

Result<int> populate(const DatabasePtr &, int, quint32, const std::function<bool(int)> &)
{
    return 0;
}

} // namespace crm::core::DemoData
