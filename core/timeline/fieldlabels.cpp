// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlabels.h"

#include <QCoreApplication>
#include <QHash>

namespace crm::core::FieldLabels {

namespace {

// The History tab's context, where these labels were first translated.
constexpr const char *kContext = "crm::ui::HistoryFormatter";

// Not named tr(): it translates the table's entries under the context their
// QT_TRANSLATE_NOOP names, not under this file's namespace.
QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

} // namespace

QString label(const QString &table, const QString &column)
{
    static const QHash<QString, const char *> common = {
        {QStringLiteral("first_name"),
         QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Last name")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Title")},
        {QStringLiteral("company_id"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Company")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Street")},
        {QStringLiteral("postal_code"),
         QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Postal code")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "City")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Country")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Birthday")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Source")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Status")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Owner")},
        {QStringLiteral("visibility"),
         QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Visibility")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Notes")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Name")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Industry")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Website")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "E-mail")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Label")},
        // Deals.
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Amount")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Currency")},
        {QStringLiteral("probability"),
         QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Probability")},
        {QStringLiteral("expected_close"),
         QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Expected close")},
        {QStringLiteral("next_step"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Next step")},
        {QStringLiteral("lost_reason"),
         QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Lost reason")},
        {QStringLiteral("stage_id"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Stage")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Phone")},
        {QStringLiteral("tag_id"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Tag")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("crm::ui::HistoryFormatter", "Role")},
    };
    Q_UNUSED(table)
    const auto it = common.constFind(column);
    return it != common.constEnd() ? translated(it.value()) : column;
}

} // namespace crm::core::FieldLabels
