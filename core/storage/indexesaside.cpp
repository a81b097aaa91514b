// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexesaside.h"

#include "common/logging.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace crm::core {

namespace {

const QString KeyPrefix = QStringLiteral("index_aside:");
const QString OwnerKey = QStringLiteral("indexes_aside_by"); // the process id of the loader

// The first key after every "index_aside:…" one.
QString keyEnd()
{
    return KeyPrefix.left(KeyPrefix.size() - 1) + QChar(u':' + 1);
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(QChar(u'"'), QStringLiteral("\"\"")) + u'"';
}

// Whether the process that set the indexes aside is still running (and may still load).
bool ownerRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

const QStringList &IndexesAside::contactIndexes()
{
    static const QStringList names = {
        QStringLiteral("contacts_by_name"),  QStringLiteral("contacts_by_company"),
        QStringLiteral("contacts_by_email"), QStringLiteral("contacts_by_phone"),
        QStringLiteral("contacts_by_city"),  QStringLiteral("contacts_birthday_day"),
        QStringLiteral("contacts_company"),  QStringLiteral("contact_emails_key"),
        QStringLiteral("contact_phones_key")};
    return names;
}

bool IndexesAside::worthIt(qint64 existing, qint64 adding)
{
    return adding >= 20000 && adding * 8 >= existing + adding;
}

Result<bool> IndexesAside::worthItForContacts(QSqlDatabase db, qint64 adding)
{
    auto existing = sql::scalar(db, QStringLiteral("SELECT max(rid) FROM contacts"));
    if (!existing)
        return existing.error();
    return worthIt(existing->toLongLong(), adding);
}

IndexesAside::IndexesAside(QSqlDatabase db, const QStringList &names)
    : m_db(std::move(db))
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        m_begun = tx.begun();
        return;
    }
    QSqlQuery read(m_db);
    QSqlQuery record(m_db);
    QStringList done;
    for (const QString &name : names) {
        read.prepare(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ? AND sql IS NOT NULL"));
        read.addBindValue(name);
        if (auto s = sql::run(read, QStringLiteral("reading an index")); !s) {
            m_begun = s;
            return;
        }
        if (!read.next())
            continue; // aside already (another load) or not in this schema
        const QString create = read.value(0).toString();
        read.finish();
        record.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
        record.addBindValue(QString(KeyPrefix + name));
        record.addBindValue(create);
        if (auto s = sql::run(record, QStringLiteral("recording an index set aside")); !s) {
            m_begun = s;
            return;
        }
        if (auto s = sql::exec(m_db, u"DROP INDEX " + quoted(name)); !s) {
            m_begun = s;
            return;
        }
        done << name;
    }
    if (!done.isEmpty()) {
        record.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
        record.addBindValue(OwnerKey);
        record.addBindValue(qint64(QCoreApplication::applicationPid()));
        if (auto s = sql::run(record, QStringLiteral("recording an index set aside")); !s) {
            m_begun = s;
            return;
        }
    }
    if (auto s = tx.commit(); !s) {
        m_begun = s;
        return;
    }
    m_names = done;
}

IndexesAside::~IndexesAside()
{
    if (m_restored || m_names.isEmpty())
        return;
    if (auto s = restore(); !s)
        qCWarning(lcStorage).noquote()
            << "building the indexes set aside failed; the next start tries again:"
            << s.error().message();
}

Status IndexesAside::restore(const std::function<void(int, int)> &progress)
{
    if (auto s = build(m_db, m_names, progress); !s)
        return s; // the destructor tries again, and else the next start
    m_restored = true;
    return {};
}

Result<QStringList> IndexesAside::aside(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // meta's key is its primary key: the prefix is a range of it.
    q.prepare(QStringLiteral("SELECT substr(key, ?) FROM meta WHERE key >= ? AND key < ?"
                             " ORDER BY key"));
    q.addBindValue(KeyPrefix.size() + 1);
    q.addBindValue(KeyPrefix);
    q.addBindValue(keyEnd());
    if (auto s = sql::run(q, QStringLiteral("reading the indexes set aside")); !s)
        return s.error();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<bool> IndexesAside::isAside(QSqlDatabase db, const QString &name)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT 1 FROM meta WHERE key = ?"),
                         {QVariant(KeyPrefix + name)});
    if (!v)
        return v.error();
    return v->isValid();
}

Status IndexesAside::restoreAll(QSqlDatabase db, const std::function<void(int, int)> &progress)
{
    auto names = aside(db);
    if (!names)
        return names.error();
    return build(db, names.value(), progress);
}

Status IndexesAside::build(QSqlDatabase db, const QStringList &names,
                           const std::function<void(int, int)> &progress)
{
    const int total = int(names.size());
    int done = 0;
    for (const QString &name : names) {
        // One index per transaction: a crash part-way keeps what was built.
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        auto create = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                                  {QVariant(KeyPrefix + name)});
        if (!create)
            return create.error();
        if (create->isValid()) { // else another connection built it meanwhile
            auto exists = sql::scalar(
                db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"),
                {QVariant(name)});
            if (!exists)
                return exists.error();
            if (!exists->isValid()) {
                if (auto s = sql::exec(db, create->toString()); !s)
                    return s;
            }
            QSqlQuery forget(db);
            forget.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
            forget.addBindValue(QString(KeyPrefix + name));
            if (auto s = sql::run(forget, QStringLiteral("building an index set aside")); !s)
                return s;
        }
        if (done + 1 == total) {
            // The owner goes with the last index recorded, whoever set it aside.
            QSqlQuery owner(db);
            owner.prepare(QStringLiteral("DELETE FROM meta WHERE key = ? AND NOT EXISTS (SELECT 1 "
                                         "FROM meta WHERE key >= ? AND key < ?)"));
            owner.addBindValue(OwnerKey);
            owner.addBindValue(KeyPrefix);
            owner.addBindValue(keyEnd());
            if (auto s = sql::run(owner, QStringLiteral("building an index set aside")); !s)
                return s;
        }
        if (auto s = tx.commit(); !s)
            return s;
        ++done;
        if (progress)
            progress(done, total);
    }
    return {};
}

Result<int> IndexesAside::leftBehind(QSqlDatabase db)
{
    auto names = aside(db);
    if (!names)
        return names.error();
    if (names->isEmpty())
        return 0;
    auto owner = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                             {QVariant(OwnerKey)});
    if (!owner)
        return owner.error();
    if (owner->isValid() && ownerRunning(owner->toLongLong()))
        return 0; // a load still running: it builds them when it ends
    return int(names->size());
}

Status IndexesAside::recover(QSqlDatabase db,
                             const std::function<void(int done, int total)> &progress)
{
    auto left = leftBehind(db);
    if (!left)
        return left.error();
    if (left.value() == 0)
        return {};
    qCInfo(lcStorage).noquote() << "building" << left.value()
                                << "indexes an interrupted bulk load set aside";
    return restoreAll(db, progress);
}

} // namespace crm::core
