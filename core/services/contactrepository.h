// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"
#include "storage/database.h"

#include <QList>

#include <functional>
#include <memory>
#include <utility>

namespace crm::core {

// Contacts with their e-mails, phones and tags (child rows). Every write is validated and
// runs in one transaction together with its captured changes, the derived list columns and
// the search entry. Safe to use from any thread (uses that thread's connection).
class ContactRepository
{
public:
    explicit ContactRepository(DatabasePtr db);

    Result<QByteArray> create(Contact contact);
    // Many contacts in batched transactions with prepared statements (demo data, imports,
    // benchmarks). `progress(done)` may return false to cancel; finished batches stay.
    // A contact that comes with a valid id keeps it (the caller must make it unique).
    // Called inside an open transaction, it writes into that one (no savepoint): on an
    // error the caller must roll back.
    Result<int> createMany(const QList<Contact> &contacts, int batchSize = 1000,
                           const std::function<bool(int)> &progress = {});
    Result<Contact> get(const QByteArray &id) const;
    // Saves what differs from the stored record; an unchanged contact writes nothing.
    Status update(const Contact &contact);
    // Updates many contacts in one transaction (or inside the caller's, as createMany) with the
    // statements prepared once: `edit(stored, &edited)` changes each loaded contact and
    // returns false to leave it alone. Returns how many were edited (an import's updates).
    Result<int> updateEach(const QList<QByteArray> &ids,
                           const std::function<bool(const Contact &, Contact *)> &edit);

    // updateEach() in two halves, so the next contacts can be read and edited on one
    // connection (and thread) while those before them are written on another (an import's
    // updates): a Reader loads contacts as stored, updateLoaded() saves edited ones over what
    // was read. What was read is valid only while nothing else has written those contacts
    // since (the caller checks, as with readDerived()).
    struct Loaded
    {
        Contact contact;    // with its photo and custom values, as load() reads it
        QString columns[3]; // its row's derived sort name, first e-mail and first phone
    };
    class Reader
    {
    public:
        explicit Reader(QSqlDatabase db); // a connection of the calling thread
        ~Reader();
        Reader(const Reader &) = delete;
        Reader &operator=(const Reader &) = delete;
        // The contact, or NotFound.
        Result<Loaded> load(const QByteArray &id);

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };
    // Saves each edited contact (normalized and validated here) over what its Loaded says is
    // stored; in the caller's transaction or one of its own. Returns how many were saved.
    Result<int> updateLoaded(const QList<std::pair<Loaded, Contact>> &edits);
    Status remove(const QByteArray &id);               // soft delete
    Status restore(const QByteArray &id);              // undo of remove
    Result<QList<Contact>> list(int limit = -1) const; // live contacts by name
    Result<QList<Contact>> ofCompany(const QByteArray &companyId) const;
    Result<int> count() const;
    // Every live contact with its e-mails, phones, tags and non-empty custom values, in creation
    // order, a page at a time (a million contacts stream in constant memory). `visit` may return
    // false to stop.
    Status forEach(const std::function<bool(const Contact &)> &visit, int pageSize = 2000) const;

    // Refreshes the derived columns and search entries of the contacts of a company
    // (after it was renamed, deleted or restored).
    static Status refreshCompanyContacts(QSqlDatabase &db, const QByteArray &companyId);
    // Recomputes a contact's local-only columns (sort name, company name, first e-mail and
    // phone) and its search entry from its stored fields — after sync wrote them directly.
    // A missing contact is not an error (its creation has not arrived yet).
    static Status refreshDerived(QSqlDatabase &db, const QByteArray &contactId);
    static Status refreshDerived(QSqlDatabase &db, const QList<QByteArray> &contactIds);

    // refreshDerived in two halves, so a batch can be read and computed on one connection
    // (and thread) while the batch before it is written on another: readDerived() reads what
    // the derived columns and the search entry are made of and computes them; writeDerived()
    // writes what differs. Their result is valid only while nothing else has written the
    // contacts since it was read (the caller checks; refreshDerived() is both in a row).
    struct Derived
    {
        QByteArray id;
        qint64 rid = 0;
        bool deleted = false;
        bool columnsChanged = false; // the four derived columns below differ from the stored
        QString columns[4];          // sort name, company name, first e-mail, first phone
        bool indexChanged = false;   // the search entry differs from `text`
        QString text;
    };
    static Result<QList<Derived>> readDerived(QSqlDatabase &db,
                                              const QList<QByteArray> &contactIds);
    static Status writeDerived(QSqlDatabase &db, const QList<Derived> &rows);

private:
    Status setDeleted(const QByteArray &id, bool deleted);
    DatabasePtr m_db;
};

} // namespace crm::core
