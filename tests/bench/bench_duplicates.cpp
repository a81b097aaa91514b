// SPDX-License-Identifier: GPL-3.0-or-later
// The duplicates benchmark: `contacts` demo contacts of which `dups` get a planted duplicate
// (every third with its e-mail in capitals, every third with its phone written another way,
// every third with its name without diacritics), then DuplicateFinder over all of them.
// Prints the time, the pairs found, and precision and recall against the planted pairs
// (demo names repeat, so pairs of namesakes the generator made count against precision).
// --keep keeps the database and its planted pairs (FILE.planted) for the next run;
// --sample N prints N of the pairs that were not planted, with what each record holds.
//   bench_duplicates [--contacts 1000000] [--dups 10000] [--dir PATH] [--keep] [--sample N]
//   bench_duplicates --database FILE   (an existing database: time and pairs only)
#include "common/uuid.h"
#include "dedup/duplicatefinder.h"
#include "demo/demodata.h"
#include "search/textfolder.h"
#include "services/contactrepository.h"
#include "storage/database.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

using namespace crm::core;
using namespace crm::core::dedup;

namespace {

constexpr quint32 Seed = 2026;
constexpr int Chunk = 25000;

using crm::bench::cpuSeconds;
using crm::bench::peakRssMb;
using crm::bench::say;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"contacts"_qs, u"contacts in the database"_qs, u"N"_qs, u"1000000"_qs});
    parser.addOption({u"dups"_qs, u"planted duplicates"_qs, u"N"_qs, u"10000"_qs});
    parser.addOption({u"dir"_qs, u"folder for the database"_qs, u"PATH"_qs});
    parser.addOption({u"database"_qs, u"an existing database to scan"_qs, u"FILE"_qs});
    parser.addOption({u"keep"_qs, u"keep the database"_qs});
    parser.addOption({u"sample"_qs, u"false pairs to print"_qs, u"N"_qs, u"0"_qs});
    parser.process(app);
    const int contacts = parser.value(u"contacts"_qs).toInt();
    const int dups = std::min(contacts, parser.value(u"dups"_qs).toInt());
    QTemporaryDir temp;
    const QString dir = parser.isSet(u"dir"_qs) ? parser.value(u"dir"_qs) : temp.path();
    QDir().mkpath(dir);
    const bool existing = parser.isSet(u"database"_qs);
    const QString path = existing ? parser.value(u"database"_qs)
                                  : QDir(dir).filePath(u"bench_dups_%1.sqlite"_qs.arg(contacts));
    if (!existing && !parser.isSet(u"keep"_qs))
        QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened) {
        say(u"cannot open "_qs + path + u": " + opened.error().message());
        return 1;
    }
    DatabasePtr db = opened.value();
    ContactRepository repo(db);
    QSet<QByteArray> planted; // a + b, a < b
    QElapsedTimer t;
    if (!existing && repo.count().value() < contacts + dups) {
        say(u"generating %1 contacts and %2 duplicates …"_qs.arg(contacts).arg(dups));
        t.start();
        const int every = std::max(1, contacts / std::max(1, dups));
        for (int done = 0; done < contacts;) {
            const int n = std::min(Chunk, contacts - done);
            QList<Contact> batch = DemoData::makeContactRange(done, n, Seed, {});
            QList<Contact> copies;
            for (int i = 0; i < n; ++i) {
                Contact &c = batch[i];
                c.id = Uuid::createV7();
                if ((done + i) % every != 0 || planted.size() >= dups)
                    continue;
                Contact d = c;
                d.id = Uuid::createV7();
                d.emails.clear();
                d.phones.clear();
                d.tags.clear();
                switch ((done + i) / every % 3) {
                case 0:
                    for (const EmailAddress &e : c.emails)
                        d.emails << EmailAddress{{}, e.label, e.address.toUpper()};
                    break;
                case 1:
                    for (const PhoneNumber &p : c.phones)
                        d.phones << PhoneNumber{
                            {}, p.label, u"00"_qs + TextFolder::digits(p.number)};
                    break;
                default:
                    d.firstName = TextFolder::withoutAccents(c.firstName);
                    d.lastName = TextFolder::withoutAccents(c.lastName);
                    break;
                }
                planted.insert(std::min(c.id, d.id) + std::max(c.id, d.id));
                copies << d;
            }
            if (auto w = repo.createMany(batch + copies, 5000); !w) {
                say(w.error().message());
                return 1;
            }
            done += n;
            if (done % 100000 == 0 || done == contacts)
                say(u"  %1 contacts (%2 s)"_qs.arg(done).arg(t.elapsed() / 1000));
        }
    }
    QFile plantedFile(path + u".planted"_qs);
    if (!planted.isEmpty() && parser.isSet(u"keep"_qs) && plantedFile.open(QIODevice::WriteOnly)) {
        for (const QByteArray &p : std::as_const(planted))
            plantedFile.write(p.toHex() + '\n');
        plantedFile.close();
    } else if (planted.isEmpty() && !existing && plantedFile.open(QIODevice::ReadOnly)) {
        while (!plantedFile.atEnd())
            planted.insert(QByteArray::fromHex(plantedFile.readLine().trimmed()));
    }
    const int total = repo.count().value();

    t.start();
    const double cpu = cpuSeconds();
    qint64 firstBatchMs = -1;
    auto found = DuplicateFinder(db).find(FindOptions{RecordKind::Contact, 0.5, u"LV"_qs}, {},
                                          [&](const QList<DuplicatePair> &) {
                                              if (firstBatchMs < 0)
                                                  firstBatchMs = t.elapsed();
                                          });
    const double s = t.elapsed() / 1000.0;
    const double cpuS = cpuSeconds() - cpu;
    if (!found) {
        say(u"find failed: "_qs + found.error().message());
        return 1;
    }
    int truePairs = 0;
    int byEmail = 0, byPhone = 0, byName = 0;
    int sameMailbox = 0; // not planted, but the same name and the same private address
    for (const DuplicatePair &p : found.value()) {
        const QString r = p.reasons.join(u";");
        if (planted.contains(p.a + p.b))
            ++truePairs;
        else if (r.contains(u"same e-mail") && r.contains(u"same name") && !r.contains(u"office's"))
            ++sameMailbox;
        byEmail += r.contains(u"same e-mail");
        byPhone += r.contains(u"same phone");
        byName += r.contains(u"names") || r.contains(u"same name");
    }
    say(QString());
    say(u"| figure | %1 contacts |"_qs.arg(total));
    say(u"| --- | --- |"_qs);
    say(u"| find duplicates (min score 0.5) | %1 s wall, %2 s CPU; first pairs after %3 s |"_qs
            .arg(s, 0, 'f', 1)
            .arg(cpuS, 0, 'f', 1)
            .arg(firstBatchMs / 1000.0, 0, 'f', 1));
    say(u"| pairs found | %1 (with e-mail %2, phone %3, name %4) |"_qs.arg(found->size())
            .arg(byEmail)
            .arg(byPhone)
            .arg(byName));
    if (!planted.isEmpty()) {
        say(u"| recall of %1 planted pairs | %2 % |"_qs.arg(planted.size())
                .arg(100.0 * truePairs / planted.size(), 0, 'f', 1));
        say(u"| precision (planted among found) | %1 % |"_qs.arg(
            found->isEmpty() ? 0.0 : 100.0 * truePairs / found->size(), 0, 'f', 1));
        // The demo generator makes private addresses from names (anna.ozola@…), so namesakes
        // it makes often get one address: no rule tells such a pair from one person's two
        // records, and in real data it is one person's.
        say(u"| of the others: same name and same private e-mail | %1 |"_qs.arg(sameMailbox));
        say(u"| precision counting those as duplicates | %1 % |"_qs.arg(
            found->isEmpty() ? 0.0 : 100.0 * (truePairs + sameMailbox) / found->size(), 0, 'f', 1));
    }
    say(u"| peak RSS | %1 MB |"_qs.arg(peakRssMb()));
    if (const int sample = parser.value(u"sample"_qs).toInt(); sample > 0 && !planted.isEmpty()) {
        // What the false pairs are, by the kind of their evidence, and a few spelled out.
        QMap<QString, int> kinds;
        QList<const DuplicatePair *> wrong;
        for (const DuplicatePair &p : found.value()) {
            if (planted.contains(p.a + p.b))
                continue;
            QStringList k;
            for (const QString &r : p.reasons)
                k << r.section(u' ', 0, 1);
            ++kinds[k.join(u" + ")];
            wrong << &p;
        }
        say(QString());
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            say(u"false pairs with %1: %2"_qs.arg(it.key()).arg(it.value()));
        auto describe = [&](const QByteArray &id) {
            const Contact c = repo.get(id).value();
            QStringList parts{c.displayName()};
            for (const EmailAddress &e : c.emails)
                parts << e.address;
            for (const PhoneNumber &p : c.phones)
                parts << p.number;
            parts << c.city << c.birthday.toString(Qt::ISODate) << c.title;
            return parts.join(u" | ");
        };
        const qsizetype stride = std::max<qsizetype>(1, wrong.size() / sample);
        for (qsizetype i = 0; i < wrong.size(); i += stride) {
            const DuplicatePair &p = *wrong[i];
            say(u"%1 %2\n    %3\n    %4"_qs.arg(p.score, 0, 'f', 3)
                    .arg(p.reasons.join(u"; "), describe(p.a), describe(p.b)));
        }
    }
    db->closeConnection();
    return 0;
}
