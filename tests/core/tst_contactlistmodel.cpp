// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/companylistmodel.h"
#include "models/contactlistmodel.h"
#include "models/listtags.h"
#include "search/searchindex.h"
#include "services/bulkedit.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/tagrepository.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace crm;
using namespace crm::core;

// 1,000 contacts over five pages; the model must agree with a plain SQL query everywhere.
class TestContactListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    static constexpr int Count = 1000;

    QList<QByteArray> expectedIds(const QString &orderBy, const QString &where = {}) const
    {
        QSqlDatabase db = m_t->db()->connection();
        QSqlQuery q(db);
        q.exec(u"SELECT id FROM contacts WHERE deleted = 0 " + where + u" ORDER BY " + orderBy);
        QList<QByteArray> ids;
        while (q.next())
            ids << q.value(0).toByteArray();
        return ids;
    }

    static QList<QByteArray> modelIds(const QAbstractItemModel &m)
    {
        QList<QByteArray> ids;
        for (int r = 0; r < m.rowCount(); ++r)
            ids << m.index(r, 0).data(PagedListModel::IdRole).toByteArray();
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        const QStringList firsts = {u"Anna"_qs,  u"Jānis"_qs,  u"Иван"_qs,
                                    u"Μαρία"_qs, u"Łukasz"_qs, u"Tõnu"_qs};
        const QStringList lasts = {u"Bērziņa"_qs, u"Ozols"_qs, u"Петров"_qs, u"Νικολάου"_qs,
                                   u"Nowak"_qs,   u"Tamm"_qs,  u"Smith"_qs};
        const QStringList cities = {u"Rīga"_qs,  u"Tallinn"_qs, u"Москва"_qs,
                                    u"Αθήνα"_qs, u"Kraków"_qs,  u""_qs};
        QList<Contact> all;
        for (int i = 0; i < Count; ++i) {
            Contact c = test::contact(firsts[i % firsts.size()], lasts[(i / 3) % lasts.size()],
                                      QStringLiteral("p%1@example.com").arg(i % 97));
            c.city = cities[(i / 7) % cities.size()];
            c.status = LifecycleStatus(i % 4);
            all << c;
        }
        auto n = ContactRepository(m_t->db()).createMany(all, 300);
        QVERIFY(n.ok());
        QCOMPARE(n.value(), Count);
    }
    void cleanupTestCase() { m_t.reset(); }

    void pagesAgreeWithSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("sqlOrder");
        QTest::addRow("name asc") << int(ContactListModel::Name) << int(Qt::AscendingOrder)
                                  << u"local_sort_name, rid"_qs;
        QTest::addRow("name desc") << int(ContactListModel::Name) << int(Qt::DescendingOrder)
                                   << u"local_sort_name DESC, rid DESC"_qs;
        QTest::addRow("email asc")
            << int(ContactListModel::Email) << int(Qt::AscendingOrder) << u"local_email, rid"_qs;
        QTest::addRow("city desc")
            << int(ContactListModel::City) << int(Qt::DescendingOrder) << u"city DESC, rid DESC"_qs;
        QTest::addRow("status asc")
            << int(ContactListModel::Status) << int(Qt::AscendingOrder) << u"status, rid"_qs;
        QTest::addRow("updated desc") << int(ContactListModel::Updated) << int(Qt::DescendingOrder)
                                      << u"local_updated_at DESC, rid DESC"_qs;
    }

    void pagesAgreeWithSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, sqlOrder);
        ContactListModel model(m_t->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.rowCount(), Count);
        QCOMPARE(model.columnCount(), int(ContactListModel::ColumnCount));
        QCOMPARE(modelIds(model), expectedIds(sqlOrder));
        checkRangeRead(model, expectedIds(sqlOrder));
    }

private:
    // A worker reads a hand-picked range of rows by the list's query and order (bulk edit of
    // a large selection): the rows the list shows there.
    void checkRangeRead(const PagedListModel &model, const QList<QByteArray> &expected)
    {
        const qsizetype n = expected.size() - 5;
        RecordQuery ranged = model.query();
        ranged.ranges << RecordQuery::Range{3, n, expected[3], expected[3 + n - 1]};
        auto read = BulkEdit(m_t->db()).resolve(BulkTarget{CustomEntity::Contact, {}, ranged});
        QVERIFY(read.ok());
        QCOMPARE(read.value(), expected.mid(3, n));
    }

