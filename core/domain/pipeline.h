// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace crm::core {

// Where a stage leads: an open stage keeps the deal on the board; won and lost close it.
enum class StageOutcome
{
    Open,
    Won,
    Lost
};
QString outcomeKey(StageOutcome outcome); // "open", "won", "lost"
bool parseOutcome(const QString &key, StageOutcome *outcome);

// One column of a pipeline's board.
struct Stage
{
    QByteArray id;
    QByteArray pipelineId;
    QString name;
    int position = 0;
    int probability = 0;               // default probability of its deals, 0–100
    std::optional<int> staleAfterDays; // a deal in it longer than this is stale
    StageOutcome outcome = StageOutcome::Open;
    bool deleted = false;

    // The name to show: a seeded stage still holding its seeded English name is shown
    // translated; a name someone typed is shown as typed.
    QString displayName() const;
};

struct Pipeline
{
    QByteArray id;
    QString name;
    int position = 0;
    bool deleted = false;
    QList<Stage> stages; // by position, when loaded with them

    QString displayName() const;
};

// The default pipeline every database is created with. Its ids are fixed and the same on
// every laptop, so two laptops seeding it independently hold one pipeline, not two: the
// rows are written by the migration without change-log entries (like the schema itself),
// and the first edit of a seeded row is an ordinary captured field change that the server
// accepts for these ids (see SyncService::place).
namespace DefaultPipeline {
QByteArray pipelineId();
QByteArray stageId(int index); // 0..5: Research, Qualified, Proposal sent, Negotiation, Won, Lost
// True for the id of a seeded pipeline or stage.
bool isSeeded(const QByteArray &id);
// The seeded (English, untranslated) name of a seeded row, or an empty string.
QString seededName(const QByteArray &id);
} // namespace DefaultPipeline

} // namespace crm::core
