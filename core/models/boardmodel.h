// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/deal.h"
#include "domain/pipeline.h"
#include "storage/database.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QList>

class QSqlQuery;

#include <functional>

namespace crm::core {

// The board of one pipeline: a top-level row per open stage (its column on the screen) with
// the count, total and weighted total of its deals per currency, and under it a row per deal
// (a card), paged from SQL by expected close date (canFetchMore/fetchMore per stage).
// Totals come from one grouped query over an index; a move through moveDeal() changes the
// two columns' totals and cards in place instead of reloading. Won and lost deals are not
// on the board. Lives in the thread that owns it; uses that thread's connection.
class BoardModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;
    enum Roles
    {
        IdRole = Qt::UserRole + 1, // a stage's or a deal's id
        CountRole,                 // stage: number of deals
        TotalsRole,                // stage: QVariantMap currency → total in minor units
        WeightedTotalsRole,        // stage: QVariantMap currency → weighted total
        TotalsTextRole,            // stage: totals in the user's locale, "€1,250.00 · $300.00"
        AmountRole,                // deal: minor units
        CurrencyRole,
        WeightedRole,
        CompanyRole,
        ExpectedCloseRole, // deal: QDate
        OwnerRole,
        StaleRole,              // deal: past its stage's limit, or idle (no activity) that long
        DaysInStageRole,        // deal
        ProbabilityRole,        // stage default or deal's effective probability
        StaleAfterDaysRole,     // stage: limit in days or invalid
        StaleReasonRole,        // deal: why it is stale (translated), empty when it is not
        WeightedTotalsTextRole, // stage: weighted totals in the user's locale
    };

    struct Filter
    {
        QString owner;    // empty: anyone's
        QDate closeMonth; // any day of the month; invalid: any close date
        QString tag;      // a tag's name; empty: any
        bool operator==(const Filter &) const = default;
    };

    // What the filters offer: the owners and tags of live deals, the months they close in.
    struct FilterChoices
    {
        QStringList owners;
        QStringList tags;
        QList<QDate> months; // the first of each month, in order
    };
    static Result<FilterChoices> filterChoices(const DatabasePtr &db);

    explicit BoardModel(DatabasePtr db, QObject *parent = nullptr);

    // Loads the pipeline's stages and totals and the first page of cards of each stage.
    Status setPipeline(const QByteArray &pipelineId);
    QByteArray pipelineId() const { return m_pipeline.id; }
    Status setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // Re-reads everything (after changes from elsewhere, e.g. sync).
    Status reload();
    // For tests and the benchmark: the time stale marks and days in stage are measured at.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

    // Moves a deal to a stage (any stage of the pipeline; to a lost one use markLost of
    // DealRepository, then reload) and updates the totals and cards of both columns.
    Status moveDeal(const QByteArray &dealId, const QByteArray &stageId);
    // The stage a deal is in now (as stored).
    Result<QByteArray> stageOf(const QByteArray &dealId) const;

    QModelIndex stageIndex(const QByteArray &stageId) const;
    QModelIndex dealIndex(const QByteArray &dealId) const;
    const QList<Stage> &allStages() const { return m_pipeline.stages; } // incl. won and lost

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Drag and drop of cards between columns: the deal ids travel as MimeType.
    static constexpr const char *MimeType = "application/x-crm-deal-ids";
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // A drop on a column or on one of its cards moves the deals into that column.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    // The last error of a move made through a drop (a lost stage needs a reason, …).
    const Error &lastDropError() const { return m_dropError; }

signals:
    // A move through a drop was refused; the view tells the user.
    void moveFailed(const crm::core::Error &error);
    // A drop moved a deal from one stage to another (the view puts it on the undo stack).
    void dropped(const QByteArray &dealId, const QByteArray &fromStageId,
                 const QByteArray &toStageId);

private:
    struct Card
    {
        QByteArray id;
        qint64 rid = 0;
        QString title;
        QString company;
        qint64 amount = 0;
        QString currency;
        qint64 weighted = 0;
        int probability = 0;
        QString expectedClose; // as stored, the sort key
        QString owner;
        qint64 stageSince = 0;
        qint64 createdAt = 0;
        qint64 lastActivity = 0; // the latest linked activity's time; 0: none
    };
    struct Totals
    {
        qint64 count = 0;
        qint64 amount = 0;
        qint64 weighted = 0;
    };
    struct Column
    {
        Stage stage;
        qint64 count = 0;
        QHash<QString, Totals> byCurrency;
        QList<Card> cards;
        bool complete = false; // every card of the stage is loaded
    };

    Status load();
    Status loadTotals();
    Result<QList<Card>> fetchCards(const Column &column, const Card *after, int limit) const;
    Result<Card> fetchCard(const QByteArray &dealId) const;
    QString filterSql(QVariantList &binds) const;
    int columnOf(const QByteArray &stageId) const;
    // Why a card is stale (past its stage's limit, or no activity for that long); empty if not.
    QString staleReason(const Column &column, const Card &card) const;
    static bool before(const Card &a, const Card &b);
    static Card cardFrom(const QSqlQuery &q); // a row of kCardColumns

    DatabasePtr m_db;
    Pipeline m_pipeline;
    Filter m_filter;
    QList<Column> m_columns;
    std::function<qint64()> m_now;
    bool m_fetching = false;
    Error m_dropError;
};

} // namespace crm::core