private slots:

    void jumpsAndScrollsBackwards()
    {
        ContactListModel model(m_t->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<QByteArray> expected = expectedIds(u"local_sort_name, rid"_qs);
        // Jump far (an OFFSET walk), then read upwards (keyset before the loaded page).
        for (int r = 950; r >= 0; r -= 37)
            QCOMPARE(model.index(r, 0).data(PagedListModel::IdRole).toByteArray(), expected[r]);
        QCOMPARE(model.index(Count - 1, 0).data(PagedListModel::IdRole).toByteArray(),
                 expected.last());
        QVERIFY(!model.index(Count, 0).isValid());
    }

    void displaysFields()
    {
        ContactListModel model(m_t->db());
        model.setFilterText(u"bērziņa anna"_qs);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, ContactListModel::Name).data().toString(), u"Anna Bērziņa"_qs);
        QVERIFY(
            model.index(0, ContactListModel::Email).data().toString().endsWith(u"@example.com"));
        QCOMPARE(model.headerData(ContactListModel::Email, Qt::Horizontal).toString(),
                 u"E-mail"_qs);
        const QString status = model.index(0, ContactListModel::Status).data().toString();
        QVERIFY(QStringList({u"Lead"_qs, u"Prospect"_qs, u"Customer"_qs, u"Former customer"_qs})
                    .contains(status));
    }

    void filtersInSql()
    {
        ContactListModel model(m_t->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFilterText(u"petrov"_qs); // Cyrillic "Петров" typed in Latin
        QCOMPARE(resets.size(), 1);
        const QList<QByteArray> expected =
            expectedIds(u"local_sort_name, rid"_qs, u"AND last_name = 'Петров'"_qs);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(modelIds(model), expected);
        model.sort(ContactListModel::City, Qt::DescendingOrder);
        QCOMPARE(modelIds(model),
                 expectedIds(u"city DESC, rid DESC"_qs, u"AND last_name = 'Петров'"_qs));
        model.setFilterText(u"!!!"_qs);
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), Count);
    }

    // A filter's matches are either sorted (few) or found along the sort index (many): both
    // ways give exactly the rows and order SQL gives, forwards, after a jump and backwards.
    void bothFilterStrategiesAgreeWithSql_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("fewMatches");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("sqlOrder");
        const struct
        {
            const char *name;
            int column;
            int order;
            QString sql;
        } sorts[] = {
            {"name asc", ContactListModel::Name, Qt::AscendingOrder, u"local_sort_name, rid"_qs},
            {"city desc", ContactListModel::City, Qt::DescendingOrder, u"city DESC, rid DESC"_qs},
            {"status asc", ContactListModel::Status, Qt::AscendingOrder, u"status, rid"_qs},
        };
        for (const QString &filter : {u"petrov"_qs, u"an"_qs, u"p1"_qs, u"rīga ann"_qs}) {
            for (int few : {int(PagedListModel::DefaultFewMatches), 0}) {
                for (const auto &sort : sorts) {
                    QTest::addRow("%s, %s, %s", qPrintable(filter), few ? "sorted" : "walked",
                                  sort.name)
                        << filter << few << sort.column << sort.order << sort.sql;
                }
            }
        }
    }

    void bothFilterStrategiesAgreeWithSql()
    {
        QFETCH(QString, filter);
        QFETCH(int, fewMatches);
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, sqlOrder);
        const QString matches = u"AND rid IN (SELECT rowid FROM contacts_fts WHERE contacts_fts "
                                u"MATCH '"_qs +
                                SearchIndex::matchExpression(filter).replace(u'\'', u"''"_qs) +
                                u"')";
        const QList<QByteArray> expected = expectedIds(sqlOrder, matches);
        QVERIFY(expected.size() > 10);

        ContactListModel model(m_t->db());
        model.setFewMatchesLimit(fewMatches);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, Qt::SortOrder(order));
        model.setFilterText(filter);
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(modelIds(model), expected);
        checkRangeRead(model, expected);

        ContactListModel jumping(m_t->db());
        jumping.setFewMatchesLimit(fewMatches);
        jumping.sort(column, Qt::SortOrder(order));
        jumping.setFilterText(filter);
        for (qsizetype r = expected.size() - 1; r >= 0; r -= 7)
            QCOMPARE(jumping.index(int(r), 0).data(PagedListModel::IdRole).toByteArray(),
                     expected[r]);
    }

    // A deleted row whose search entry lingered (written behind the repository's back) is
    // neither listed nor counted.
    void lingeringSearchEntryOfADeletedRow()
    {
        QSqlDatabase db = m_t->db()->connection();
        const QList<QByteArray> petrovs =
            expectedIds(u"local_sort_name, rid"_qs, u"AND last_name = 'Петров'"_qs);
        QVERIFY(petrovs.size() > 2);
        QSqlQuery q(db);
        q.prepare(u"UPDATE contacts SET deleted = 1 WHERE id = ?"_qs);
        q.addBindValue(petrovs[1]);
        QVERIFY(q.exec());
        for (int few : {int(PagedListModel::DefaultFewMatches), 0}) {
            ContactListModel model(m_t->db());
            model.setFewMatchesLimit(few);
            model.setFilterText(u"petrov"_qs);
            QCOMPARE(model.rowCount(), petrovs.size() - 1);
            QList<QByteArray> rest = petrovs;
            rest.removeAt(1);
            QCOMPARE(modelIds(model), rest);
        }
        q.prepare(u"UPDATE contacts SET deleted = 0 WHERE id = ?"_qs);
        q.addBindValue(petrovs[1]);
        QVERIFY(q.exec());
    }

    void refreshRecordUpdatesOneRow()
    {
        ContactListModel model(m_t->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray id = model.index(5, 0).data(PagedListModel::IdRole).toByteArray();
        ContactRepository repo(m_t->db());
        Contact c = repo.get(id).value();
        c.city = u"Tartu"_qs; // does not move the row in a name sort
        QVERIFY(repo.update(c).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.refreshRecord(id);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 5);
        QCOMPARE(model.index(5, ContactListModel::City).data().toString(), u"Tartu"_qs);

        // A change of the sort key moves the row: the model reloads.
        c.lastName = u"Aaaaa"_qs;
        QVERIFY(repo.update(c).ok());
        model.refreshRecord(id);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.index(0, 0).data(PagedListModel::IdRole).toByteArray(), id);

        // Deleting removes it from the count.
        QVERIFY(repo.remove(id).ok());
        model.refreshRecord(id);
        QCOMPARE(model.rowCount(), Count - 1);
        QVERIFY(model.loadedRowOf(id) < 0);
        QVERIFY(repo.restore(id).ok());
        model.reload();
        QCOMPARE(model.rowCount(), Count);
        QCOMPARE(model.loadedRowOf(id) >= 0 || model.idAt(0) == id, true);
    }

    // Sorted by a custom column: rows with a value by (value, id), then rows without one (no
    // row, a deleted value, an empty value) by rid; descending is the exact reverse. Whole
    // lists, jumps read backwards, with and without a filter (both strategies).
    void sortsByACustomField_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("fewMatches");
        QTest::addColumn<int>("order");
        for (const QString &filter : {QString(), u"an"_qs, u"petrov"_qs}) {
            for (int few : {int(PagedListModel::DefaultFewMatches), 0}) {
                for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)}) {
                    QTest::addRow("'%s', %s, %s", qPrintable(filter), few ? "sorted" : "walked",
                                  order == Qt::AscendingOrder ? "asc" : "desc")
                        << filter << few << order;
                }
            }
        }
    }

    void sortsByACustomField()
    {
        QFETCH(QString, filter);
        QFETCH(int, fewMatches);
        QFETCH(int, order);
        QSqlDatabase db = m_t->db()->connection();
        CustomFieldRepository fields(m_t->db());
        QByteArray field;
        if (auto existing = fields.list(CustomEntity::Contact); existing && !existing->isEmpty()) {
            field = existing->first().id;
        } else {
            CustomFieldDefinition def{{},
                                      CustomEntity::Contact,
                                      u"segment"_qs,
                                      u"Segment"_qs,
                                      CustomFieldType::Text,
                                      false,
                                      0,
                                      {},
                                      false};
            auto added = fields.add(def);
            QVERIFY(added.ok());
            field = added.value();
            // 4 in 5 contacts have one of seven values (ties broken by id); of the rest, some
            // have a deleted value or an empty one, which count as no value.
            // Deleted contacts are not listed: one deleted before its value was written, one
            // after.
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE contacts SET deleted = 1 WHERE rid = 12"_qs));
            q.prepare(u"INSERT INTO custom_values(id, record_id, field_id, entity, value, "
                      u"deleted) SELECT randomblob(16), id, :f, 'contacts', CASE WHEN rid % 5 <> "
                      u"0 THEN char(65 + rid % 7) || 'x' WHEN rid % 2 = 0 THEN 'deleted' ELSE '' "
                      u"END, CASE WHEN rid % 5 = 0 AND rid % 2 = 0 THEN 1 ELSE 0 END FROM "
                      u"contacts WHERE rid % 5 <> 0 OR rid % 3 <> 0"_qs);
            q.bindValue(u":f"_qs, field);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"UPDATE contacts SET deleted = 1 WHERE rid = 13"_qs));
        }
        QString where;
        if (!filter.isEmpty())
            where = u" AND c.rid IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH '"_qs +
                    SearchIndex::matchExpression(filter).replace(u'\'', u"''"_qs) + u"')";
        QSqlQuery q(db);
        q.prepare(u"SELECT c.id FROM contacts c LEFT JOIN custom_values cv ON cv.record_id = "
                  u"c.id AND cv.field_id = :f AND cv.deleted = 0 AND cv.value <> '' WHERE "
                  u"c.deleted = 0"_qs +
                  where + u" ORDER BY cv.value IS NULL, cv.value, cv.record_id, c.rid");
        q.bindValue(u":f"_qs, field);
        QVERIFY(q.exec());
        QList<QByteArray> expected;
        while (q.next())
            expected << q.value(0).toByteArray();
        QVERIFY(expected.size() > 10);
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());

        ContactListModel model(m_t->db());
        model.setFewMatchesLimit(fewMatches);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExtraColumns({{u"Segment"_qs,
                                u"SELECT value FROM custom_values v WHERE v.record_id = "
                                u"contacts.id AND v.field_id = X'"_qs +
                                    QString::fromLatin1(field.toHex()) + u"' AND v.deleted = 0",
                                {},
                                field}});
        model.setFilterText(filter);
        const int custom = ContactListModel::ColumnCount;
        model.sort(custom, Qt::SortOrder(order));
        QCOMPARE(model.sortColumn(), custom);
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(modelIds(model), expected);
        checkRangeRead(model, expected);

        ContactListModel jumping(m_t->db());
        jumping.setFewMatchesLimit(fewMatches);
        jumping.setExtraColumns({{u"Segment"_qs, u"''"_qs, {}, field}});
        jumping.setFilterText(filter);
        jumping.sort(custom, Qt::SortOrder(order));
        for (qsizetype r = expected.size() - 1; r >= 0; r -= 7)
            QCOMPARE(jumping.index(int(r), 0).data(PagedListModel::IdRole).toByteArray(),
                     expected[r]);
    }

    // A column without a sort field is not sorted by.
    void plainExtraColumnDoesNotSort()
    {
        ContactListModel model(m_t->db());
        model.setExtraColumns({{u"Shown"_qs, u"''"_qs, {}, {}}});
        model.sort(ContactListModel::ColumnCount, Qt::DescendingOrder);
        QCOMPARE(model.sortColumn(), int(ContactListModel::Name));
    }

    // A money (or number) column sorts by the amount, not the text: 9 before 10; companies
    // sort by custom fields like contacts.
    void companiesSortByAnAmount()
    {
        test::TestDatabase t;
        CustomFieldDefinition def{{},
                                  CustomEntity::Company,
                                  u"budget"_qs,
                                  u"Budget"_qs,
                                  CustomFieldType::Money,
                                  false,
                                  0,
                                  {},
                                  false};
        auto field = CustomFieldRepository(t.db()).add(def);
        QVERIFY(field.ok());
        CompanyRepository companies(t.db());
        const QList<std::pair<QString, QString>> rows = {{u"Ten"_qs, u"10.00 EUR"_qs},
                                                         {u"Nine"_qs, u"9.00 EUR"_qs},
                                                         {u"None"_qs, QString()},
                                                         {u"Minus"_qs, u"-3.50 EUR"_qs},
                                                         {u"Hundred"_qs, u"100.00 EUR"_qs}};
        for (const auto &[name, budget] : rows) {
            Company c = test::company(name, u"Vilnius"_qs);
            if (!budget.isEmpty())
                c.custom.insert(u"budget"_qs, budget);
            QVERIFY(companies.create(c).ok());
        }
        CompanyListModel model(t.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExtraColumns({{u"Budget"_qs, u"''"_qs, {}, field.value(), true}});
        const int budget = CompanyListModel::ColumnCount;
        auto names = [&] {
            QStringList out;
            for (int r = 0; r < model.rowCount(); ++r)
                out << model.index(r, CompanyListModel::Name).data().toString();
            return out;
        };
        model.sort(budget, Qt::AscendingOrder);
        QCOMPARE(names(),
                 (QStringList{u"Minus"_qs, u"Nine"_qs, u"Ten"_qs, u"Hundred"_qs, u"None"_qs}));
        model.sort(budget, Qt::DescendingOrder);
        QCOMPARE(names(),
                 (QStringList{u"None"_qs, u"Hundred"_qs, u"Ten"_qs, u"Nine"_qs, u"Minus"_qs}));
        // New definitions keep the sort on its field; without it, the list sorts by name.
        model.setExtraColumns(
            {{u"Other"_qs, u"''"_qs, {}, {}}, {u"Budget"_qs, u"''"_qs, {}, field.value(), true}});
        QCOMPARE(model.sortColumn(), budget + 1);
        model.setExtraColumns({});
        QCOMPARE(model.sortColumn(), int(CompanyListModel::Name));
        QCOMPARE(names().first(), u"Hundred"_qs);
    }

    // The Tags column is read with each page: reading every Tags cell of 450 rows (three
    // pages) runs at most three statements, not one per cell; each cell agrees with plain SQL.
    void tagsAreReadPerPage()
    {
        test::TestDatabase t;
        QList<Contact> all;
        for (int i = 0; i < 450; ++i) {
            Contact c = test::contact(u"N%1"_qs.arg(i, 3, 10, QChar(u'0')), u"Tag"_qs);
            if (i % 3 == 0)
                c.tags << u"vip"_qs;
            if (i % 5 == 0)
                c.tags << u"partner"_qs;
            all << c;
        }
        QVERIFY(ContactRepository(t.db()).createMany(all, 200).ok());
        const auto tags = TagRepository(t.db()).list();
        QVERIFY(tags.ok());
        for (const TagInfo &tag : tags.value()) {
            if (tag.name == u"vip")
                QVERIFY(TagRepository(t.db()).setColor(tag.id, u"#1565c0"_qs).ok());
        }
        ContactListModel model(t.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.headerData(ContactListModel::Tags, Qt::Horizontal).toString(), u"Tags"_qs);
        model.reload(); // nothing loaded
        int statements = 0;
        sqlite3 *h = SqliteStatement::handleOf(t.db()->connection());
        sqlite3_trace_v2(
            h, SQLITE_TRACE_STMT,
            [](unsigned, void *count, void *, void *) {
                ++*static_cast<int *>(count);
                return 0;
            },
            &statements);
        QStringList cells;
        QList<QVariantList> chips;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex cell = model.index(r, ContactListModel::Tags);
            cells << cell.data().toString();
            chips << cell.data(ListTags::TagsRole).toList();
        }
        sqlite3_trace_v2(h, 0, nullptr, nullptr);
        // At most one per page (the tester may have read the first page on the reset).
        QVERIFY(statements >= 2);
        QVERIFY2(statements <= 3, qPrintable(QString::number(statements)));

        QSqlQuery q(t.db()->connection());
        QVERIFY(q.exec(u"SELECT (SELECT group_concat(name, ', ') FROM (SELECT t.name FROM "
                       u"contact_tags l JOIN tags t ON t.id = l.tag_id WHERE l.contact_id = "
                       u"c.id AND l.deleted = 0 ORDER BY t.name)) FROM contacts c WHERE "
                       u"c.deleted = 0 ORDER BY c.local_sort_name, c.rid"_qs));
        for (int r = 0; q.next(); ++r)
            QCOMPARE(cells.value(r), q.value(0).toString());
        QCOMPARE(cells[0], u"partner, vip"_qs);
        QCOMPARE(chips[0].size(), 2);
        QCOMPARE(chips[0][1].toStringList(), (QStringList{u"vip"_qs, u"#1565c0"_qs}));
        QCOMPARE(chips[0][0].toStringList(), (QStringList{u"partner"_qs, QString()}));
        QVERIFY(chips[1].isEmpty());
        QCOMPARE(model.index(0, ContactListModel::Tags).data(Qt::ToolTipRole).toString(),
                 u"partner, vip"_qs);
        // Not a sort column.
        model.sort(ContactListModel::Tags, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(ContactListModel::Name));
    }

    void companiesModel()
    {
        test::TestDatabase t;
        CompanyRepository companies(t.db());
        for (const char16_t *n : {u"Žalgiris", u"Ąžuolas", u"Acme", u"Ωmega", u"Berg"})
            QVERIFY(companies.create(test::company(QString::fromUtf16(n), u"Vilnius"_qs)).ok());
        CompanyListModel model(t.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names << model.index(r, CompanyListModel::Name).data().toString();
        // Sorted by the folded name: Ą sorts with A, Ω (omega) with O, Ž with Z.
        QCOMPARE(names,
                 (QStringList{u"Acme"_qs, u"Ąžuolas"_qs, u"Berg"_qs, u"Ωmega"_qs, u"Žalgiris"_qs}));
        model.setFilterText(u"zalg"_qs);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestContactListModel)
#include "tst_contactlistmodel.moc"
