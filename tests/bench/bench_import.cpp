// SPDX-License-Identifier: GPL-3.0-or-later
// The import benchmark: a CSV of `rows` rows (a fifth matching contacts by e-mail in another
// case, a tenth by phone written differently, a twentieth repeating an earlier row, the rest
// new) imported with duplicate detection into a database of `contacts` demo contacts.
// Prints rows/s and CPU seconds for the preview (read + match) and the apply (one undoable
// batch), the undo, and the peak RSS of each phase (the peak is reset after the database and
// the file are made, so it is the import's own: flat memory means about the same peak at
// 100,000 and 1,000,000 rows). Wall-clock figures on a shared machine are rough; CPU
// seconds are given.
//   bench_import [--contacts 1000000] [--rows 100000] [--dir PATH] [--keep] [--no-undo]
// A database made by an earlier --keep run with the same --contacts is reused.
#include "demo/demodata.h"
#include "import/contactimporter.h"
#include "import/importbatches.h"
#include "services/contactrepository.h"
#include "storage/database.h"
#include "storage/indexesaside.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <malloc.h>
#include <time.h>

#include <cstdio>
#include <optional>

using namespace crm::core;
using namespace crm::core::import;

namespace {

constexpr quint32 Seed = 2026;
constexpr int ChunkSize = 25000;

using crm::bench::cpuSeconds;
using crm::bench::peakRssMb;
using crm::bench::say;

// The peak RSS since the last resetPeakRss(), in MB (Linux: VmHWM, reset by clear_refs).
qint64 peakRssSinceResetMb()
{
    QFile f(u"/proc/self/status"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return peakRssMb();
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return peakRssMb();
}

bool resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_qs);
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(u"\""_qs, u"\"\""_qs) + u'"';
}

QString row(const Contact &c, const QString &email, const QString &phone)
{
    return QStringList{csvField(c.firstName),
                       csvField(c.lastName),
                       csvField(email),
                       csvField(phone),
                       csvField(c.city),
                       csvField(c.title),
                       csvField(c.tags.join(u';'))}
        .join(u',');
}

