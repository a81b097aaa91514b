// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline board: columns with counts and totals, cards paged per column, moves that
// keep the totals right, filters, stale marks.
#include "models/boardmodel.h"
#include "services/activityrepository.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace crm;
using namespace crm::core;

class TestBoardModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<BoardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QByteArray add(const QString &title, qint64 amount, const QString &currency, int stage,
                   const QDate &close = {}, const QString &owner = {}, const QStringList &tags = {})
    {
        Deal d;
        d.title = title;
        d.amount = amount;
        d.currency = currency;
        d.stageId = DefaultPipeline::stageId(stage);
        d.expectedClose = close;
        d.owner = owner;
        d.tags = tags;
        auto id = DealRepository(m_t->db()).create(d);
        if (!id)
            qWarning("%s", qPrintable(id.error().message()));
        return id ? id.value() : QByteArray();
    }
    QVariantMap totals(int stage, int role = BoardModel::TotalsRole) const
    {
        return m_model->stageIndex(DefaultPipeline::stageId(stage)).data(role).toMap();
    }
    int count(int stage) const
    {
        return m_model->stageIndex(DefaultPipeline::stageId(stage))
            .data(BoardModel::CountRole)
            .toInt();
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_model = std::make_unique<BoardModel>(m_t->db());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_t.reset();
    }

    void columnsAndTotals()
    {
        add(u"A"_qs, 100000, u"EUR"_qs, 0);
        add(u"B"_qs, 50000, u"EUR"_qs, 0);
        add(u"C"_qs, 30000, u"USD"_qs, 0);
        add(u"D"_qs, 200000, u"EUR"_qs, 3);
        const QByteArray won = add(u"E"_qs, 999900, u"EUR"_qs, 1);
        QVERIFY(DealRepository(m_t->db()).markWon(won));
        QVERIFY(m_model->setPipeline(DefaultPipeline::pipelineId()));
        QCOMPARE(m_model->rowCount(), 4); // open stages only
        QCOMPARE(m_model->index(0, 0).data().toString(), u"Research"_qs);
        QCOMPARE(count(0), 3);
        QCOMPARE(count(1), 0);
        QCOMPARE(count(3), 1);
        QCOMPARE(totals(0), (QVariantMap{{u"EUR"_qs, 150000}, {u"USD"_qs, 30000}}));
        // Research: 10 %; Negotiation: 75 %.
        QCOMPARE(totals(0, BoardModel::WeightedTotalsRole),
                 (QVariantMap{{u"EUR"_qs, 15000}, {u"USD"_qs, 3000}}));
        QCOMPARE(totals(3, BoardModel::WeightedTotalsRole), (QVariantMap{{u"EUR"_qs, 150000}}));
        QCOMPARE(m_model->rowCount(m_model->stageIndex(DefaultPipeline::stageId(0))), 3);
        const QString text = m_model->stageIndex(DefaultPipeline::stageId(0))
                                 .data(BoardModel::TotalsTextRole)
                                 .toString();
        QVERIFY2(text.contains(u"1,500.00"_qs) || text.contains(u"1500.00"_qs) ||
                     text.contains(u"1 500"_qs),
                 qPrintable(text));
    }

    void moveUpdatesTotalsLikeAReload()
    {
        const QByteArray a = add(u"A"_qs, 100000, u"EUR"_qs, 0, QDate(2027, 1, 10));
        add(u"B"_qs, 50000, u"EUR"_qs, 2, QDate(2027, 1, 5));
        add(u"C"_qs, 70000, u"EUR"_qs, 2, QDate(2027, 1, 20));
        QVERIFY(m_model->setPipeline(DefaultPipeline::pipelineId()));
        QVERIFY(m_model->moveDeal(a, DefaultPipeline::stageId(2)));
        QCOMPARE(count(0), 0);
        QCOMPARE(count(2), 3);
        QCOMPARE(totals(0), QVariantMap());
        QCOMPARE(totals(2), (QVariantMap{{u"EUR"_qs, 220000}}));
        QCOMPARE(totals(2, BoardModel::WeightedTotalsRole), (QVariantMap{{u"EUR"_qs, 110000}}));
        // The card sits where it sorts: by expected close.
        const QModelIndex proposal = m_model->stageIndex(DefaultPipeline::stageId(2));
        QCOMPARE(m_model->index(1, 0, proposal).data().toString(), u"A"_qs);
        // The same as a board read afresh.
        BoardModel fresh(m_t->db());
        QVERIFY(fresh.setPipeline(DefaultPipeline::pipelineId()));
        for (int r = 0; r < fresh.rowCount(); ++r) {
            QCOMPARE(m_model->index(r, 0).data(BoardModel::TotalsRole),
                     fresh.index(r, 0).data(BoardModel::TotalsRole));
            QCOMPARE(m_model->index(r, 0).data(BoardModel::CountRole),
                     fresh.index(r, 0).data(BoardModel::CountRole));
        }
        // The move is in the history.
        QCOMPARE(DealRepository(m_t->db()).stageHistory(a)->size(), 2);

        // Won leaves the board.
        QVERIFY(m_model->moveDeal(a, DefaultPipeline::stageId(4)));
        QCOMPARE(count(2), 2);
        QVERIFY(!m_model->dealIndex(a).isValid());
        QCOMPARE(DealRepository(m_t->db()).get(a)->outcome, StageOutcome::Won);
        // Lost needs a reason: refused, nothing changes.
        const QByteArray b = m_model->index(0, 0, proposal).data(BoardModel::IdRole).toByteArray();
        QVERIFY(!m_model->moveDeal(b, DefaultPipeline::stageId(5)));
        QCOMPARE(count(2), 2);
    }

    void cardsArePaged()
    {
        for (int i = 0; i < 120; ++i)
            add(u"Deal %1"_qs.arg(i, 3, 10, QChar(u'0')), 100, u"EUR"_qs, 1);
        QVERIFY(m_model->setPipeline(DefaultPipeline::pipelineId()));
        const QModelIndex qualified = m_model->stageIndex(DefaultPipeline::stageId(1));
        QCOMPARE(count(1), 120);
        // Pages of PageSize (the model tester may already have fetched one more).
        QVERIFY(m_model->rowCount(qualified) < 120);
        QCOMPARE(m_model->rowCount(qualified) % BoardModel::PageSize, 0);
        QVERIFY(m_model->canFetchMore(qualified));
        int fetches = 0;
        while (m_model->canFetchMore(qualified) && fetches++ < 10)
            m_model->fetchMore(qualified);
        QCOMPARE(m_model->rowCount(qualified), 120);
        QVERIFY(!m_model->canFetchMore(qualified));
        QCOMPARE(m_model->index(119, 0, qualified).data().toString(), u"Deal 119"_qs);
    }

    void filters()
    {
        add(u"Anna's"_qs, 100, u"EUR"_qs, 0, QDate(2027, 2, 14), u"anna"_qs, {u"VIP"_qs});
        add(u"Juris's"_qs, 200, u"EUR"_qs, 0, QDate(2027, 3, 1), u"juris"_qs);
        add(u"No date"_qs, 400, u"EUR"_qs, 0, {}, u"anna"_qs);
        QVERIFY(m_model->setPipeline(DefaultPipeline::pipelineId()));
        QCOMPARE(count(0), 3);
        BoardModel::Filter f;
        f.owner = u"anna"_qs;
        QVERIFY(m_model->setFilter(f));
        QCOMPARE(count(0), 2);
        QCOMPARE(totals(0), (QVariantMap{{u"EUR"_qs, 500}}));
        f = {};
        f.closeMonth = QDate(2027, 3, 31);
        QVERIFY(m_model->setFilter(f));
        QCOMPARE(count(0), 1);
        QCOMPARE(m_model->index(0, 0, m_model->index(0, 0)).data().toString(), u"Juris's"_qs);
        f = {};
        f.tag = u"vip"_qs;
        QVERIFY(m_model->setFilter(f));
        QCOMPARE(count(0), 1);
        QCOMPARE(totals(0), (QVariantMap{{u"EUR"_qs, 100}}));
    }

    void staleMarks()
    {
        const QByteArray id = add(u"Old"_qs, 100, u"EUR"_qs, 3); // Negotiation: 14 days
        const qint64 since = DealRepository(m_t->db()).get(id)->stageSince;
        qint64 now = since + 13 * 24LL * 3600 * 1000;
        m_model->setClock([&] { return now; });
        QVERIFY(m_model->setPipeline(DefaultPipeline::pipelineId()));
        QVERIFY(!m_model->dealIndex(id).data(BoardModel::StaleRole).toBool());
        QCOMPARE(m_model->dealIndex(id).data(BoardModel::DaysInStageRole).toInt(), 13);
        now = since + 15 * 24LL * 3600 * 1000;
        QVERIFY(m_model->dealIndex(id).data(BoardModel::StaleRole).toBool());
        m_model->setClock([] { return qint64(0); }); // `now` goes out of scope
    }

    void staleWhenIdleForTheStagesLimit()
    {
        const QByteArray id = add(u"Quiet"_qs, 100, u"EUR"_qs, 0); // Research: 30 days
        const qint64 created = DealRepository(m_t->db()).get(id)->createdAt;
        const qint64 day = 24LL * 3600 * 1000;
        // It came into its stage 20 days after it was opened (well within the limit) …
        m_t->scalar(u"UPDATE deals SET local_stage_since = ? WHERE id = ?"_qs,
                    {created + 20 * day, id});
        const qint64 now = created + 31 * day;
        m_model->setClock([now] { return now; });
        QVERIFY(m_model->setPipeline(DefaultPipeline::pipelineId()));
        // … but nothing happened on it since it was opened, 31 days ago.
        QModelIndex card = m_model->dealIndex(id);
        QVERIFY(card.data(BoardModel::StaleRole).toBool());
        QString reason = card.data(BoardModel::StaleReasonRole).toString();
        QVERIFY2(reason.contains(u"no activity") && reason.contains(u"31"), qPrintable(reason));
        QVERIFY(card.data(Qt::ToolTipRole).toString().contains(reason));

        // A call on the deal 25 days after it was opened: active again.
        Activity call;
        call.kind = Activity::Kind::Call;
        call.subject = u"Checked in"_qs;
        call.start = QDateTime::fromMSecsSinceEpoch(created + 25 * day, QTimeZone::utc());
        call.dealId = id;
        auto callId = ActivityRepository(m_t->db()).create(call);
        QVERIFY(callId);
        QVERIFY(m_model->reload());
        card = m_model->dealIndex(id);
        QVERIFY(!card.data(BoardModel::StaleRole).toBool());
        QVERIFY(card.data(BoardModel::StaleReasonRole).toString().isEmpty());

        // Later still, idle since that call.
        m_model->setClock([created, day] { return created + 57 * day; });
        m_t->scalar(u"UPDATE deals SET local_stage_since = ? WHERE id = ?"_qs,
                    {created + 50 * day, id});
        QVERIFY(m_model->reload());
        reason = m_model->dealIndex(id).data(BoardModel::StaleReasonRole).toString();
        QVERIFY2(reason.contains(u"no activity for 32 days"), qPrintable(reason));
        // A deleted activity does not count.
        QVERIFY(ActivityRepository(m_t->db()).remove(callId.value()));
        QVERIFY(m_model->reload());
        reason = m_model->dealIndex(id).data(BoardModel::StaleReasonRole).toString();
        QVERIFY2(reason.contains(u"57"), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_boardmodel.moc"
