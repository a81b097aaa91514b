// SPDX-License-Identifier: GPL-3.0-or-later
// The deal list: paged by keyset, sorted in SQL by any column, searched by title (folded),
// company and contact, filtered by pipeline and open/won/lost.
#include "models/deallistmodel.h"
#include "models/listtags.h"
#include "services/bulkedit.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "services/tagrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "sync/localreplica.h"
#include <QSqlQuery>

#include <QAbstractItemModelTester>
#include <QTest>

#include <limits>

using namespace crm;
using namespace crm::core;

class TestDealListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;
    QByteArray m_koks;
    QByteArray m_anna;

    QByteArray add(const QString &title, qint64 amount, int stage = 0,
                   const QByteArray &company = {}, const QByteArray &contact = {})
    {
        Deal d;
        d.title = title;
        d.amount = amount;
        d.stageId = DefaultPipeline::stageId(stage);
        d.companyId = company;
        if (stage == 5)
            d.lostReason = u"price"_qs;
        if (!contact.isEmpty())
            d.contacts << DealContact{{}, contact, u"buyer"_qs, {}};
        auto id = DealRepository(m_t->db()).create(d);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        return id.value();
    }
    static QStringList titles(DealListModel &m)
    {
        while (m.canFetchMore({}))
            m.fetchMore({});
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, DealListModel::Title).data().toString();
        return out;
    }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_t = std::make_unique<test::TestDatabase>();
        m_koks = CompanyRepository(m_t->db()).create(test::company(u"SIA Koks"_qs)).value();
        m_anna =
            ContactRepository(m_t->db()).create(test::contact(u"Anna"_qs, u"Bērziņa"_qs)).value();
        add(u"Łódź printers"_qs, 300'00, 0);
        add(u"Fleet renewal"_qs, 1'000'00, 2, m_koks);
        add(u"Laptops"_qs, 50'00, 1, {}, m_anna);
        add(u"Old tender"_qs, 70'00, 5);
        add(u"Signed support"_qs, 90'00, 4);
    }
    void cleanup() { m_t.reset(); }

    void sortsInSql()
    {
        DealListModel m(m_t->db());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.totalCount(), 3); // open ones
        QCOMPARE(titles(m), (QStringList{u"Fleet renewal"_qs, u"Laptops"_qs, u"Łódź printers"_qs}));
        m.sort(DealListModel::Amount, Qt::DescendingOrder);
        QCOMPARE(titles(m), (QStringList{u"Fleet renewal"_qs, u"Łódź printers"_qs, u"Laptops"_qs}));
        m.sort(DealListModel::Stage, Qt::AscendingOrder);
        QCOMPARE(titles(m), (QStringList{u"Łódź printers"_qs, u"Laptops"_qs, u"Fleet renewal"_qs}));
        QCOMPARE(m.index(0, DealListModel::Stage).data().toString(), u"Research"_qs);
        QCOMPARE(m.index(2, DealListModel::Amount).data().toString(), u"€1,000.00"_qs);
        QCOMPARE(m.index(2, DealListModel::Weighted).data().toString(), u"€500.00"_qs);
        QCOMPARE(m.index(2, DealListModel::Company).data().toString(), u"SIA Koks"_qs);
        QCOMPARE(m.headerData(DealListModel::ExpectedClose, Qt::Horizontal).toString(),
                 u"Expected close"_qs);
    }

    void searchesTitleCompanyAndContact()
    {
        DealListModel m(m_t->db());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setFilterText(u"lodz"_qs); // folded: Ł → l, ó → o
        QCOMPARE(titles(m), QStringList{u"Łódź printers"_qs});
        m.setFilterText(u"koks"_qs); // the company's name
        QCOMPARE(titles(m), QStringList{u"Fleet renewal"_qs});
        m.setFilterText(u"berzina"_qs); // a contact on the deal
        QCOMPARE(titles(m), QStringList{u"Laptops"_qs});
        m.setFilterText(u"100%"_qs); // LIKE's wildcards are plain characters
        QCOMPARE(m.totalCount(), 0);
        m.setFilterText(QString());
        QCOMPARE(m.totalCount(), 3);
    }

    void filtersByOutcomeAndPipeline()
    {
        DealListModel m(m_t->db());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setOutcome(DealListModel::Outcome::Won);
        QCOMPARE(titles(m), QStringList{u"Signed support"_qs});
        QCOMPARE(m.index(0, DealListModel::Status).data().toString(), u"Won"_qs);
        m.setOutcome(DealListModel::Outcome::Lost);
        QCOMPARE(titles(m), QStringList{u"Old tender"_qs});
        m.setOutcome(DealListModel::Outcome::Any);
        QCOMPARE(m.totalCount(), 5);

        const QByteArray other =
            PipelineRepository(m_t->db()).createPipeline(u"Renewals"_qs).value();
        Stage s;
        s.pipelineId = other;
        s.name = u"Contacted"_qs;
        s.probability = 30;
        const QByteArray stage = PipelineRepository(m_t->db()).addStage(s).value();
        Deal d;
        d.title = u"Renewal 2027"_qs;
        d.stageId = stage;
        QVERIFY(DealRepository(m_t->db()).create(d));
        m.setPipeline(other);
        QCOMPARE(titles(m), QStringList{u"Renewal 2027"_qs});
        m.setPipeline(DefaultPipeline::pipelineId());
        QCOMPARE(m.totalCount(), 5);
    }

    void searchFollowsEditsAndSync()
    {
        DealListModel m(m_t->db());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setFilterText(u"printers"_qs);
        QCOMPARE(titles(m), QStringList{u"Łódź printers"_qs});
        // An edit through the repository re-indexes the title.
        const QByteArray id = m.idAt(0);
        Deal d = DealRepository(m_t->db()).get(id).value();
        d.title = u"Kraków scanners"_qs;
        QVERIFY(DealRepository(m_t->db()).update(d));
        m.reload();
        QCOMPARE(m.totalCount(), 0);
        m.setFilterText(u"krakow sc"_qs); // folded, and word prefixes
        QCOMPARE(titles(m), QStringList{u"Kraków scanners"_qs});
        // A title written as sync writes it (straight into the row), then refreshed as sync
        // apply refreshes what it touched.
        QSqlDatabase db = m_t->db()->connection();
        QSqlQuery q(db);
        q.prepare(u"UPDATE deals SET title = 'Gdańsk copiers' WHERE id = ?"_qs);
        q.addBindValue(id);
        QVERIFY(q.exec());
        QVERIFY(sync::LocalReplica::refresh(db, u"deals"_qs, id));
        m.setFilterText(u"gdansk"_qs);
        QCOMPARE(titles(m), QStringList{u"Gdańsk copiers"_qs});
        m.setFilterText(u"krakow"_qs);
        QCOMPARE(m.totalCount(), 0);
    }

    void pagesASearchWithFewAndManyMatches()
    {
        for (int i = 0; i < 2 * DealListModel::PageSize + 50; ++i)
            add(u"Bulk %1"_qs.arg(i, 4, 10, QChar(u'0')), (i % 7) * 100, i % 4);
        DealListModel m(m_t->db());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.sort(DealListModel::Amount, Qt::DescendingOrder);
        m.setFilterText(u"bulk"_qs); // many: paged by walking the amount index
        QCOMPARE(m.totalCount(), 2 * DealListModel::PageSize + 50);
        QStringList all = titles(m);
        QCOMPARE(all.size(), 2 * DealListModel::PageSize + 50);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int r = 0; r < m.rowCount(); ++r) {
            const qint64 amount = m.index(r, 0).data(DealListModel::AmountRole).toLongLong();
            QVERIFY(amount <= previous);
            previous = amount;
        }
        m.setFilterText(u"bulk 01"_qs); // "0100" … "0199": few, sorted as matches
        QCOMPARE(m.totalCount(), 100);
        all = titles(m);
        QCOMPARE(all.size(), 100);
        QCOMPARE(m.index(0, 0).data(DealListModel::AmountRole).toLongLong(), 600);
    }

    void pagesByKeyset()
    {
        // More than two pages, with equal sort values: every deal once, in order.
        for (int i = 0; i < 2 * DealListModel::PageSize + 50; ++i)
            add(u"Bulk %1"_qs.arg(i, 4, 10, QChar(u'0')), (i % 7) * 100, i % 4);
        DealListModel m(m_t->db());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.sort(DealListModel::Amount, Qt::AscendingOrder);
        QCOMPARE(m.rowCount(), DealListModel::PageSize); // the first page comes with a reset
        QVERIFY(m.canFetchMore({}));
        m.fetchMore({});
        QCOMPARE(m.rowCount(), 2 * DealListModel::PageSize);
        const QStringList all = titles(m);
        QCOMPARE(all.size(), 2 * DealListModel::PageSize + 50 + 3);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        qint64 previous = -1;
        for (int r = 0; r < m.rowCount(); ++r) {
            const qint64 amount = m.index(r, 0).data(DealListModel::AmountRole).toLongLong();
            QVERIFY(amount >= previous);
            previous = amount;
        }
        QCOMPARE(m.rowOf(m.idAt(321)), 321);
    }

private:
    // Deals with owners, currencies, tags and a custom number, for the field filters.
    QByteArray m_seats;
    void addFilterable()
    {
        CustomFieldDefinition def{{},
                                  CustomEntity::Deal,
                                  u"seats"_qs,
                                  u"Seats"_qs,
                                  CustomFieldType::Number,
                                  false,
                                  0,
                                  {},
                                  false};
        auto field = CustomFieldRepository(m_t->db()).add(def);
        QVERIFY(field.ok());
        m_seats = field.value();
        struct Spec
        {
            QString title;
            int stage;
            QString currency;
            QString owner;
            QStringList tags;
            QString seats;
        };
        const QList<Spec> specs = {
            {u"Alpha"_qs, 0, u"EUR"_qs, u"anna"_qs, {u"vip"_qs}, u"10"_qs},
            {u"Bravo"_qs, 2, u"USD"_qs, u"bob"_qs, {}, u"9"_qs},
            {u"Charlie"_qs, 2, u"EUR"_qs, u"anna"_qs, {u"vip"_qs, u"partner"_qs}, {}},
            {u"Delta"_qs, 4, u"USD"_qs, u"bob"_qs, {u"partner"_qs}, u"100"_qs}};
        for (const Spec &sp : specs) {
            Deal d = test::deal(sp.title, 100'00, sp.currency, sp.stage);
            d.owner = sp.owner;
            d.tags = sp.tags;
            if (!sp.seats.isEmpty())
                d.custom.insert(u"seats"_qs, sp.seats);
            auto id = DealRepository(m_t->db()).create(d);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message()));
        }
    }
    QSet<QByteArray> sqlIds(const QString &where)
    {
        QSqlQuery q(m_t->db()->connection());
        if (!q.exec(u"SELECT d.id FROM deals d WHERE d.deleted = 0 AND " + where))
            qFatal("bad test SQL: %s", qPrintable(where));
        QSet<QByteArray> out;
        while (q.next())
            out << q.value(0).toByteArray();
        return out;
    }
    static QSet<QByteArray> modelIds(DealListModel &m)
    {
        while (m.canFetchMore({}))
            m.fetchMore({});
        QSet<QByteArray> out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.idAt(r);
        return out;
    }

