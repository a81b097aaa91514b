// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk edit: set a built-in or custom field, add and remove tags, change the owner, delete —
// on explicit ids or on all rows a list's search matches; captured field by field; undo puts
// back an exact dump; cancel and bad values leave nothing written.
#include "models/contactlistmodel.h"
#include "models/deallistmodel.h"
#include "services/bulkedit.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/dealrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace crm;
using namespace crm::core;

class TestBulkEdit : public QObject
{
    Q_OBJECT

    // Every column but local_updated_at of every row, live child rows and values only (a
    // link added and undone stays as a soft-deleted row: deletes are soft and sync).
    static QStringList dump(const test::TestDatabase &t)
    {
        QStringList out;
        QSqlDatabase db = t.db()->connection();
        const QString statements[] = {
            QStringLiteral("SELECT * FROM contacts ORDER BY rid"),
            QStringLiteral("SELECT * FROM companies ORDER BY rid"),
            QStringLiteral("SELECT * FROM deals ORDER BY rid"),
            QStringLiteral("SELECT contact_id, tag_id FROM contact_tags WHERE deleted = 0 "
                           "ORDER BY contact_id, tag_id"),
            QStringLiteral("SELECT record_id, field_id, value FROM custom_values WHERE deleted = 0 "
                           "AND value <> '' ORDER BY record_id, field_id")};
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (!q.exec(s))
                qFatal("%s", qPrintable(s));
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i) {
                    if (q.record().fieldName(i) != u"local_updated_at")
                        row << q.value(i).toString() + q.value(i).toByteArray().toHex();
                }
                out << row.join(u'|');
            }
        }
        return out;
    }

    static QList<QByteArray> makeContacts(ContactRepository &repo, int n, const QString &city)
    {
        QList<QByteArray> ids;
        for (int i = 0; i < n; ++i) {
            Contact c = test::contact(u"Person"_qs, QString::number(i));
            c.city = city;
            ids << repo.create(c).value();
        }
        return ids;
    }

    // More contacts than one transaction of a bulk edit holds, all matching "all".
    static bool makeMany(const test::TestDatabase &t, int n, const QString &first)
    {
        QList<Contact> many;
        for (int i = 0; i < n; ++i)
            many << test::contact(first, QString::number(i));
        return ContactRepository(t.db()).createMany(many).ok();
    }

