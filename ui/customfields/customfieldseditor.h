// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/customfield.h"
#include "storage/database.h"

#include <QGroupBox>
#include <QList>

namespace crm::ui {

class FieldErrors;

// The "Custom fields" section of a contact's, company's or deal's form: one editor per
// live definition of the entity, in their order — a line, a text box, a number or an amount
// with its currency in the user's locale, a date with an empty state, a check box, a list,
// check boxes for several choices, a web address with a link. Errors show at the field
// (FieldErrors key "custom:KEY"). Hidden when the entity has no custom fields.
class CustomFieldsEditor : public QGroupBox
{
    Q_OBJECT
public:
    CustomFieldsEditor(const core::DatabasePtr &db, core::CustomEntity entity, FieldErrors &errors,
                       QWidget *parent = nullptr);

    bool isEmpty() const { return m_fields.isEmpty(); }
    void setValues(const core::CustomValues &values);
    // Every field's canonical value ("" for none); a value that does not parse is left as
    // typed (check() reports it, and so would the repository).
    core::CustomValues values() const;
    // Required fields without a value and values that do not parse, each naming its field.
    QList<core::Error> check() const;
    // Every editor's value, for the dialog's "modified" state.
    QString state() const;
    QWidget *firstEditor() const;

private:
    struct Field
    {
        core::CustomFieldDefinition def;
        QWidget *editor = nullptr;
        QWidget *extra = nullptr; // money: the currency; url: the link
        QString loaded;           // yes/no: an unset value stays unset while unticked
    };
    QString rawValue(const Field &f) const;
    void setValue(Field &f, const QString &value);

    QList<Field> m_fields;
};

} // namespace crm::ui