private slots:
    void fieldFiltersAgreeWithSql_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("where"); // plain SQL over deals d
        const QString open = u" AND d.local_outcome = 'open'"_qs;
        QTest::addRow("stage by a prefix")
            << u"stage:proposal"_qs
            << u"d.stage_id IN (SELECT id FROM stages WHERE name = 'Proposal sent')"_qs + open;
        QTest::addRow("stage quoted") << u"stage:\"Proposal sent\""_qs
                                      << u"d.stage_id IN (SELECT id FROM stages WHERE name = "
                                         u"'Proposal sent')"_qs +
                                             open;
        QTest::addRow("owner") << u"owner:anna"_qs << u"d.owner = 'anna'"_qs + open;
        QTest::addRow("tag") << u"tag:VIP"_qs
                             << u"d.id IN (SELECT l.deal_id FROM deal_tags l JOIN tags t ON t.id "
                                u"= l.tag_id WHERE t.name = 'vip' AND l.deleted = 0)"_qs +
                                    open;
        QTest::addRow("company") << u"company:\"sia koks\""_qs
                                 << u"d.company_id IN (SELECT id FROM companies WHERE name = "
                                    u"'SIA Koks')"_qs +
                                        open;
        QTest::addRow("currency") << u"currency:usd"_qs << u"d.currency = 'USD'"_qs + open;
        QTest::addRow("status overrides the combo")
            << u"status:won"_qs << u"d.local_outcome = 'won'"_qs;
        QTest::addRow("custom number")
            << u"seats:10"_qs
            << u"d.id IN (SELECT record_id FROM custom_values WHERE value = '10' AND deleted = "
               u"0)"_qs +
                   open;
        QTest::addRow("two filters and a word")
            << u"tag:partner status:won delta"_qs
            << u"d.title = 'Delta' AND d.local_outcome = 'won'"_qs;
        QTest::addRow("pipeline") << u"pipeline:\"%1\""_qs << u"1"_qs + open;
    }
    void fieldFiltersAgreeWithSql()
    {
        QFETCH(QString, filter);
        QFETCH(QString, where);
        addFilterable();
        QSqlQuery name(m_t->db()->connection());
        QVERIFY(name.exec(u"SELECT name FROM pipelines WHERE deleted = 0"_qs) && name.next());
        filter.replace(u"%1"_qs, name.value(0).toString());
        DealListModel m(m_t->db());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setFilterText(filter);
        QVERIFY2(m.filterError().isEmpty(), qPrintable(m.filterError()));
        const QSet<QByteArray> expected = sqlIds(where);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(m.totalCount(), expected.size());
        QCOMPARE(modelIds(m), expected);
        // Bulk edit's "all matching" reads the same rows from the list's query.
        auto resolved = BulkEdit(m_t->db()).resolve(BulkTarget{CustomEntity::Deal, {}, m.query()});
        QVERIFY(resolved.ok());
        const QList<QByteArray> ids = resolved.value();
        QCOMPARE(QSet<QByteArray>(ids.begin(), ids.end()), expected);
    }

    void unknownFieldsAndValuesSayWhy_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("names");
        QTest::addRow("field") << u"colour:red"_qs << u"“colour”"_qs;
        QTest::addRow("field lists deal fields") << u"colour:red"_qs << u"stage, pipeline"_qs;
        QTest::addRow("field lists custom keys") << u"colour:red"_qs << u"seats"_qs;
        QTest::addRow("stage") << u"stage:nowhere"_qs << u"“nowhere”"_qs;
        QTest::addRow("stage lists stages") << u"stage:nowhere"_qs << u"Research"_qs;
        QTest::addRow("status") << u"status:maybe"_qs << u"open, won or lost"_qs;
        QTest::addRow("currency") << u"currency:xyz"_qs << u"“xyz”"_qs;
        QTest::addRow("tag") << u"tag:nosuch"_qs << u"“nosuch”"_qs;
        QTest::addRow("custom value") << u"seats:many"_qs << u"many"_qs;
    }
    void unknownFieldsAndValuesSayWhy()
    {
        QFETCH(QString, filter);
        QFETCH(QString, names);
        addFilterable();
        DealListModel m(m_t->db());
        m.setOutcome(DealListModel::Outcome::Any);
        m.setFilterText(filter);
        QVERIFY2(m.filterError().contains(names), qPrintable(m.filterError()));
        QCOMPARE(m.totalCount(), 0); // nothing rather than everything
        QCOMPARE(m.rowCount(), 0);
    }

    // A custom number column sorts by the amount (9 before 10 before 100), deals without a
    // value last; descending is the exact reverse; paging by keyset across them.
    void customColumnSortsByAmount()
    {
        addFilterable();
        DealListModel m(m_t->db());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setOutcome(DealListModel::Outcome::Any);
        const QString hex = QString::fromLatin1(m_seats.toHex());
        m.setExtraColumns({{u"Seats"_qs,
                            u"SELECT value FROM custom_values v WHERE v.record_id = d.id AND "
                            u"v.field_id = X'"_qs +
                                hex + u"' AND v.deleted = 0"_qs,
                            {},
                            m_seats,
                            true}});
        const int seats = DealListModel::ColumnCount;
        QCOMPARE(m.headerData(seats, Qt::Horizontal).toString(), u"Seats"_qs);
        m.sort(seats, Qt::AscendingOrder);
        QStringList all = titles(m);
        QCOMPARE(all.mid(0, 3), (QStringList{u"Bravo"_qs, u"Alpha"_qs, u"Delta"_qs}));
        QCOMPARE(all.size(), 9);
        QCOMPARE(m.index(0, seats).data().toString(), u"9"_qs);
        m.sort(seats, Qt::DescendingOrder);
        QStringList down = titles(m);
        std::reverse(down.begin(), down.end());
        QCOMPARE(down, all);
        // The tags column is not sorted by.
        m.sort(DealListModel::Tags, Qt::AscendingOrder);
        QCOMPARE(m.sortColumn(), seats);
    }

    // The Tags column: names in order as text and tooltip, name and colour for the chips.
    void tagsColumn()
    {
        addFilterable();
        auto tags = TagRepository(m_t->db()).list();
        QVERIFY(tags.ok());
        for (const TagInfo &t : tags.value()) {
            if (t.name == u"vip")
                QVERIFY(TagRepository(m_t->db()).setColor(t.id, u"#d32f2f"_qs).ok());
        }
        DealListModel m(m_t->db());
        m.setFilterText(u"charlie"_qs);
        QCOMPARE(m.rowCount(), 1);
        const QModelIndex cell = m.index(0, DealListModel::Tags);
        QCOMPARE(cell.data().toString(), u"partner, vip"_qs);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"partner, vip"_qs);
        const QVariantList chips = cell.data(ListTags::TagsRole).toList();
        QCOMPARE(chips.size(), 2);
        QCOMPARE(chips[1].toStringList(), (QStringList{u"vip"_qs, u"#d32f2f"_qs}));
        QCOMPARE(chips[0].toStringList().value(0), u"partner"_qs);
        QVERIFY(!m.index(0, DealListModel::Title).data(ListTags::TagsRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDealListModel)
#include "tst_deallistmodel.moc"
