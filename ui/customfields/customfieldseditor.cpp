// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfieldseditor.h"

#include "common/fielderrors.h"
#include "domain/money.h"
#include "services/customfieldrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QUrl>

namespace crm::ui {

namespace {

const QDate kNoDate(1900, 1, 1); // a QDateEdit's "empty" (shown as a blank special value)

// "1 234,50" in the user's locale → "1234.50" as Money::parse and numbers read it.
QString cLocaleNumber(const QString &text)
{
    const QLocale l;
    QString t = text.trimmed();
    t.remove(l.groupSeparator());
    t.remove(u' ');
    t.remove(QChar(0x00a0));
    t.remove(QChar(0x202f));
    t.replace(l.decimalPoint(), QStringLiteral("."));
    return t;
}

QString editorName(const QString &key, const char *suffix)
{
    return u"custom_" + key + QLatin1StringView(suffix);
}

} // namespace

CustomFieldsEditor::CustomFieldsEditor(const core::DatabasePtr &db, core::CustomEntity entity,
                                       FieldErrors &errors, QWidget *parent)
    : QGroupBox(tr("Custom fields"), parent)
{
    setObjectName(QStringLiteral("customFieldsBox"));
    auto *form = new QFormLayout(this);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto defs = core::CustomFieldRepository(db).list(entity);
    if (!defs) {
        setVisible(false);
        return;
    }
    for (const core::CustomFieldDefinition &def : defs.value()) {
        Field f;
        f.def = def;
        QWidget *cell = nullptr;
        switch (def.type) {
        case core::CustomFieldType::Text:
        case core::CustomFieldType::Number: {
            auto *e = new QLineEdit;
            if (def.type == core::CustomFieldType::Number)
                e->setPlaceholderText(QLocale().toString(1234.5, 'f', 1));
            f.editor = cell = e;
            break;
        }
        case core::CustomFieldType::LongText: {
            auto *e = new QPlainTextEdit;
            e->setTabChangesFocus(true);
            e->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
            f.editor = cell = e;
            break;
        }
        case core::CustomFieldType::Money: {
            auto *amount = new QLineEdit;
            amount->setPlaceholderText(QLocale().toString(1250.5, 'f', 2));
            auto *currency = new QComboBox;
            currency->setEditable(true);
            currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                                QStringLiteral("PLN"), QStringLiteral("SEK"), QStringLiteral("NOK"),
                                QStringLiteral("DKK"), QStringLiteral("CHF")});
            currency->setObjectName(editorName(def.key, "Currency"));
            currency->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 4 + 30);
            auto *row = new QWidget;
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            amount->setMaximumWidth(fontMetrics().horizontalAdvance(u'0') * 16 + 16);
            h->addWidget(amount, 1);
            h->addWidget(currency);
            h->addStretch(1);
            f.editor = amount;
            f.extra = currency;
            cell = row;
            break;
        }
        case core::CustomFieldType::Date: {
            auto *e = new QDateEdit;
            e->setCalendarPopup(true);
            e->setMinimumDate(kNoDate);
            e->setSpecialValueText(QStringLiteral(" "));
            e->setDate(kNoDate);
            e->setToolTip(tr("Clear: go to the first day (Home) or delete the date"));
            f.editor = cell = e;
            break;
        }
        case core::CustomFieldType::YesNo:
            f.editor = cell = new QCheckBox;
            break;
        case core::CustomFieldType::Choice: {
            auto *e = new QComboBox;
            e->addItem(QString());
            e->addItems(def.choices);
            f.editor = cell = e;
            break;
        }
        case core::CustomFieldType::MultiChoice: {
            auto *e = new QListWidget;
            for (const QString &c : def.choices) {
                auto *item = new QListWidgetItem(c, e);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            e->setFixedHeight(
                std::min<int>(int(def.choices.size()), 4) * (fontMetrics().lineSpacing() + 6) + 8);
            f.editor = cell = e;
            break;
        }
        case core::CustomFieldType::Url: {
            auto *e = new QLineEdit;
            e->setPlaceholderText(QStringLiteral("https://"));
            auto *link = new QLabel;
            link->setObjectName(editorName(def.key, "Link"));
            link->setTextFormat(Qt::RichText);
            link->setOpenExternalLinks(true);
            link->setTextInteractionFlags(Qt::TextBrowserInteraction);
            connect(e, &QLineEdit::textChanged, link, [link](const QString &text) {
                const QUrl url(text.trimmed(), QUrl::StrictMode);
                const bool open = url.isValid() && !url.scheme().isEmpty();
                link->setText(
                    open ? QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Open"))
                         : QString());
            });
            auto *row = new QWidget;
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(e, 1);
            h->addWidget(link);
            f.editor = e;
            f.extra = link;
            cell = row;
            break;
        }
        }
        f.editor->setObjectName(editorName(def.key, "Edit"));
        const QString key = u"custom:" + def.key;
        QWidget *wrapped = errors.wrap(key, cell);
        if (cell != f.editor) // the error marks the editor itself, not its row
            errors.add(key, f.editor, wrapped->findChild<QLabel *>(FieldErrors::labelName(key)));
        auto *label =
            new QLabel(def.label + (def.required ? QStringLiteral(" *:") : QStringLiteral(":")));
        label->setBuddy(f.editor);
        if (def.required)
            label->setToolTip(tr("Required"));
        form->addRow(label, wrapped);
        m_fields << f;
    }
    setVisible(!m_fields.isEmpty());
}

