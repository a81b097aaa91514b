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

// The default pipeline every database is created with. Its ids are fixed, so two laptops
// seeding it independently hold one pipeline, not two: the rows are written without
// change-log entries (like the schema itself), and the first edit of a seeded row is an
// ordinary captured field change that the server accepts for these ids (SyncService::place).
//
// Ids are global on a server and a record belongs to one team, so each team has a seed of
// its own: ids derived from the team's name (pipelineId(team), stageId(i, team)), written
// uncaptured like the migration's seed when a laptop learns its team. A laptop not yet
// signed in holds the team-less seed of the migration; PipelineRepository::adoptTeam()
// moves it, and the deals and history pointing at it, to the team's seed. Every seed id is
// a UUIDv7 with time 0, which Uuid::createV7() never makes: the team-less ones
// 00000000-0000-7000-8000-0000000001xx, a team's 00000000-0000-7001-80hh-hhhhhhhhhhxx
// (hh: a hash of the team's name; xx: 00 the pipeline, 01–06 the stages).
namespace DefaultPipeline {
QByteArray pipelineId(const QString &team = {});
// 0..5: Research, Qualified, Proposal sent, Negotiation, Won, Lost
QByteArray stageId(int index, const QString &team = {});
// True for the id of a seeded pipeline or stage, team-less or of any team.
bool isSeeded(const QByteArray &id);
// True for a team-less seeded id, or one of `team`'s seed.
bool isSeededFor(const QByteArray &id, const QString &team);
// True for a team-less seeded id (the migration's).
bool isTeamless(const QByteArray &id);
// A team-less seeded id as the team's seed holds it; any other id as it is.
QByteArray forTeam(const QByteArray &id, const QString &team);
// The seeded (English, untranslated) name of a seeded row, or an empty string.
QString seededName(const QByteArray &id);
// The seed as written before anyone edits it: the pipeline with its six stages.
Pipeline seed(const QString &team = {});
} // namespace DefaultPipeline

} // namespace crm::core
