// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets: each defines LLVMFuzzerTestOneInput, which libFuzzer drives in
// the CRM_FUZZ build (Clang) and fuzzreplay.cpp drives over the corpus in the normal build.
//
// A parser may refuse any input with an Error; what it must never do is crash, hang, read out
// of bounds, or accept something it then cannot read back. FUZZ_CHECK states those
// properties: a failed check prints what and aborts, which both drivers report as a finding.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__,     \
                         #condition, QString(what).toLocal8Bit().constData());                     \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    // A deep copy: parsers may keep views into their input.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
