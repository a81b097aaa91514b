// SPDX-License-Identifier: GPL-3.0-or-later
// The deal list: paged by keyset, sorted in SQL by any column, searched by title (folded),
// company and contact, filtered by pipeline and open/won/lost.
#include "models/deallistmodel.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
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
};

QTEST_GUILESS_MAIN(TestDealListModel)
#include "tst_deallistmodel.moc"
