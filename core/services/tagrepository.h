// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace crm::core {

struct TagInfo
{
    QByteArray id;
    QString name;
    QString color; // "#rrggbb", or "" for the default look
    int uses = 0;  // live links from contacts, companies and deals
};

// The tags themselves (Settings ▸ Tags…): list with their use, rename, recolour, merge two,
// delete. Every write is captured like any synced field; links are child rows
// (contact_tags, company_tags, deal_tags), so merge moves them by their tag_id.
class TagRepository
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::TagRepository)

public:
    explicit TagRepository(DatabasePtr db);

    Result<QList<TagInfo>> list() const; // live tags by name
    // Colours of tags by folded name, for chips and list cells.
    Result<QHash<QString, QString>> colors() const;
    // A name another live tag has (folded alike) is refused: merge them instead.
    Status rename(const QByteArray &id, const QString &name);
    // "#rrggbb" or "" (the default look).
    Status setColor(const QByteArray &id, const QString &color);
    // Moves every link of `from` to `into` (a record tagged with both keeps one) and deletes
    // `from`.
    Status merge(const QByteArray &from, const QByteArray &into);
    // Deletes the tag and its links, softly.
    Status remove(const QByteArray &id);

    // A palette of distinct, readable chip colours.
    static QStringList palette();

private:
    DatabasePtr m_db;
};

} // namespace crm::core
