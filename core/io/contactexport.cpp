// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactexport.h"

#include "common/uuid.h"
#include "io/vcard.h"
#include "models/contactlistmodel.h"
#include "services/contactphotos.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"

#include <QCoreApplication>
#include <QIODevice>

namespace crm::core::io {

namespace {

constexpr int MultiValued = 3; // e-mails and phones get this many column pairs

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::io", text);
}

QStringList csvRow(const Contact &c)
{
    QStringList row{Uuid::toString(c.id), c.firstName, c.lastName, c.title, c.companyName};
    auto pairs = [&row](const auto &values, auto value) {
        for (int i = 0; i < MultiValued; ++i) {
            if (i < values.size() && (i < MultiValued - 1 || values.size() == MultiValued)) {
                row << values[i].label << value(values[i]);
            } else if (i < values.size()) {
                // More than there are columns for: the last pair takes the rest.
                QStringList rest;
                for (qsizetype k = i; k < values.size(); ++k)
                    rest << value(values[k]);
                row << values[i].label << rest.join(QStringLiteral("; "));
            } else {
                row << QString() << QString();
            }
        }
    };
    pairs(c.emails, [](const EmailAddress &e) { return e.address; });
    pairs(c.phones, [](const PhoneNumber &p) { return p.number; });
    row << c.street << c.postalCode << c.city << c.country
        << (c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString())
        << lifecycleLabel(lifecycleKey(c.status)) << c.source << c.owner
        << c.tags.join(QStringLiteral(", ")) << c.notes;
    return row;
}

// A custom value as a file keeps it: canonical (ISO dates, "1250.50 EUR"), but several
// choices as "A; B" and yes/no as words, which an import reads back.
QString csvCustomValue(const CustomFieldDefinition &def, const QString &value)
{
    if (value.isEmpty())
        return value;
    if (def.type == CustomFieldType::MultiChoice)
        return CustomField::choicesOf(value).join(QStringLiteral("; "));
    if (def.type == CustomFieldType::YesNo)
        return value == u"1" ? QStringLiteral("yes") : QStringLiteral("no");
    return value;
}

} // namespace

QStringList contactCsvHeader()
{
    QStringList h{tr("ID"), tr("First name"), tr("Last name"), tr("Title"), tr("Company")};
    for (int i = 1; i <= MultiValued; ++i)
        h << tr("E-mail %1 - Label").arg(i) << tr("E-mail %1 - Value").arg(i);
    for (int i = 1; i <= MultiValued; ++i)
        h << tr("Phone %1 - Label").arg(i) << tr("Phone %1 - Value").arg(i);
    h << tr("Street") << tr("Postal code") << tr("City") << tr("Country") << tr("Birthday")
      << tr("Status") << tr("Source") << tr("Owner") << tr("Tags") << tr("Notes");
    return h;
}

Result<qint64> exportContacts(const DatabasePtr &db, QIODevice *out, ExportFormat format,
                              const CsvWriteOptions &csv,
                              const std::function<bool(qint64, qint64)> &progress)
{
    ContactRepository repo(db);
    QSqlDatabase connection = db->connection();
    auto total = repo.count();
    if (!total)
        return total.error();
    // Custom fields follow the built-in columns, headed by their labels.
    auto custom = CustomFieldRepository(db).list(CustomEntity::Contact);
    if (!custom)
        return custom.error();
    CsvWriter writer(out, csv);
    if (format == ExportFormat::Csv) {
        QStringList header = contactCsvHeader();
        for (const CustomFieldDefinition &d : custom.value())
            header << d.label;
        writer.writeRow(header);
    }
    qint64 done = 0;
    bool cancelled = false;
    Status failed;
    QList<Contact> cards; // vCards are written a few hundred at a time
    auto writeCards = [&]() -> bool {
        const QByteArray bytes = writeVCards(cards, custom.value());
        cards.clear();
        if (out->write(bytes) != bytes.size()) {
            failed =
                Error{ErrorCode::Io, tr("cannot write the file: %1").arg(out->errorString()), {}};
            return false;
        }
        return true;
    };
    auto s = repo.forEach([&](const Contact &c) {
        if (format == ExportFormat::Csv) {
            QStringList row = csvRow(c);
            for (const CustomFieldDefinition &d : custom.value())
                row << csvCustomValue(d, c.custom.value(d.key));
            writer.writeRow(row);
        } else {
            // vCards carry the photo; lists do not load it.
            auto photo = ContactPhotos::get(connection, c.id);
            if (!photo) {
                failed = photo.error();
                return false;
            }
            cards << c;
            if (!photo->isEmpty())
                cards.last().photo = photo.value();
            if (cards.size() >= 500 && !writeCards())
                return false;
        }
        ++done;
        if (progress && done % 1000 == 0 && !progress(done, *total)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!s)
        return s.error();
    if (!failed)
        return failed.error();
    if (cancelled)
        return Error{ErrorCode::Cancelled, tr("the export was cancelled"), {}};
    if (format == ExportFormat::VCard && !cards.isEmpty() && !writeCards())
        return failed.error();
    if (auto f = writer.flush(); !f)
        return f.error();
    if (progress)
        progress(done, *total);
    return done;
}

} // namespace crm::core::io