QWidget *CustomFieldsEditor::firstEditor() const
{
    return m_fields.isEmpty() ? nullptr : m_fields.first().editor;
}

QString CustomFieldsEditor::rawValue(const Field &f) const
{
    switch (f.def.type) {
    case core::CustomFieldType::Text:
    case core::CustomFieldType::Url:
        return static_cast<QLineEdit *>(f.editor)->text();
    case core::CustomFieldType::LongText:
        return static_cast<QPlainTextEdit *>(f.editor)->toPlainText();
    case core::CustomFieldType::Number:
        return cLocaleNumber(static_cast<QLineEdit *>(f.editor)->text());
    case core::CustomFieldType::Money: {
        const QString amount = cLocaleNumber(static_cast<QLineEdit *>(f.editor)->text());
        if (amount.isEmpty())
            return {};
        return amount + u' ' + static_cast<QComboBox *>(f.extra)->currentText().trimmed();
    }
    case core::CustomFieldType::Date: {
        const QDate d = static_cast<QDateEdit *>(f.editor)->date();
        return d == kNoDate ? QString() : d.toString(Qt::ISODate);
    }
    case core::CustomFieldType::YesNo:
        if (static_cast<QCheckBox *>(f.editor)->isChecked())
            return QStringLiteral("1");
        return f.loaded == u"1" ? QStringLiteral("0") : f.loaded;
    case core::CustomFieldType::Choice:
        return static_cast<QComboBox *>(f.editor)->currentText();
    case core::CustomFieldType::MultiChoice: {
        auto *list = static_cast<QListWidget *>(f.editor);
        QStringList chosen;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                chosen << list->item(i)->text();
        }
        return core::CustomField::encodeChoices(f.def, chosen);
    }
    }
    return {};
}

void CustomFieldsEditor::setValue(Field &f, const QString &value)
{
    f.loaded = value;
    switch (f.def.type) {
    case core::CustomFieldType::Text:
    case core::CustomFieldType::Url:
        static_cast<QLineEdit *>(f.editor)->setText(value);
        break;
    case core::CustomFieldType::LongText:
        static_cast<QPlainTextEdit *>(f.editor)->setPlainText(value);
        break;
    case core::CustomFieldType::Number: {
        bool ok = false;
        const double d = value.toDouble(&ok);
        static_cast<QLineEdit *>(f.editor)->setText(ok ? QLocale().toString(d, 'g', 15) : value);
        break;
    }
    case core::CustomFieldType::Money: {
        qint64 minor = 0;
        QString code;
        auto *amount = static_cast<QLineEdit *>(f.editor);
        auto *currency = static_cast<QComboBox *>(f.extra);
        if (core::CustomField::splitMoney(value, &minor, &code)) {
            const QString plain = core::Money::plain(minor, code);
            amount->setText(
                QLocale().toString(plain.toDouble(), 'f', core::Money::minorDigits(code)));
            currency->setCurrentText(code);
        } else {
            amount->setText(value);
        }
        break;
    }
    case core::CustomFieldType::Date: {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        static_cast<QDateEdit *>(f.editor)->setDate(d.isValid() ? d : kNoDate);
        break;
    }
    case core::CustomFieldType::YesNo:
        static_cast<QCheckBox *>(f.editor)->setChecked(value == u"1");
        break;
    case core::CustomFieldType::Choice: {
        auto *combo = static_cast<QComboBox *>(f.editor);
        int i = combo->findText(value);
        if (i < 0) { // a choice since removed from the definition stays until changed
            combo->addItem(value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
        break;
    }
    case core::CustomFieldType::MultiChoice: {
        const QStringList chosen = core::CustomField::choicesOf(value);
        auto *list = static_cast<QListWidget *>(f.editor);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(chosen.contains(list->item(i)->text()) ? Qt::Checked
                                                                                : Qt::Unchecked);
        break;
    }
    }
}

void CustomFieldsEditor::setValues(const core::CustomValues &values)
{
    for (Field &f : m_fields)
        setValue(f, values.value(f.def.key));
}

core::CustomValues CustomFieldsEditor::values() const
{
    core::CustomValues out;
    for (const Field &f : m_fields) {
        const QString raw = rawValue(f);
        auto c = core::CustomField::canonical(f.def, raw);
        out.insert(f.def.key, c ? c.value() : raw);
    }
    return out;
}

QList<core::Error> CustomFieldsEditor::check() const
{
    QList<core::Error> errors;
    for (const Field &f : m_fields) {
        auto c = core::CustomField::canonical(f.def, rawValue(f));
        if (!c)
            errors << c.error();
        else if (f.def.required && c->isEmpty())
            errors << core::Error{core::ErrorCode::Invalid,
                                  tr("%1: a value is required").arg(f.def.label),
                                  u"custom:" + f.def.key};
    }
    return errors;
}

QString CustomFieldsEditor::state() const
{
    QStringList parts;
    for (const Field &f : m_fields)
        parts << rawValue(f);
    return parts.join(QChar(0x1f));
}

} // namespace crm::ui
