// SPDX-License-Identifier: GPL-3.0-or-later
// The driver of a fuzz target in the normal build (any compiler, no libFuzzer): runs every file
// of the given corpus folders through LLVMFuzzerTestOneInput, then as many deterministic
// mutations of each (bit flips, cut ends, repeated and dropped slices, spliced seeds), so the
// test suite keeps the harnesses compiling and the parsers honest on the seeds and on every
// input a fuzzing run once found (tests/fuzz/regressions/). A finding aborts, as it does
// under libFuzzer; its input is saved to a file named in the log, so it can be replayed
// (`fuzz_csv FILE` in the CRM_FUZZ build, or copied into tests/fuzz/regressions/csv/).
//
//   fuzzreplay_csv [--mutations N] [--seed S] DIR...
#include "fuzzcheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <csignal>
#include <cstring>
#include <random>

#include <fcntl.h>
#include <unistd.h>

namespace {

QByteArray mutate(const QByteArray &input, const QList<QByteArray> &seeds, std::mt19937_64 &rng)
{
    QByteArray out = input;
    const auto pick = [&rng](qsizetype n) { return n <= 0 ? 0 : qsizetype(rng() % quint64(n)); };
    const int steps = 1 + int(rng() % 4);
    for (int s = 0; s < steps; ++s) {
        switch (rng() % 7) {
        case 0: // flip a bit
            if (!out.isEmpty())
                out[pick(out.size())] ^= char(1 << (rng() % 8));
            break;
        case 1: // an interesting byte
            if (!out.isEmpty()) {
                static const char bytes[] = {'\0', '\r',   '\n',   ':',    ';',    '"', ',', '=',
                                             '\\', '\xff', '\xc3', '\xe2', '\x80', ' ', '\t'};
                out[pick(out.size())] = bytes[rng() % sizeof bytes];
            }
            break;
        case 2: // cut the end
            out.truncate(pick(out.size() + 1));
            break;
        case 3: { // repeat a slice
            const qsizetype from = pick(out.size());
            const QByteArray slice = out.mid(from, 1 + pick(64));
            out.insert(pick(out.size() + 1), slice);
            break;
        }
        case 4: // drop a slice
            out.remove(pick(out.size()), 1 + pick(32));
            break;
        case 5: { // splice in part of another seed
            const QByteArray &other = seeds.at(pick(seeds.size()));
            out.insert(pick(out.size() + 1), other.mid(pick(other.size()), 1 + pick(128)));
            break;
        }
        default: // a run of the same byte
            out.insert(pick(out.size() + 1), QByteArray(1 + pick(300), char(rng())));
            break;
        }
    }
    return out;
}

// A finding aborts (or crashes) inside the call: the handler saves the input it was given
// and names the file, with only async-signal-safe calls.
const QByteArray *g_current = nullptr;
char g_findingPath[512];

void saveFinding(int signal)
{
    if (g_current) {
        const int fd = ::open(g_findingPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            [[maybe_unused]] auto written =
                ::write(fd, g_current->constData(), size_t(g_current->size()));
            ::close(fd);
        }
        static const char saved[] = "fuzzreplay: the failing input is saved in ";
        [[maybe_unused]] auto a = ::write(2, saved, sizeof saved - 1);
        [[maybe_unused]] auto b = ::write(2, g_findingPath, std::strlen(g_findingPath));
        [[maybe_unused]] auto c = ::write(2, "\n", 1);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

int run(const QByteArray &input)
{
    g_current = &input;
    const int result = LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                                              size_t(input.size()));
    g_current = nullptr;
    return result;
}

int usage(const char *message)
{
    std::fprintf(stderr, "fuzzreplay: %s\nUsage: fuzzreplay [--mutations N] [--seed S] DIR...\n",
                 message);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    int mutations = 200;
    quint64 seed = 1;
    QStringList dirs;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        bool ok = true;
        if (arg == "--mutations" && i + 1 < argc)
            mutations = QByteArray(argv[++i]).toInt(&ok);
        else if (arg == "--seed" && i + 1 < argc)
            seed = QByteArray(argv[++i]).toULongLong(&ok);
        else if (arg.startsWith('-'))
            return usage("unknown option");
        else
            dirs.append(QString::fromLocal8Bit(arg));
        if (!ok || mutations < 0)
            return usage("--mutations and --seed take a number");
    }
    if (dirs.isEmpty())
        return usage("no corpus folder");

    QList<QByteArray> inputs;
    for (const QString &dir : dirs) {
        if (!QFileInfo(dir).isDir())
            return usage("a corpus folder does not exist");
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort(); // the same order, so a seed reproduces
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "fuzzreplay: cannot read %s\n", qPrintable(path));
                return 1;
            }
            inputs.append(f.readAll());
        }
    }
    if (inputs.isEmpty())
        return usage("the corpus folders hold no files");

    const QByteArray findingPath =
        QDir::temp()
            .filePath(QStringLiteral("crm-%1-%2.finding")
                          .arg(QFileInfo(QString::fromLocal8Bit(argv[0])).fileName())
                          .arg(::getpid()))
            .toLocal8Bit();
    qstrncpy(g_findingPath, findingPath.constData(), sizeof g_findingPath);
    for (const int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, saveFinding);

    std::mt19937_64 rng(seed);
    qint64 runs = 0;
    for (const QByteArray &input : std::as_const(inputs)) {
        run(input);
        ++runs;
        for (int m = 0; m < mutations; ++m, ++runs)
            run(mutate(input, inputs, rng));
    }
    std::printf("fuzzreplay: %lld inputs (%lld files, %d mutations each, seed %llu), no finding\n",
                runs, qint64(inputs.size()), mutations, seed);
    return 0;
}
