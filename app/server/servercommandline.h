// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace crm::server {

// The crm-server command line: serve, user add|passwd|disable, device list|revoke.
// Exit status 0 success, 1 runtime error, 2 usage error; errors are one line on stderr.
class ServerCommandLine
{
public:
    int run(const QStringList &arguments);

    static QString usage();
};

} // namespace crm::server