private slots:
    void setFieldOnAllMatchingAndUndo()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        const auto riga = makeContacts(contacts, 5, u"Rīga"_qs);
        makeContacts(contacts, 4, u"Tallinn"_qs);
        // One of Riga is a customer already: matched, not changed, not captured.
        Contact already = contacts.get(riga[0]).value();
        already.status = LifecycleStatus::Customer;
        QVERIFY(contacts.update(already).ok());

        ContactListModel list(t.db());
        list.setFilterText(u"riga"_qs);
        QCOMPARE(list.rowCount(), 5);
        BulkTarget target;
        target.query = list.query();
        const QStringList before = dump(t);
        const int changesBefore = t.changeCount();

        BulkEdit bulk(t.db());
        BulkOperation op{BulkOperation::Kind::SetField, u"status"_qs, u"Customer"_qs};
        auto out = bulk.apply(target, op);
        QVERIFY2(out.ok(), qPrintable(out.error().message()));
        QCOMPARE(out->matched, 5);
        QCOMPARE(out->changes.size(), 4);
        // Exactly one captured entry per changed row, for the status column.
        QCOMPARE(t.changeCount() - changesBefore, 4);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM change_log WHERE tbl = 'contacts' AND col = "
                          u"'status' AND new_value = 'customer'"_qs)
                     .toInt(),
                 5); // four now, one by the update above
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE status = 'customer'"_qs).toInt(),
                 5);
        QCOMPARE(
            bulk.describe(CustomEntity::Contact, bulk.prepare(CustomEntity::Contact, op).value()),
            u"Set Status to Customer"_qs);

        // Undo: the exact earlier state; redo: the same change again.
        QVERIFY(bulk.undo(out->edit).ok());
        QCOMPARE(dump(t), before);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE status = 'customer'"_qs).toInt(),
                 1);
        QList<QByteArray> changedIds;
        for (const BulkChange &c : out->changes)
            changedIds << c.id;
        auto again = bulk.redo(out->edit, changedIds);
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        QCOMPARE(again->edit, out->edit);
        QCOMPARE(again->changes.size(), 4);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE status = 'customer'"_qs).toInt(),
                 5);
    }

    // "All matching" a field filter (city:…, with and without a word) reaches exactly the
    // rows the list shows; a filter in error reaches none.
    void setFieldOnAllMatchingAFieldFilter()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        const auto riga = makeContacts(contacts, 3, u"Rīga"_qs);
        makeContacts(contacts, 4, u"Tallinn"_qs);
        BulkEdit bulk(t.db());
        const BulkOperation op{BulkOperation::Kind::SetField, u"title"_qs, u"Buyer"_qs};
        for (const QString &text : {u"city:riga"_qs, u"person city:riga"_qs}) {
            ContactListModel list(t.db());
            list.setFilterText(text);
            QCOMPARE(list.rowCount(), 3);
            BulkTarget target;
            target.query = list.query();
            auto out = bulk.apply(target, op);
            QVERIFY2(out.ok(), qPrintable(out.error().message()));
            QCOMPARE(out->matched, 3);
        }
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE title = 'Buyer'"_qs).toInt(), 3);
        for (const QByteArray &id : riga)
            QCOMPARE(contacts.get(id)->title, u"Buyer"_qs);

        ContactListModel wrong(t.db());
        wrong.setFilterText(u"colour:red"_qs);
        BulkTarget none;
        none.query = wrong.query();
        auto out = bulk.apply(none, BulkOperation{BulkOperation::Kind::Delete, {}, {}});
        if (out.ok())
            QCOMPARE(out->matched, 0);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE deleted = 0"_qs).toInt(), 7);
    }

    void customFieldAndBadValues()
    {
        test::TestDatabase t;
        CustomFieldDefinition def;
        def.entity = CustomEntity::Contact;
        def.key = u"size"_qs;
        def.label = u"Size"_qs;
        def.type = CustomFieldType::Number;
        QVERIFY(CustomFieldRepository(t.db()).add(def).ok());
        ContactRepository contacts(t.db());
        const auto ids = makeContacts(contacts, 3, u"Rīga"_qs);
        const QStringList before = dump(t);
        const int changesBefore = t.changeCount();

        BulkEdit bulk(t.db());
        BulkTarget target;
        target.ids = ids;
        // Bad values are refused naming the field, and nothing is written.
        const std::pair<QString, QString> bad[] = {{u"size"_qs, u"many"_qs},
                                                   {u"status"_qs, u"sleepy"_qs},
                                                   {u"birthday"_qs, u"2999-01-01"_qs},
                                                   {u"nosuch"_qs, u"x"_qs},
                                                   {u"company"_qs, u"No Such Ltd"_qs}};
        for (const auto &[field, value] : bad) {
            auto out = bulk.apply(target, {BulkOperation::Kind::SetField, field, value});
            QVERIFY(!out.ok());
            QCOMPARE(out.error().code, ErrorCode::Invalid);
            QVERIFY2(out.error().message().contains(field), qPrintable(out.error().message()));
        }
        QCOMPARE(t.changeCount(), changesBefore);
        QCOMPARE(dump(t), before);

        auto out = bulk.apply(target, {BulkOperation::Kind::SetField, u"size"_qs, u"250"_qs});
        QVERIFY2(out.ok(), qPrintable(out.error().message()));
        QCOMPARE(out->changes.size(), 3);
        QCOMPARE(contacts.get(ids[1])->custom.value(u"size"_qs), u"250"_qs);
        QCOMPARE(t.changeCount() - changesBefore, 3);
        auto prepared = bulk.prepare(CustomEntity::Contact,
                                     {BulkOperation::Kind::SetField, u"size"_qs, u"250"_qs});
        QCOMPARE(prepared->field, u"custom:size"_qs);
        QVERIFY(bulk.undo(out->edit).ok());
        QCOMPARE(dump(t), before);
    }

    void tagsAreIdempotent()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        const auto ids = makeContacts(contacts, 3, u"Rīga"_qs);
        Contact tagged = contacts.get(ids[0]).value();
        tagged.tags = {u"VIP"_qs};
        QVERIFY(contacts.update(tagged).ok());
        const QStringList before = dump(t);
        BulkEdit bulk(t.db());
        BulkTarget target;
        target.ids = ids;

        const BulkOperation add{BulkOperation::Kind::AddTag, {}, u"vip"_qs};
        auto added = bulk.apply(target, add);
        QVERIFY(added.ok());
        QCOMPARE(added->changes.size(), 2); // the first has it (folded alike)
        QCOMPARE(contacts.get(ids[2])->tags, QStringList{u"VIP"_qs}); // the existing tag
        const int changes = t.changeCount();
        QCOMPARE(bulk.apply(target, add)->changes.size(), 0);
        QCOMPARE(t.changeCount(), changes);
        QVERIFY(bulk.undo(added->edit).ok());
        QCOMPARE(dump(t), before);

        const BulkOperation remove{BulkOperation::Kind::RemoveTag, {}, u"VIP"_qs};
        auto removed = bulk.apply(target, remove);
        QVERIFY(removed.ok());
        QCOMPARE(removed->changes.size(), 1);
        QVERIFY(contacts.get(ids[0])->tags.isEmpty());
        QCOMPARE(bulk.apply(target, remove)->changes.size(), 0);
        QVERIFY(bulk.undo(removed->edit).ok());
        QCOMPARE(dump(t), before);
    }

    void ownerAndDeleteOnCompaniesAndDeals()
    {
        test::TestDatabase t;
        CompanyRepository companies(t.db());
        QList<QByteArray> companyIds;
        for (const QString &name : {u"SIA Koks"_qs, u"AS Tere"_qs})
            companyIds << companies.create(test::company(name, u"Rīga"_qs)).value();
        DealRepository deals(t.db());
        QList<QByteArray> dealIds;
        for (int i = 0; i < 3; ++i)
            dealIds << deals.create(test::deal(u"Deal %1"_qs.arg(i), 100, u"EUR"_qs)).value();
        const QStringList before = dump(t);
        BulkEdit bulk(t.db());

        BulkTarget companyTarget{CustomEntity::Company, companyIds, {}};
        const BulkOperation owner{BulkOperation::Kind::SetOwner, {}, u"Anna"_qs};
        auto out = bulk.apply(companyTarget, owner);
        QVERIFY(out.ok());
        QCOMPARE(out->changes.size(), 2);
        QCOMPARE(companies.get(companyIds[1])->owner, u"Anna"_qs);
        QVERIFY(bulk.undo(out->edit).ok());
        // Companies' status is a settable field; a value outside the list is refused.
        const BulkOperation status{BulkOperation::Kind::SetField, u"status"_qs, u"customer"_qs};
        auto statused = bulk.apply(companyTarget, status);
        QVERIFY2(statused.ok(), qPrintable(statused.error().message()));
        QCOMPARE(statused->changes.size(), 2);
        QCOMPARE(companies.get(companyIds[0])->status, LifecycleStatus::Customer);
        QVERIFY(!bulk.apply(companyTarget, {BulkOperation::Kind::SetField, u"status"_qs, u"vip"_qs})
                     .ok());
        QVERIFY(bulk.undo(statused->edit).ok());
        QCOMPARE(companies.get(companyIds[0])->status, LifecycleStatus::Lead);

        // All deals of the list ("deals d" with positional binds), moved by stage name.
        DealListModel list(t.db());
        list.setFilterText(u"deal"_qs);
        BulkTarget dealTarget;
        dealTarget.entity = CustomEntity::Deal;
        dealTarget.query = list.query();
        const BulkOperation stage{BulkOperation::Kind::SetField, u"stage"_qs, u"Negotiation"_qs};
        auto moved = bulk.apply(dealTarget, stage);
        QVERIFY2(moved.ok(), qPrintable(moved.error().message()));
        QCOMPARE(moved->changes.size(), 3);
        QCOMPARE(deals.get(dealIds[0])->stageId, DefaultPipeline::stageId(3));
        // A lost stage needs a reason per deal: refused.
        auto lost =
            bulk.apply(dealTarget, {BulkOperation::Kind::SetField, u"stage"_qs, u"Lost"_qs});
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().field, u"stage"_qs);
        QVERIFY(
            !bulk.apply(dealTarget, {BulkOperation::Kind::SetField, u"probability"_qs, u"200"_qs})
                 .ok());
        QVERIFY(bulk.undo(moved->edit).ok());
        QCOMPARE(deals.get(dealIds[0])->stageId, DefaultPipeline::stageId(0));

        const BulkOperation del{BulkOperation::Kind::Delete, {}, {}};
        auto deleted = bulk.apply(companyTarget, del);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted->changes.size(), 2);
        QCOMPARE(companies.count().value(), 0);
        QVERIFY(bulk.undo(deleted->edit).ok());
        QCOMPARE(companies.count().value(), 2);
        // The deals went through moves and back (their stage history grows); the companies
        // are exactly as they were.
        QStringList companiesBefore = before.filter(u"SIA Koks"_qs);
        QCOMPARE(dump(t).filter(u"SIA Koks"_qs), companiesBefore);
    }

    void cancelLeavesNothing()
    {
        test::TestDatabase t;
        QVERIFY(makeMany(t, BulkEdit::BatchSize + 500, u"Bulk"_qs));
        const QStringList before = dump(t);
        BulkEdit bulk(t.db());
        BulkTarget all;
        all.query = ContactListModel(t.db()).query();
        qint64 seen = 0;
        // Cancelled in the second batch: the first is committed by then, and undone.
        auto out = bulk.apply(all, {BulkOperation::Kind::SetField, u"city"_qs, u"Rīga"_qs},
                              [&](qint64 done, qint64 total) {
                                  seen = done;
                                  Q_UNUSED(total);
                                  return done < BulkEdit::BatchSize + 200;
                              });
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::Cancelled);
        QVERIFY(seen > BulkEdit::BatchSize);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE city = 'Rīga'"_qs).toInt(), 0);
        QCOMPARE(dump(t), before);
        // Nothing changed, so nothing is recorded to undo.
        QVERIFY(bulk.history()->isEmpty());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM bulk_edit_items"_qs).toInt(), 0);
    }

    // After a restart (another Database on the file): the edit is listed and its undo puts
    // back every row except those changed since — a later edit and a deleted record stay.
    void undoAfterARestartLeavesWhatChangedSince()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        const auto ids = makeContacts(contacts, 6, u"Rīga"_qs);
        const QStringList before = dump(t);
        qint64 edit = 0;
        {
            BulkEdit bulk(t.db());
            auto out = bulk.apply({CustomEntity::Contact, ids, {}},
                                  {BulkOperation::Kind::SetField, u"city"_qs, u"Tallinn"_qs});
            QVERIFY2(out.ok(), qPrintable(out.error().message()));
            QCOMPARE(out->changes.size(), 6);
            QVERIFY(out->edit > 0);
            edit = out->edit;
        }
        Contact later = contacts.get(ids[1]).value();
        later.city = u"Valmiera"_qs;
        QVERIFY(contacts.update(later).ok());
        QVERIFY(contacts.remove(ids[4]).ok());

        auto reopened = Database::open(t.path());
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message()));
        BulkEdit bulk(reopened.value());
        auto history = bulk.history();
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        const BulkEditRecord &r = history->first();
        QCOMPARE(r.id, edit);
        QCOMPARE(r.state, u"applied"_qs);
        QCOMPARE(r.entity, CustomEntity::Contact);
        QCOMPARE(r.op.field, u"city"_qs);
        QCOMPARE(r.op.value, u"Tallinn"_qs);
        QCOMPARE(r.description, u"Set City to Tallinn"_qs);
        QCOMPARE(r.matched, 6);
        QCOMPARE(r.changed, 6);
        QVERIFY(r.finishedAt >= r.startedAt && r.startedAt > 0);

        const int changesBefore = t.changeCount();
        auto undone = bulk.undo(edit);
        QVERIFY2(undone.ok(), qPrintable(undone.error().message()));
        QCOMPARE(undone->restored, 4);
        QCOMPARE(QSet<QByteArray>(undone->left.cbegin(), undone->left.cend()),
                 (QSet<QByteArray>{ids[1], ids[4]}));
        QCOMPARE(contacts.get(ids[1])->city, u"Valmiera"_qs);
        QCOMPARE(contacts.get(ids[4])->city, u"Tallinn"_qs);
        QVERIFY(contacts.get(ids[4])->deleted);
        for (int i : {0, 2, 3, 5})
            QCOMPARE(contacts.get(ids[i])->city, u"Rīga"_qs);
        // Put back as ordinary captured edits, which sync.
        QCOMPARE(t.changeCount() - changesBefore, 4);
        auto after = bulk.record(edit);
        QCOMPARE(after->state, u"undone"_qs);
        QCOMPARE(after->left, 2);
        QVERIFY(after->undoneAt >= after->finishedAt);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM bulk_edit_items"_qs).toInt(), 0);
        // Once only.
        auto again = bulk.undo(edit);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Invalid);
        QVERIFY(contacts.restore(ids[4]).ok());
        for (int i : {1, 4}) {
            Contact c = contacts.get(ids[i]).value();
            c.city = u"Rīga"_qs;
            QVERIFY(contacts.update(c).ok());
        }
        QCOMPARE(dump(t), before);
    }

    // A bulk edit stopped by a crash after its first transaction (an exception stands in for
    // the crash: no abandon runs) is listed as applying, with the rows of that transaction
    // recorded; its undo after a restart puts back exactly those.
    void anInterruptedEditIsUndoneAfterARestart()
    {
        test::TestDatabase t;
        QVERIFY(makeMany(t, BulkEdit::BatchSize + 300, u"Crash"_qs));
        const QStringList before = dump(t);
        BulkTarget all;
        all.query = ContactListModel(t.db()).query();
        struct Crash
        {
        };
        bool crashed = false;
        try {
            (void)BulkEdit(t.db()).apply(
                all, {BulkOperation::Kind::SetField, u"status"_qs, u"customer"_qs},
                [](qint64 done, qint64) {
                    if (done > BulkEdit::BatchSize)
                        throw Crash{};
                    return true;
                });
        } catch (const Crash &) {
            crashed = true;
        }
        QVERIFY(crashed);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE status = 'customer'"_qs).toInt(),
                 BulkEdit::BatchSize);

        auto reopened = Database::open(t.path());
        QVERIFY(reopened.ok());
        BulkEdit bulk(reopened.value());
        auto history = bulk.history();
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().state, u"applying"_qs);
        QCOMPARE(history->first().finishedAt, qint64(0));
        QCOMPARE(t.scalar(u"SELECT count(*) FROM bulk_edit_items"_qs).toInt(), BulkEdit::BatchSize);
        qint64 lastDone = -1;
        qint64 seenTotal = -1;
        auto undone = bulk.undo(history->first().id, [&](qint64 done, qint64 total) {
            lastDone = done;
            seenTotal = total;
            return true;
        });
        QVERIFY2(undone.ok(), qPrintable(undone.error().message()));
        QCOMPARE(undone->restored, BulkEdit::BatchSize);
        QVERIFY(undone->left.isEmpty());
        QCOMPARE(lastDone, qint64(BulkEdit::BatchSize));
        QCOMPARE(seenTotal, qint64(BulkEdit::BatchSize)); // the recorded rows only
        QCOMPARE(dump(t), before);
        QCOMPARE(bulk.record(history->first().id)->state, u"undone"_qs);
    }

    // The newest Kept edits stay undoable; an older one is forgotten with its rows.
    void theNewestEditsAreKept()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        const auto ids = makeContacts(contacts, 2, u"Rīga"_qs);
        BulkEdit bulk(t.db());
        qint64 first = 0;
        for (int i = 0; i < BulkEdit::Kept + 2; ++i) {
            auto out =
                bulk.apply({CustomEntity::Contact, ids, {}},
                           {BulkOperation::Kind::SetField, u"title"_qs, u"Title %1"_qs.arg(i)});
            QVERIFY(out.ok());
            if (i == 0)
                first = out->edit;
        }
        auto history = bulk.history();
        QCOMPARE(history->size(), BulkEdit::Kept);
        QCOMPARE(history->last().id, first + 2);
        QCOMPARE(history->first().description,
                 u"Set Job title to Title %1"_qs.arg(BulkEdit::Kept + 1));
        QCOMPARE(bulk.record(first).error().code, ErrorCode::NotFound);
        QCOMPARE(
            t.scalar(u"SELECT count(*) FROM bulk_edit_items WHERE edit_id <= ?"_qs, {first + 1})
                .toInt(),
            0);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM bulk_edit_items"_qs).toInt(), BulkEdit::Kept * 2);
        // An edit that changes nothing is not recorded.
        auto same = bulk.apply(
            {CustomEntity::Contact, ids, {}},
            {BulkOperation::Kind::SetField, u"title"_qs, u"Title %1"_qs.arg(BulkEdit::Kept + 1)});
        QCOMPARE(same->edit, qint64(0));
        QCOMPARE(bulk.history()->first().id, history->first().id);
        // Only an undone edit can be written again.
        QCOMPARE(bulk.redo(history->first().id, ids).error().code, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
