// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace crm::core {

namespace {

// 00000000-0000-7000-8000-0000000001xx: a UUIDv7 with time 0, which createV7() never makes.
QByteArray seedId(quint8 last)
{
    QByteArray id(16, '\0');
    id[6] = char(0x70);
    id[8] = char(0x80);
    id[14] = char(0x01);
    id[15] = char(last);
    return id;
}

// 00000000-0000-7001-80hh-hhhhhhhhhhxx: time 0 as well; hh are the first 6 bytes of the
// SHA-256 of the team's name, so two teams' seeds never meet.
QByteArray teamSeedId(const QString &team, quint8 last)
{
    if (team.isEmpty())
        return seedId(last);
    const QByteArray name = QByteArrayLiteral("crm.pipeline.seed\0") + team.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(name, QCryptographicHash::Sha256);
    QByteArray id(16, '\0');
    id[6] = char(0x70);
    id[7] = char(0x01);
    id[8] = char(0x80);
    for (int i = 0; i < 6; ++i)
        id[9 + i] = hash[i];
    id[15] = char(last);
    return id;
}

// Time 0, version 7: a seed's id, team-less or a team's.
bool seedForm(const QByteArray &id)
{
    return id.size() == 16 && id.startsWith(QByteArray(6, '\0')) && quint8(id[6]) == 0x70 &&
           quint8(id[8]) == 0x80;
}

struct Seed
{
    quint8 last;
    const char *name;
};

const Seed kSeeds[] = {
    {0x00, QT_TRANSLATE_NOOP("crm::core::Pipeline", "Sales")},
    {0x01, QT_TRANSLATE_NOOP("crm::core::Pipeline", "Research")},
    {0x02, QT_TRANSLATE_NOOP("crm::core::Pipeline", "Qualified")},
    {0x03, QT_TRANSLATE_NOOP("crm::core::Pipeline", "Proposal sent")},
    {0x04, QT_TRANSLATE_NOOP("crm::core::Pipeline", "Negotiation")},
    {0x05, QT_TRANSLATE_NOOP("crm::core::Pipeline", "Won")},
    {0x06, QT_TRANSLATE_NOOP("crm::core::Pipeline", "Lost")},
};

QString shown(const QByteArray &id, const QString &name)
{
    const QString seeded = DefaultPipeline::seededName(id);
    if (!seeded.isEmpty() && seeded == name)
        return QCoreApplication::translate("crm::core::Pipeline", name.toUtf8().constData());
    return name;
}

} // namespace

QString outcomeKey(StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Open:
        return QStringLiteral("open");
    case StageOutcome::Won:
        return QStringLiteral("won");
    case StageOutcome::Lost:
        return QStringLiteral("lost");
    }
    return QStringLiteral("open");
}

bool parseOutcome(const QString &key, StageOutcome *outcome)
{
    for (StageOutcome o : {StageOutcome::Open, StageOutcome::Won, StageOutcome::Lost}) {
        if (outcomeKey(o) == key) {
            *outcome = o;
            return true;
        }
    }
    return false;
}

QString Stage::displayName() const
{
    return shown(id, name);
}

QString Pipeline::displayName() const
{
    return shown(id, name);
}

namespace DefaultPipeline {

QByteArray pipelineId(const QString &team)
{
    return teamSeedId(team, 0x00);
}

QByteArray stageId(int index, const QString &team)
{
    return teamSeedId(team, quint8(0x01 + index));
}

bool isSeeded(const QByteArray &id)
{
    return !seededName(id).isEmpty();
}

bool isTeamless(const QByteArray &id)
{
    return isSeeded(id) && id.left(15) == seedId(0).left(15);
}

bool isSeededFor(const QByteArray &id, const QString &team)
{
    return isTeamless(id) || (isSeeded(id) && id == teamSeedId(team, quint8(id[15])));
}

QByteArray forTeam(const QByteArray &id, const QString &team)
{
    return isTeamless(id) ? teamSeedId(team, quint8(id[15])) : id;
}

QString seededName(const QByteArray &id)
{
    if (!seedForm(id))
        return {};
    for (const Seed &s : kSeeds) {
        if (quint8(id[15]) == s.last)
            return QString::fromLatin1(s.name);
    }
    return {};
}

Pipeline seed(const QString &team)
{
    struct StageSeed
    {
        int probability;
        std::optional<int> staleDays;
        StageOutcome outcome;
    };
    const StageSeed stages[] = {
        {10, 30, StageOutcome::Open}, {25, 30, StageOutcome::Open}, {50, 21, StageOutcome::Open},
        {75, 14, StageOutcome::Open}, {100, {}, StageOutcome::Won}, {0, {}, StageOutcome::Lost},
    };
    Pipeline p;
    p.id = pipelineId(team);
    p.name = seededName(p.id);
    for (int i = 0; i < 6; ++i) {
        Stage s;
        s.id = stageId(i, team);
        s.pipelineId = p.id;
        s.name = seededName(s.id);
        s.position = i;
        s.probability = stages[i].probability;
        s.staleAfterDays = stages[i].staleDays;
        s.outcome = stages[i].outcome;
        p.stages << s;
    }
    return p;
}

} // namespace DefaultPipeline

} // namespace crm::core
