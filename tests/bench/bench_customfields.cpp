// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields at scale: N contacts with three custom values each (a choice, money, a text),
// written through ContactRepository::createMany (captured, indexed for search). Prints the
// insert rate, the first page of the contacts list with the three fields as columns, the
// first page of contacts ordered by a custom field through custom_values_sort (what a sorted
// custom column would read), and search latency for a word of the custom text.
//   bench_customfields [--contacts 100000] [--dir PATH] [--keep]
#include "benchsupport.h"
#include "models/contactlistmodel.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/searchservice.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace crm::core;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// The columns CustomColumns gives the model: each field's value, sortable.
QList<PagedListModel::ExtraColumn> customColumns(const QList<CustomFieldDefinition> &defs)
{
    QList<PagedListModel::ExtraColumn> extra;
    for (const CustomFieldDefinition &d : defs)
        extra << PagedListModel::ExtraColumn{
            d.label,
            u"SELECT v.value FROM custom_values v WHERE v.record_id = contacts.id AND "
            u"v.field_id = X'" +
                QString::fromLatin1(d.id.toHex()) + u"' AND v.deleted = 0",
            {},
            d.id,
            d.type == CustomFieldType::Money};
    return extra;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : QString();
}

// The contacts list model sorted by a custom column (defs[0] a choice that 3 in 10 lack,
// defs[1] money): each figure the median of 5 fresh models.
void sortedList(const DatabasePtr &db, const QList<CustomFieldDefinition> &defs, int count)
{
    struct Case
    {
        const char *name;
        int field;
        Qt::SortOrder order;
        QString filter;
        int row; // -1: the first page, then the next one
    };
    const int middle = count / 2;
    const int last = count - 1;
    const QList<Case> cases = {
        {"first page, choice ascending", 0, Qt::AscendingOrder, {}, 0},
        {"first + next page (keyset), choice ascending", 0, Qt::AscendingOrder, {}, -1},
        {"first page, choice descending (rows without a value first)",
         0,
         Qt::DescendingOrder,
         {},
         0},
        {"jump to the middle, choice ascending", 0, Qt::AscendingOrder, {}, middle},
        {"jump to the last row (past the valued rows), choice ascending",
         0,
         Qt::AscendingOrder,
         {},
         last},
        {"first page, money ascending (by amount)", 1, Qt::AscendingOrder, {}, 0},
        {"jump to the middle, money descending", 1, Qt::DescendingOrder, {}, middle},
    };
    std::printf("\n| contacts list sorted by a custom column (%d contacts) | median of 5 |\n"
                "| --- | --- |\n",
                count);
    for (const Case &c : cases) {
        QList<double> ms;
        for (int run = 0; run < 5; ++run) {
            ContactListModel model(db);
            model.setExtraColumns(customColumns(defs));
            QElapsedTimer t;
            t.start();
            model.sort(ContactListModel::ColumnCount + c.field, c.order);
            QString sink;
            const int from = std::max(0, c.row);
            const int to = c.row < 0 ? 2 * PagedListModel::PageSize : from + 1;
            for (int r = from; r < std::min(to, model.rowCount()); ++r)
                sink += model.index(r, ContactListModel::ColumnCount + c.field).data().toString();
            ms << msSince(t);
            if (model.rowCount() != count)
                std::fprintf(stderr, "bench_customfields: %d rows listed\n", model.rowCount());
        }
        std::printf("| %s | %.1f ms |\n", c.name, median(ms));
    }
    std::printf("(load average: %s)\n", qPrintable(loadAverage()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count =
        crm::bench::option(args, QStringLiteral("--contacts"), QStringLiteral("100000")).toInt();
    QTemporaryDir tmp;
    const QString dir = crm::bench::option(args, QStringLiteral("--dir"), tmp.path());
    tmp.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    const QString path = dir + QStringLiteral("/bench-customfields.sqlite");
    QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "bench_customfields: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    DatabasePtr db = opened.value();

    CustomFieldRepository fields(db);
    const QStringList industries = {QStringLiteral("Retail"), QStringLiteral("Banking"),
                                    QStringLiteral("Farming"), QStringLiteral("Logistics"),
                                    QStringLiteral("Energy")};
    CustomFieldDefinition industry{{},
                                   CustomEntity::Contact,
                                   QStringLiteral("industry"),
                                   QStringLiteral("Industry"),
                                   CustomFieldType::Choice,
                                   false,
                                   0,
                                   industries,
                                   false};
    CustomFieldDefinition budget{{},
                                 CustomEntity::Contact,
                                 QStringLiteral("budget"),
                                 QStringLiteral("Budget"),
                                 CustomFieldType::Money,
                                 false,
                                 0,
                                 {},
                                 false};
    CustomFieldDefinition motto{{},
                                CustomEntity::Contact,
                                QStringLiteral("motto"),
                                QStringLiteral("Motto"),
                                CustomFieldType::Text,
                                false,
                                0,
                                {},
                                false};
    for (const auto &d : {industry, budget, motto}) {
        if (auto id = fields.add(d); !id) {
            std::fprintf(stderr, "bench_customfields: %s\n", qPrintable(id.error().message()));
            return 1;
        }
    }
    const QStringList words = {QStringLiteral("ātri"), QStringLiteral("zaļš"),
                               QStringLiteral("Łódź"), QStringLiteral("вперёд"),
                               QStringLiteral("καλά"), QStringLiteral("steady")};

    if (args.contains(QStringLiteral("--seed-sql"))) {
        QSqlDatabase c = db->connection();
        db->setApplyingRemote(c, true);
        auto defs = fields.list(CustomEntity::Contact).value();
        QSqlQuery q(c);
        const bool ok =
            sql::exec(c, QStringLiteral("BEGIN")) &&
            q.exec(
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < "
                    "%1)"
                    " INSERT INTO contacts(id, first_name, last_name, local_sort_name) SELECT"
                    " randomblob(16), 'Person' || i, 'Family' || (i % 9973), 'family' || (i % 9973)"
                    " || ' person' || i FROM n")
                    .arg(count)) &&
            // Industry for 7 in 10 (the rest have none), budget for 9 in 10, motto for all.
            q.exec(u"INSERT INTO custom_values(id, record_id, field_id, entity, value) SELECT"
                   u" randomblob(16), id, X'" +
                   QString::fromLatin1(defs[0].id.toHex()) +
                   u"', 'contacts', CASE rid % 5 WHEN 0 THEN 'Retail' WHEN 1 THEN 'Banking'"
                   u" WHEN 2 THEN 'Farming' WHEN 3 THEN 'Logistics' ELSE 'Energy' END FROM"
                   u" contacts WHERE rid % 10 < 7") &&
            q.exec(u"INSERT INTO custom_values(id, record_id, field_id, entity, value) SELECT"
                   u" randomblob(16), id, X'" +
                   QString::fromLatin1(defs[1].id.toHex()) +
                   u"', 'contacts', printf('%d.%02d EUR', rid % 100000, rid % 100) FROM contacts"
                   u" WHERE rid % 10 <> 0") &&
            q.exec(u"INSERT INTO custom_values(id, record_id, field_id, entity, value) SELECT"
                   u" randomblob(16), id, X'" +
                   QString::fromLatin1(defs[2].id.toHex()) +
                   u"', 'contacts', 'steady m' || rid FROM contacts") &&
            sql::exec(c, QStringLiteral("COMMIT")) && sql::exec(c, QStringLiteral("ANALYZE"));
        db->setApplyingRemote(c, false);
        if (!ok) {
            std::fprintf(stderr, "bench_customfields: seeding: %s\n",
                         qPrintable(q.lastError().text()));
            return 1;
        }
        std::printf("bench_customfields: %d contacts seeded with SQL (load: %s)\n", count,
                    qPrintable(loadAverage()));
        sortedList(db, defs, count);
        return 0;
    }

    // The same contacts without their values into a database of their own: what the values
    // add to createMany. CPU seconds as well as rates, since a shared machine's wall clock
    // says little.
    const QString plainPath = dir + QStringLiteral("/bench-customfields-plain.sqlite");
    QFile::remove(plainPath);
    auto plainDb = Database::open(plainPath);
    if (!plainDb) {
        std::fprintf(stderr, "bench_customfields: %s\n", qPrintable(plainDb.error().detail));
        return 1;
    }
    double plainCpu = 0;
    double plainMs = 0;
    double insertCpu = 0;
    double insertMs = 0;
    const int batch = 5000;
    for (bool plain : {true, false}) {
        const double cpuBefore = crm::bench::cpuSeconds();
        QElapsedTimer insert;
        insert.start();
        ContactRepository contacts(plain ? plainDb.value() : db);
        for (int from = 0; from < count; from += batch) {
            QList<Contact> page;
            for (int i = from; i < std::min(count, from + batch); ++i) {
                Contact c;
                c.firstName = QStringLiteral("Person%1").arg(i);
                c.lastName = QStringLiteral("Family%1").arg(i % 9973);
                if (!plain)
                    c.custom = {{QStringLiteral("industry"), industries[i % industries.size()]},
                                {QStringLiteral("budget"), QStringLiteral("%1.%2 EUR")
                                                               .arg(i % 100000)
                                                               .arg(i % 100, 2, 10, QChar(u'0'))},
                                {QStringLiteral("motto"), words[i % words.size()] + u' ' +
                                                              words[(i / 7) % words.size()] +
                                                              QStringLiteral(" m%1").arg(i)}};
                page << c;
            }
            if (auto made = contacts.createMany(page, batch); !made) {
                std::fprintf(stderr, "bench_customfields: %s\n",
                             qPrintable(made.error().message()));
                return 1;
            }
        }
        (plain ? plainMs : insertMs) = msSince(insert);
        (plain ? plainCpu : insertCpu) = crm::bench::cpuSeconds() - cpuBefore;
    }
    plainDb.value()->closeConnection();
    QSqlDatabase c = db->connection();
    (void)sql::exec(c, QStringLiteral("ANALYZE"));

    // The list's first page with the three fields as columns (the expressions CustomColumns
    // gives the model), on a fresh model each time.
    auto defs = fields.list(CustomEntity::Contact).value();
    QList<double> listMs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        ContactListModel model(db);
        model.setExtraColumns(customColumns(defs));
        QString sink;
        for (int r = 0; r < std::min(200, model.rowCount()); ++r)
            sink += model.index(r, model.columnCount() - 1).data().toString();
        listMs << msSince(t);
        if (sink.isEmpty())
            std::fprintf(stderr, "bench_customfields: the custom column came back empty\n");
    }

    // Contacts ordered by a custom field, first page, through custom_values_sort.
    QList<double> sortedMs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        QSqlQuery q(c);
        q.prepare(QStringLiteral(
            "SELECT ct.rid, v.value FROM custom_values v JOIN contacts ct ON ct.id = v.record_id "
            "WHERE v.field_id = ? AND v.deleted = 0 AND v.value <> '' AND ct.deleted = 0 ORDER BY "
            "v.value DESC, v.record_id LIMIT 200"));
        q.addBindValue(defs[2].id);
        int rows = 0;
        if (q.exec()) {
            while (q.next())
                ++rows;
        }
        sortedMs << msSince(t);
        if (rows != std::min(200, count))
            std::fprintf(stderr, "bench_customfields: sorted page had %d rows\n", rows);
    }

    // Search: a word of the custom text, folded ("lodz", "vpered", "kala", "atri").
    SearchService search(db);
    QList<double> searchMs;
    for (int run = 0; run < 20; ++run) {
        const QString query = QStringList{QStringLiteral("lodz"), QStringLiteral("vpered"),
                                          QStringLiteral("kala"), QStringLiteral("atri zal")}
                                  .at(run % 4);
        QElapsedTimer t;
        t.start();
        auto hits = search.search(query, 50);
        searchMs << msSince(t);
        if (!hits || hits->isEmpty())
            std::fprintf(stderr, "bench_customfields: no hits for %s\n", qPrintable(query));
    }

    std::printf("bench_customfields: %d contacts, 3 custom values each\n", count);
    std::printf("| figure | value |\n| --- | --- |\n");
    std::printf("| insert (createMany, captured, values + search) | %.0f contacts/s, %.2f s "
                "CPU |\n",
                count / (insertMs / 1000.0), insertCpu);
    std::printf("| the same contacts without values (createMany) | %.0f contacts/s, %.2f s CPU "
                "|\n",
                count / (plainMs / 1000.0), plainCpu);
    std::printf("| list first page with 3 custom columns (median of 5) | %.1f ms |\n",
                median(listMs));
    std::printf("| first page ordered by a custom field (median of 5) | %.1f ms |\n",
                median(sortedMs));
    std::printf("| search a custom text word, 50 hits (median of 20) | %.1f ms |\n",
                median(searchMs));
    sortedList(db, defs, count);
    return 0;
}
