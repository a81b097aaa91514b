// SPDX-License-Identifier: GPL-3.0-or-later
#include "taglinks.h"

#include "common/uuid.h"
#include "search/textfolder.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>

namespace crm::core::TagLinks {

Result<QByteArray> tagId(QSqlDatabase &db, const QString &name)
{
    const QString key = TextFolder::fold(name);
    auto found = sql::scalar(
        db,
        QStringLiteral("SELECT id FROM tags WHERE local_key = ? AND deleted = 0 ORDER BY id "
                       "LIMIT 1"),
        {key});
    if (!found)
        return found.error();
    if (found->isValid())
        return found->toByteArray();
    const QByteArray id = Uuid::createV7();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO tags(id, name, color, deleted, local_key) VALUES (?, ?, '', 0, ?)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(key);
    if (auto s = sql::run(q, QStringLiteral("creating a tag")); !s)
        return s.error();
    return id;
}

Result<QStringList> load(QSqlDatabase &db, const QString &linkTable, const QString &column,
                         const QByteArray &recordId)
{
    QSqlQuery t(db);
    t.prepare(u"SELECT t.name FROM " + linkTable + u" l JOIN tags t ON t.id = l.tag_id WHERE l." +
              column + u" = ? AND l.deleted = 0 ORDER BY t.local_key");
    t.addBindValue(recordId);
    if (!t.exec())
        return sql::error(t, QStringLiteral("loading tags"));
    QStringList out;
    while (t.next())
        out << t.value(0).toString();
    return out;
}

Status save(QSqlDatabase &db, const QString &linkTable, const QString &column,
            const QByteArray &recordId, const QStringList &wanted)
{
    QSqlQuery links(db);
    links.prepare(u"SELECT l.id, t.local_key, l.deleted FROM " + linkTable +
                  u" l JOIN tags t ON t.id = l.tag_id WHERE l." + column + u" = ?");
    links.addBindValue(recordId);
    if (!links.exec())
        return sql::error(links, QStringLiteral("loading tags"));
    QHash<QString, QPair<QByteArray, bool>> byKey;
    while (links.next()) {
        const QString key = links.value(1).toString();
        if (!byKey.contains(key) || !links.value(2).toBool())
            byKey.insert(key, {links.value(0).toByteArray(), links.value(2).toBool()});
    }
    QStringList wantedKeys;
    for (const QString &t : wanted)
        wantedKeys << TextFolder::fold(t);
    QSqlQuery setTag(db);
    setTag.prepare(u"UPDATE " + linkTable + u" SET deleted = ? WHERE id = ?");
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const bool want = wantedKeys.contains(it.key());
        if (want == !it->second)
            continue;
        setTag.addBindValue(want ? 0 : 1);
        setTag.addBindValue(it->first);
        if (auto s = sql::run(setTag, QStringLiteral("saving tags")); !s)
            return s;
    }
    QSqlQuery addTag(db);
    addTag.prepare(u"INSERT INTO " + linkTable + u"(id, " + column +
                   u", tag_id, deleted) VALUES (?, ?, ?, 0)");
    for (int i = 0; i < wanted.size(); ++i) {
        if (byKey.contains(wantedKeys[i]))
            continue;
        auto tag = tagId(db, wanted[i]);
        if (!tag)
            return tag.error();
        byKey.insert(wantedKeys[i], {});
        addTag.addBindValue(Uuid::createV7());
        addTag.addBindValue(recordId);
        addTag.addBindValue(tag.value());
        if (auto s = sql::run(addTag, QStringLiteral("tagging")); !s)
            return s;
    }
    return {};
}

} // namespace crm::core::TagLinks
