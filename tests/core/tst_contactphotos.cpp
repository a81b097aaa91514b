// SPDX-License-Identifier: GPL-3.0-or-later
// Contact photos: stored with the contact through change capture, kept when a contact read
// from a list is saved again, removed on request; refused when they are no image or too
// large; imported from vCards when photos are kept (and only filling a missing one on an
// update, which undo takes back); exported in vCard 4.0; and carried by sync to another
// laptop.
#include "common/uuid.h"
#include "import/contactimporter.h"
#include "import/importbatches.h"
#include "io/contactexport.h"
#include "io/vcard.h"
#include "services/contactphotos.h"
#include "services/contactrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "sync/localreplica.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace crm::core;
using namespace crm::core::import;
using crm::test::TestDatabase;

namespace {

// The smallest PNG: a signature and an (unchecked) header are all the core looks at.
const QByteArray kPng = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
                                            "0000001f15c4890000000a49444154789c6300010000050001"
                                            "0d0a2db40000000049454e44ae426082");
const QByteArray kJpeg = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffd9");

qint64 photoChanges(TestDatabase &t)
{
    return t.scalar(u"SELECT count(*) FROM change_log WHERE tbl = 'contact_photos'"_qs)
        .toLongLong();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
    return f.fileName();
}

} // namespace

