// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline.h"

#include <QCoreApplication>

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

QByteArray pipelineId()
{
    return seedId(0x00);
}

QByteArray stageId(int index)
{
    return seedId(quint8(0x01 + index));
}

bool isSeeded(const QByteArray &id)
{
    return !seededName(id).isEmpty();
}

QString seededName(const QByteArray &id)
{
    if (id.size() != 16 || id.left(15) != seedId(0).left(15))
        return {};
    for (const Seed &s : kSeeds) {
        if (quint8(id[15]) == s.last)
            return QString::fromLatin1(s.name);
    }
    return {};
}

} // namespace DefaultPipeline

} // namespace crm::core