// 29123456 written as 2912-3456 or with 00 for +: what other tools export.
QString reformatted(const QString &phone)
{
    QString digits;
    for (QChar ch : phone)
        if (ch.isDigit())
            digits += ch;
    if (phone.startsWith(u'+'))
        return u"00" + digits.left(3) + u'-' + digits.mid(3, 4) + u'-' + digits.mid(7);
    return digits;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"contacts"_qs, u"contacts in the database"_qs, u"N"_qs, u"1000000"_qs});
    parser.addOption({u"rows"_qs, u"rows in the CSV file"_qs, u"N"_qs, u"100000"_qs});
    parser.addOption({u"dir"_qs, u"folder for the files"_qs, u"PATH"_qs});
    parser.addOption({u"keep"_qs, u"keep the database and the CSV file"_qs});
    parser.addOption({u"no-undo"_qs, u"leave the import in place (no undo measured)"_qs});
    parser.process(app);
    const int contacts = parser.value(u"contacts"_qs).toInt();
    const int rows = parser.value(u"rows"_qs).toInt();
    QTemporaryDir temp;
    const QString dir = parser.isSet(u"dir"_qs) ? parser.value(u"dir"_qs) : temp.path();
    QDir().mkpath(dir);
    const QString dbPath = QDir(dir).filePath(u"bench_import_%1.sqlite"_qs.arg(contacts));
    const QString csvPath = QDir(dir).filePath(u"bench_import_%1.csv"_qs.arg(rows));
    if (!parser.isSet(u"keep"_qs))
        QFile::remove(dbPath);

    auto opened = Database::open(dbPath);
    if (!opened) {
        say(u"cannot open "_qs + dbPath + u": " + opened.error().message());
        return 1;
    }
    DatabasePtr db = opened.value();
    ContactRepository repo(db);
    QElapsedTimer t;
    const int existing = repo.count().value();
    if (existing < contacts) {
        say(u"generating %1 contacts …"_qs.arg(contacts - existing));
        t.start();
        std::optional<IndexesAside> aside; // as an import of as many does
        if (IndexesAside::worthIt(existing, contacts - existing))
            aside.emplace(db->connection(), IndexesAside::contactIndexes());
        for (int done = existing; done < contacts;) {
            const int n = std::min(ChunkSize, contacts - done);
            auto w = repo.createMany(DemoData::makeContactRange(done, n, Seed, {}), 5000);
            if (!w) {
                say(w.error().message());
                return 1;
            }
            done += n;
            if (done % 100000 == 0 || done == contacts)
                say(u"  %1 contacts (%2 s)"_qs.arg(done).arg(t.elapsed() / 1000));
        }
        if (aside) {
            if (auto s = aside->restore(); !s) {
                say(s.error().message());
                return 1;
            }
            say(u"  indexes built (%1 s)"_qs.arg(t.elapsed() / 1000));
        }
    }

    // The file: rows of known kinds, written in UTF-8.
    {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            say(u"cannot write "_qs + csvPath);
            return 1;
        }
        QTextStream out(&f);
        out << "First Name,Last Name,E-mail Address,Mobile Phone,City,Job Title,Categories\n";
        QRandomGenerator rng(7);
        QStringList written;
        for (int done = 0; done < rows;) {
            const int n = std::min(ChunkSize, rows - done);
            const QList<Contact> fresh = DemoData::makeContactRange(done, n, Seed + 1, {});
            for (int i = 0; i < n; ++i) {
                const int k = done + i;
                QString line;
                if (k % 10 < 2 || k % 10 == 2) {
                    const Contact c =
                        DemoData::makeContactRange(rng.bounded(contacts), 1, Seed, {}).first();
                    line = k % 10 < 2 ? row(c, c.primaryEmail().toUpper(), QString())
                                      : row(c, QString(), reformatted(c.primaryPhone()));
                } else if (k % 20 == 3 && !written.isEmpty()) {
                    line = written[rng.bounded(written.size())];
                } else {
                    const Contact &c = fresh[i];
                    line = row(c, c.primaryEmail(), c.primaryPhone());
                    if (written.size() < 10000)
                        written << line;
                }
                out << line << '\n';
            }
            done += n;
        }
    }
    say(u"file: %1 rows, %2 MB; database: %3 contacts"_qs.arg(rows)
            .arg(QFileInfo(csvPath).size() / 1e6, 0, 'f', 1)
            .arg(repo.count().value()));

    malloc_trim(0); // what making the database and the file freed goes back to the system
    const bool peakReset = resetPeakRss();
    const qint64 rssBefore = peakRssSinceResetMb();
    ContactImporter importer(db);
    ImportSettings settings;
    settings.source.path = csvPath;
    settings.region = u"LV"_qs;
    settings.onDuplicate = DuplicateChoice::Update;
    t.start();
    double cpu = cpuSeconds();
    auto preview = importer.preview(settings);
    const double previewS = t.elapsed() / 1000.0;
    const double previewCpu = cpuSeconds() - cpu;
    const qint64 previewRss = peakRssSinceResetMb();
    if (!preview) {
        say(u"preview failed: "_qs + preview.error().message());
        return 1;
    }
    say(u"preview: new %1, update %2, duplicate in file %3, invalid %4; %5 s wall, %6 s CPU"_qs
            .arg(preview->count(RowKind::New))
            .arg(preview->count(RowKind::Update))
            .arg(preview->count(RowKind::Duplicate))
            .arg(preview->count(RowKind::Invalid))
            .arg(previewS, 0, 'f', 1)
            .arg(previewCpu, 0, 'f', 1));

    t.start();
    cpu = cpuSeconds();
    // The rows of the file are written first (createMany), then the updates, grouped by contact.
    double createS = 0;
    double createCpu = 0;
    auto applied = importer.apply(preview.value(), [&](qint64 done, qint64) {
        if (done <= rows) {
            createS = t.elapsed() / 1000.0;
            createCpu = cpuSeconds() - cpu;
        }
        return true;
    });
    const double applyS = t.elapsed() / 1000.0;
    const double applyCpu = cpuSeconds() - cpu;
    const qint64 applyRss = peakRssSinceResetMb();
    if (!applied) {
        say(u"apply failed: "_qs + applied.error().message());
        return 1;
    }
    // Said now as well: the undo that follows can take long on a large database.
    say(u"apply: %1 s wall, %2 s CPU (created %3, updated %4)"_qs.arg(applyS, 0, 'f', 1)
            .arg(applyCpu, 0, 'f', 1)
            .arg(applied->created)
            .arg(applied->updated));
    double undoS = 0;
    double undoCpu = 0;
    Status undone;
    if (!parser.isSet(u"no-undo"_qs)) {
        t.start();
        cpu = cpuSeconds();
        undone = ImportBatches(db).undo(applied->batchId);
        undoS = t.elapsed() / 1000.0;
        undoCpu = cpuSeconds() - cpu;
    }

    say(QString());
    say(u"| figure | %1 rows into %2 contacts |"_qs.arg(rows).arg(contacts));
    say(u"| --- | --- |"_qs);
    say(u"| preview (read, map, validate, match) | %1 s wall, %2 s CPU: %3 rows/s CPU |"_qs
            .arg(previewS, 0, 'f', 1)
            .arg(previewCpu, 0, 'f', 1)
            .arg(qint64(rows / std::max(0.001, previewCpu))));
    say(u"| apply (created %1, updated %2, skipped %3) | %4 s wall, %5 s CPU: %6 rows/s CPU |"_qs
            .arg(applied->created)
            .arg(applied->updated)
            .arg(applied->skipped)
            .arg(applyS, 0, 'f', 1)
            .arg(applyCpu, 0, 'f', 1)
            .arg(qint64(rows / std::max(0.001, applyCpu))));
    say(u"| … of which the rows of the file (creating %1) | %2 s wall, %3 s CPU |"_qs
            .arg(applied->created)
            .arg(createS, 0, 'f', 1)
            .arg(createCpu, 0, 'f', 1));
    say(u"| … of which updating %1 contacts | %2 s wall, %3 s CPU |"_qs.arg(applied->updated)
            .arg(applyS - createS, 0, 'f', 1)
            .arg(applyCpu - createCpu, 0, 'f', 1));
    say(u"| preview + apply | %1 s CPU: %2 ms/row CPU |"_qs.arg(previewCpu + applyCpu, 0, 'f', 1)
            .arg((previewCpu + applyCpu) * 1000 / std::max(1, rows), 0, 'f', 3));
    if (!parser.isSet(u"no-undo"_qs))
        say(u"| undo of the batch | %1 s wall, %2 s CPU%3 |"_qs.arg(undoS, 0, 'f', 1)
                .arg(undoCpu, 0, 'f', 1)
                .arg(undone ? QString() : u" — failed: "_qs + undone.error().message()));
    if (peakReset)
        say(u"| RSS before the import / peak in the preview / peak in the apply | %1 / %2 / %3 MB |"_qs
                .arg(rssBefore)
                .arg(previewRss)
                .arg(applyRss));
    say(u"| peak RSS of the process (with making the database and file) | %1 MB |"_qs.arg(
        peakRssMb()));
    if (!parser.isSet(u"keep"_qs))
        QFile::remove(csvPath);
    db->closeConnection();
    return 0;
}
