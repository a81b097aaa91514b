// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "search/textfolder.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"

#include <QHash>
#include <QSqlQuery>

namespace crm::core::SearchIndex {

namespace {

// The forms of a field. Names, cities, titles and companies repeat a lot, and their ICU
// transliterations are the costliest part of indexing a contact: keep the recent ones.
QString forms(const QString &text)
{
    if (TextFolder::isAscii(text)) // lower case is all it takes: not worth a cache entry
        return TextFolder::indexForms(text);
    thread_local QHash<QString, QString> cache;
    if (auto it = cache.constFind(text); it != cache.constEnd())
        return *it;
    QString f = TextFolder::indexForms(text);
    if (cache.size() > 50000)
        cache.clear();
    cache.insert(text, f);
    return f;
}

void append(QString &out, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty())
        out += u' ';
    out += forms(text);
}

QString table(Kind kind)
{
    switch (kind) {
    case Kind::Contact:
        return QStringLiteral("contacts_fts");
    case Kind::Company:
        return QStringLiteral("companies_fts");
    case Kind::Deal:
        return QStringLiteral("deals_fts");
    }
    return {};
}

} // namespace

QString contactText(const Contact &c)
{
    QString t;
    append(t, c.firstName);
    append(t, c.lastName);
    append(t, c.title);
    append(t, c.companyName);
    for (const EmailAddress &e : c.emails)
        append(t, e.address);
    for (const PhoneNumber &p : c.phones) {
        const QString forms = TextFolder::phoneForms(p.number);
        if (!forms.isEmpty())
            t += u' ' + forms;
    }
    append(t, c.city);
    append(t, c.country);
    for (const QString &tag : c.tags)
        append(t, tag);
    append(t, c.customText);
    return t;
}

QString companyText(const Company &c)
{
    QString t;
    append(t, c.name);
    append(t, c.industry);
    append(t, c.website);
    append(t, c.city);
    append(t, c.country);
    const QString forms = TextFolder::phoneForms(c.phone);
    if (!forms.isEmpty())
        t += u' ' + forms;
    for (const QString &tag : c.tags)
        append(t, tag);
    append(t, c.customText);
    return t;
}

QString dealText(const QString &title)
{
    QString t;
    append(t, title);
    return t;
}

QString matchExpression(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (TextFolder::looksLikePhone(trimmed)) {
        QString d = TextFolder::digits(trimmed);
        if (d.startsWith(u"00") && d.size() > 4)
            d = d.mid(2); // international call prefix: 00371 … is +371 …
        else if (d.startsWith(u'0') && d.size() > 4) // national trunk prefix: 07700 … is +44 7700 …
            return u"(\"" + d + u"\"* OR \"" + d.mid(1) + u"\"*)";
        return u'"' + d + u"\"*";
    }
    const QString folded = TextFolder::fold(trimmed);
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << u'"' + word + u"\"*";
        word.clear();
    };
    for (QChar c : folded) {
        // The same split as the unicode61 tokenizer: letters and digits make words.
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

QString tableName(Kind kind)
{
    return table(kind);
}

Status put(QSqlDatabase &db, Kind kind, qint64 rid, const QString &text)
{
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM " + table(kind) + u" WHERE rowid = ?");
    del.addBindValue(rid);
    if (!del.exec())
        return sql::error(del, QStringLiteral("updating the search index"));
    QSqlQuery ins(db);
    ins.prepare(u"INSERT INTO " + table(kind) + u"(rowid, text) VALUES (?, ?)");
    ins.addBindValue(rid);
    ins.addBindValue(text);
    if (!ins.exec())
        return sql::error(ins, QStringLiteral("updating the search index"));
    return {};
}

Status remove(QSqlDatabase &db, Kind kind, qint64 rid)
{
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM " + table(kind) + u" WHERE rowid = ?");
    del.addBindValue(rid);
    if (!del.exec())
        return sql::error(del, QStringLiteral("updating the search index"));
    return {};
}

Status forEachMatch(sqlite3 *handle, const QString &ftsTable, const QString &match,
                    const std::function<void(qint64)> &each)
{
    SqliteStatement scan;
    if (auto s = scan.prepare(handle, u"SELECT rowid FROM " + ftsTable + u" WHERE " + ftsTable +
                                          u" MATCH ?1");
        !s)
        return s;
    scan.bindText(1, match);
    for (;;) {
        auto row = scan.next(QStringLiteral("searching"));
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        each(scan.columnInt(0));
    }
}

Status rebuildDeals(QSqlDatabase &db)
{
    if (auto s = sql::exec(db, QStringLiteral("DELETE FROM deals_fts")); !s)
        return s;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT rid, title FROM deals WHERE deleted = 0")))
        return sql::error(read, QStringLiteral("indexing the deals"));
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO deals_fts(rowid, text) VALUES (?, ?)"));
    while (read.next()) {
        const QString text = dealText(read.value(1).toString());
        if (text.isEmpty())
            continue;
        ins.addBindValue(read.value(0));
        ins.addBindValue(text);
        if (!ins.exec())
            return sql::error(ins, QStringLiteral("indexing the deals"));
    }
    return {};
}

} // namespace crm::core::SearchIndex
