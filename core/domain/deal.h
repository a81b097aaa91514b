// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/customfield.h"
#include "domain/pipeline.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crm::core {

// A person on a deal and what they are to it ("decision maker", "champion", …).
struct DealContact
{
    QByteArray id; // the child row; empty until stored
    QByteArray contactId;
    QString role;
    QString contactName; // read-only: the contact's name when loaded
    friend bool operator==(const DealContact &a, const DealContact &b)
    {
        return a.contactId == b.contactId && a.role == b.role;
    }
};

// One move of a deal from a stage to another (from is empty for the first stage).
struct StageChange
{
    QByteArray id;
    QByteArray dealId;
    QByteArray fromStageId;
    QByteArray toStageId;
    qint64 changedAt = 0; // ms since the epoch
    QString changedBy;
};

// An opportunity. Plain value; DealRepository loads and stores it.
struct Deal
{
    QByteArray id;
    qint64 rid = 0;
    QString title;
    QByteArray companyId;
    QString companyName; // read-only
    QList<DealContact> contacts;
    qint64 amount = 0; // in minor units of the currency (cents)
    QString currency = QStringLiteral("EUR");
    QByteArray stageId;
    std::optional<int> probability; // overrides the stage's default when set
    QDate expectedClose;
    QString owner;
    QString visibility = QStringLiteral("team");
    QString source;
    QString nextStep;
    QString lostReason;
    QString notes;
    QStringList tags;
    qint64 wonAt = 0; // ms since the epoch; 0 while not won
    qint64 lostAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool deleted = false;

    // Read-only, derived from the stage when loaded:
    QByteArray pipelineId;
    StageOutcome outcome = StageOutcome::Open;
    int effectiveProbability = 0;
    qint64 weightedAmount = 0; // amount × effective probability, in minor units
    qint64 stageSince = 0;     // when the deal entered its current stage
    // Custom fields, as on Contact.
    CustomValues custom;
};

} // namespace crm::core