class TestContactPhotos : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void storedKeptReplacedAndRemoved()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        Contact c = crm::test::contact(u"Jānis"_qs, u"Bērziņš"_qs);
        c.photo = ContactPhoto{kPng, {}};
        const QByteArray id = repo.create(c).value();
        QCOMPARE(repo.get(id)->photo, (ContactPhoto{kPng, u"image/png"_qs}));
        QCOMPARE(photoChanges(t), 1); // the row's creation

        // Read from a list (no photo loaded) and saved again: the photo stays.
        Contact listed = repo.list().value().first();
        QVERIFY(!listed.photo);
        listed.title = u"Valdes loceklis"_qs;
        QVERIFY(repo.update(listed));
        QCOMPARE(repo.get(id)->photo->data, kPng);
        QCOMPARE(photoChanges(t), 1);

        // Saved unchanged: nothing captured.
        QVERIFY(repo.update(repo.get(id).value()));
        QCOMPARE(photoChanges(t), 1);

        Contact edited = repo.get(id).value();
        edited.photo = ContactPhoto{kJpeg, u"image/jpeg"_qs};
        QVERIFY(repo.update(edited));
        QCOMPARE(repo.get(id)->photo->type, u"image/jpeg"_qs);
        QCOMPARE(photoChanges(t), 3); // mime and data

        edited.photo = ContactPhoto{};
        QVERIFY(repo.update(edited));
        QVERIFY(repo.get(id)->photo->isEmpty());
        QCOMPARE(photoChanges(t), 4); // only `deleted`: the bytes are not logged again
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contact_photos"_qs).toInt(), 1);

        // The row id is the contact's, derived: the same on every laptop.
        QCOMPARE(ContactPhotos::rowId(id), ContactPhotos::rowId(id));
        QVERIFY(ContactPhotos::rowId(id) != ContactPhotos::rowId(Uuid::createV7()));
        QVERIFY(ContactPhotos::rowId(id) != id);
    }

    void badPhotosAreRefusedAndNothingIsStored()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        Contact c = crm::test::contact(u"Anna"_qs, u"Ozola"_qs);
        c.photo = ContactPhoto{"not an image at all", {}};
        auto refused = repo.create(c);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"photo"_qs);
        QVERIFY(refused.error().detail.contains(u"JPEG"));
        QCOMPARE(repo.count().value(), 0); // nothing half-way

        c.photo = ContactPhoto{kPng + QByteArray(ContactPhotos::MaxBytes, 'x'), {}};
        refused = repo.create(c);
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.contains(u"KB"), qPrintable(refused.error().detail));
        QCOMPARE(repo.count().value(), 0);

        c.photo = ContactPhoto{kPng, u"image/jpeg"_qs}; // says JPEG, is PNG
        QVERIFY(!repo.create(c));
        QVERIFY(!repo.createMany({c}));
        QCOMPARE(repo.count().value(), 0);
    }

    void vcardImportKeepsOrSkipsPhotosAndUndoTakesThemBack()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        // Anna is known without a photo; the file brings hers and a new contact's.
        QVERIFY(repo.create(crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs)));
        const QByteArray file = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Ozola\r\nN:Ozola;Anna;;;\r\n"
                                "EMAIL:anna@x.lv\r\nPHOTO:data:image/png;base64," +
                                kPng.toBase64() +
                                "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Μαρία "
                                "Παπαδοπούλου\r\nN:Παπαδοπούλου;Μαρία;;;\r\n"
                                "PHOTO;ENCODING=b;TYPE=JPEG:" +
                                kJpeg.toBase64() + "\r\nEND:VCARD\r\n";
        const QString path = writeFile(m_dir, u"photos.vcf"_qs, file);

        for (bool keep : {false, true}) {
            ImportSettings s;
            s.source.path = path;
            s.source.keepPhotos = keep;
            s.region = u"LV"_qs;
            ContactImporter importer(t.db());
            auto p = importer.preview(s);
            QVERIFY2(p, qPrintable(p.error().detail));
            auto done = importer.apply(p.value());
            QVERIFY2(done, qPrintable(done.error().detail));
            const QList<Contact> all = repo.list().value();
            QCOMPARE(all.size(), 2);
            for (const Contact &listed : all) {
                const Contact c = repo.get(listed.id).value();
                if (!keep) {
                    QVERIFY(c.photo->isEmpty());
                } else if (c.firstName == u"Anna") {
                    QCOMPARE(c.photo->data, kPng); // filled in by the update
                } else {
                    QCOMPARE(c.photo->data, kJpeg);
                    QCOMPARE(c.photo->type, u"image/jpeg"_qs);
                }
            }
            // Undone: Anna is as she was, without a photo; Μαρία is gone.
            QVERIFY(ImportBatches(t.db()).undo(done->batchId));
            QCOMPARE(repo.count().value(), 1);
            QVERIFY(repo.get(repo.list().value().first().id)->photo->isEmpty());
        }
    }

    void exportedInVCardAndReadBack()
    {
        TestDatabase t;
        ContactRepository repo(t.db());
        Contact c = crm::test::contact(u"Mari"_qs, u"Tamm"_qs);
        c.photo = ContactPhoto{kJpeg, {}};
        QVERIFY(repo.create(c));
        QVERIFY(repo.create(crm::test::contact(u"Ilma"_qs, u"Pildita"_qs)));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(io::exportContacts(t.db(), &out, io::ExportFormat::VCard, {}));
        QCOMPARE(out.data().count("PHOTO:"), 1);
        auto cards = io::parseVCards(out.data(), true);
        QVERIFY(cards);
        QCOMPARE(cards->size(), 2);
        int withPhoto = 0;
        for (const io::VCard &card : cards.value()) {
            if (!card.photo.isEmpty()) {
                ++withPhoto;
                QCOMPARE(card.photo, kJpeg);
                QCOMPARE(card.photoType, u"image/jpeg"_qs);
            }
        }
        QCOMPARE(withPhoto, 1);
    }

    // Through the local side of sync: a photo set on one laptop arrives on another, and
    // its removal follows.
    void photosSync()
    {
        TestDatabase a, b;
        sync::LocalReplica ra(a.db()), rb(b.db());
        QList<sync::Change> log;
        const auto exchange = [&log](sync::LocalReplica &r) {
            sync::SyncReport report;
            auto pending = r.pending(1000);
            QVERIFY(pending);
            sync::PushResponse response;
            for (sync::Change c : pending.value()) {
                c.serverSeq = log.size() + 1;
                log << c;
                response.results << sync::PushResult{
                    c.counter, sync::PushStatus::Applied, c.serverSeq, {}, 0};
            }
            if (!pending->isEmpty())
                QVERIFY(r.acknowledge(pending.value(), response, report));
            sync::PullResponse pull;
            for (const sync::Change &c : std::as_const(log)) {
                if (c.serverSeq > r.pullCursor().value() && c.device != r.device())
                    pull.changes << c;
            }
            pull.next = log.size();
            QVERIFY(r.apply(pull, report));
        };
        Contact c = crm::test::contact(u"Jānis"_qs, u"Bērziņš"_qs);
        c.photo = ContactPhoto{kPng, {}};
        const QByteArray id = ContactRepository(a.db()).create(c).value();
        exchange(ra);
        exchange(rb);
        QCOMPARE(ContactRepository(b.db()).get(id)->photo->data, kPng);

        Contact onA = ContactRepository(a.db()).get(id).value();
        onA.photo = ContactPhoto{};
        QVERIFY(ContactRepository(a.db()).update(onA));
        exchange(ra);
        exchange(rb);
        QVERIFY(ContactRepository(b.db()).get(id)->photo->isEmpty());
        QCOMPARE(rb.pendingCount().value(), 0); // nothing applied was captured again
    }
};

QTEST_GUILESS_MAIN(TestContactPhotos)
#include "tst_contactphotos.moc"
