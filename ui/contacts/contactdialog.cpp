// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdialog.h"

#include "activities/activitydialog.h"
#include "activities/contactlink.h"
#include "common/errors.h"
#include "common/lifecyclecombo.h"
#include "common/messagebox.h"
#include "contacts/contactpointlist.h"
#include "contacts/photobutton.h"
#include "customfields/customfieldseditor.h"
#include "deals/dealdialog.h"
#include "domain/validation.h"
#include "history/historyview.h"
#include "models/contactlistmodel.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/leadconversion.h"
#include "storage/transaction.h"
#include "tags/tagchips.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
// Companies offered in the company field; others are still found by name on save.
constexpr int kCompanyChoices = 5000;

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

QFormLayout *makeForm()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}
} // namespace

ContactDialog::ContactDialog(core::DatabasePtr db, const QByteArray &id, QWidget *parent,
                             const QByteArray &companyId)
    : RecordDialog(std::move(db), id, parent)
{
    setObjectName(QStringLiteral("contactDialog"));
    buildForm();
    if (!m_id.isEmpty()) {
        auto loaded = core::ContactRepository(m_db).get(m_id);
        if (loaded) {
            m_contact = loaded.value();
        } else {
            m_errors.show({loaded.error()});
            m_saveButton->setEnabled(false);
        }
    } else {
        m_contact.companyId = companyId;
    }
    loadCompanies(m_contact.companyId);
    fill(m_contact);
    m_history->load(m_id);
    addRecordButtons();
    m_timeline->load(m_id);
    setWindowTitle(m_id.isEmpty() ? tr("New contact")
                                  : tr("%1 — Contact").arg(m_contact.displayName()));
    markClean();
    m_firstName->setFocus();
}

void ContactDialog::refreshFromDatabase()
{
    if (m_id.isEmpty())
        return;
    auto loaded = core::ContactRepository(m_db).get(m_id);
    if (!loaded)
        return;
    const core::Contact now = loaded.value();
    if (!isModified()) {
        m_contact = now;
        loadCompanies(now.companyId);
        fill(now);
        setWindowTitle(tr("%1 — Contact").arg(m_contact.displayName()));
        m_history->load(m_id);
        m_timeline->load(m_id);
        markClean();
        updateConvertButton(); // a conversion undone makes it a lead again
        return;
    }
    // Unsaved edits: what the user changed stays, the other fields take what arrived.
    const core::Contact before = m_contact;
    const core::Contact form = fromForm(nullptr, nullptr);
    const QString companyText = m_company->currentText().trimmed();
    const QString birthdayText = m_birthday->text().trimmed();
    const bool companyEdited = companyText != before.companyName.trimmed();
    const bool birthdayEdited =
        birthdayText !=
        (before.birthday.isValid() ? before.birthday.toString(Qt::ISODate) : QString());
    core::Contact merged = now;
    auto keep = [&](auto member) {
        if (form.*member != before.*member)
            merged.*member = form.*member;
    };
    keep(&core::Contact::firstName);
    keep(&core::Contact::lastName);
    keep(&core::Contact::title);
    keep(&core::Contact::emails);
    keep(&core::Contact::phones);
    keep(&core::Contact::street);
    keep(&core::Contact::postalCode);
    keep(&core::Contact::city);
    keep(&core::Contact::country);
    keep(&core::Contact::source);
    keep(&core::Contact::status);
    keep(&core::Contact::owner);
    keep(&core::Contact::visibility);
    keep(&core::Contact::tags);
    keep(&core::Contact::notes);
    keep(&core::Contact::custom);
    m_contact = now;
    loadCompanies(now.companyId);
    fill(now);
    markClean(); // clean is what is stored now; the user's edits make the form modified again
    fill(merged);
    if (companyEdited)
        m_company->setEditText(companyText);
    if (birthdayEdited)
        m_birthday->setText(birthdayText);
    m_history->load(m_id);
    m_timeline->load(m_id);
}

void ContactDialog::buildForm()
{
    auto *page = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailsPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detailsPage = scroll;

    m_firstName = lineEdit("firstNameEdit", page);
    m_lastName = lineEdit("lastNameEdit", page);
    m_title = lineEdit("titleEdit", page);
    m_title->setPlaceholderText(tr("e.g. Sales manager"));
    m_company = new QComboBox(page);
    m_company->setObjectName(QStringLiteral("companyCombo"));
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->lineEdit()->setPlaceholderText(tr("Type to find or add a company"));
    m_company->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_company->completer()->setFilterMode(Qt::MatchContains);
    m_company->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_emails = new ContactPointList(ContactPointList::Kind::Email, page);
    m_phones = new ContactPointList(ContactPointList::Kind::Phone, page);

    m_street = lineEdit("streetEdit", page);
    m_postalCode = lineEdit("postalCodeEdit", page);
    m_city = lineEdit("cityEdit", page);
    m_country = lineEdit("countryEdit", page);
    m_birthday = lineEdit("birthdayEdit", page);
    m_birthday->setPlaceholderText(tr("YYYY-MM-DD"));
    m_birthday->setToolTip(tr("Year-month-day, for example 1984-03-27; leave empty if unknown"));
    m_birthday->setMaxLength(10);
    m_source = lineEdit("sourceEdit", page);
    m_source->setPlaceholderText(tr("e.g. trade fair, website, referral"));
    m_status = makeLifecycleCombo(page);
    m_owner = lineEdit("ownerEdit", page);
    m_visibility = new QComboBox(page);
    m_visibility->setObjectName(QStringLiteral("visibilityCombo"));
    m_visibility->addItem(tr("Team"), QStringLiteral("team"));
    m_visibility->addItem(tr("Private"), QStringLiteral("private"));
    m_tags = lineEdit("tagsEdit", page);
    m_tags->setPlaceholderText(tr("Comma separated, e.g. VIP, newsletter"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);

    m_photo = new PhotoButton(page);
    for (QLineEdit *name : {m_firstName, m_lastName}) {
        connect(name, &QLineEdit::textChanged, m_photo,
                [this] { m_photo->setName(m_firstName->text() + u' ' + m_lastName->text()); });
    }

    // Left: the person and how to reach them. Right: where, when and how they relate to us.
    auto *person = makeForm();
    person->addRow(tr("Photo:"), m_photo);
    person->addRow(tr("&First name:"), m_errors.wrap(QStringLiteral("firstName"), m_firstName));
    person->addRow(tr("&Last name:"), m_errors.wrap(QStringLiteral("lastName"), m_lastName));
    person->addRow(tr("&Title:"), m_title);
    person->addRow(tr("C&ompany:"), m_company);
    auto *emailsLabel = new QLabel(tr("&E-mails:"));
    emailsLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    emailsLabel->setContentsMargins(0, 4, 0, 0);
    // The mnemonic (Alt+E, Alt+P) goes to the first value, whichever row that is now.
    connect(m_emails, &ContactPointList::rowsChanged, emailsLabel,
            [this, emailsLabel] { emailsLabel->setBuddy(m_emails->editAt(0)); });
    person->addRow(emailsLabel, m_emails);
    auto *phonesLabel = new QLabel(tr("&Phones:"));
    phonesLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    phonesLabel->setContentsMargins(0, 4, 0, 0);
    connect(m_phones, &ContactPointList::rowsChanged, phonesLabel,
            [this, phonesLabel] { phonesLabel->setBuddy(m_phones->editAt(0)); });
    person->addRow(phonesLabel, m_phones);

    auto *relation = makeForm();
    relation->addRow(tr("&Street:"), m_street);
    auto *cityRow = new QHBoxLayout;
    cityRow->setSpacing(6);
    m_postalCode->setMaximumWidth(90);
    m_postalCode->setPlaceholderText(tr("Postcode"));
    m_city->setPlaceholderText(tr("City"));
    cityRow->addWidget(m_postalCode);
    cityRow->addWidget(m_city, 1);
    auto *cityLabel = new QLabel(tr("Postcode, cit&y:"));
    cityLabel->setBuddy(m_postalCode);
    relation->addRow(cityLabel, cityRow);
    relation->addRow(tr("Count&ry:"), m_country);
    // The date as the user's locale writes it, once what is typed is a date.
    m_birthdayHint = new QLabel(page);
    m_birthdayHint->setObjectName(QStringLiteral("birthdayHint"));
    QPalette hintPalette = m_birthdayHint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_birthdayHint->setPalette(hintPalette);
    connect(m_birthday, &QLineEdit::textChanged, m_birthdayHint, [this](const QString &text) {
        auto date = core::Validation::parseBirthday(text);
        m_birthdayHint->setText(date && !text.trimmed().isEmpty()
                                    ? QLocale().toString(date.value(), QLocale::LongFormat)
                                    : QString());
    });
    auto *birthdayRow = new QHBoxLayout;
    birthdayRow->setSpacing(8);
    m_birthday->setMaximumWidth(fontMetrics().horizontalAdvance(u'0') * 10 + 24);
    birthdayRow->addWidget(m_birthday);
    birthdayRow->addWidget(m_birthdayHint, 1);
    auto *birthdayBox = new QWidget(page);
    birthdayBox->setLayout(birthdayRow);
    birthdayRow->setContentsMargins(0, 0, 0, 0);
    auto *birthdayField = m_errors.wrap(QStringLiteral("birthday"), birthdayBox);
    m_errors.add(QStringLiteral("birthday"), m_birthday,
                 birthdayField->findChild<QLabel *>(QStringLiteral("birthdayError")));
    relation->addRow(tr("&Birthday:"), birthdayField);
    qobject_cast<QLabel *>(relation->labelForField(birthdayField))->setBuddy(m_birthday);
    relation->addRow(tr("So&urce:"), m_source);
    relation->addRow(tr("St&atus:"), m_errors.wrap(QStringLiteral("status"), m_status));
    relation->addRow(tr("O&wner:"), m_owner);
    relation->addRow(tr("&Visibility:"), m_errors.wrap(QStringLiteral("visibility"), m_visibility));
    QWidget *tagsBox = TagChips::withChips(m_db, m_tags, page);
    relation->addRow(tr("Ta&gs:"), tagsBox);
    qobject_cast<QLabel *>(relation->labelForField(tagsBox))->setBuddy(m_tags);

    auto *grid = new QGridLayout(page);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(8);
    grid->addLayout(person, 0, 0);
    grid->addLayout(relation, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *notesForm = makeForm();
    auto *notesLabel = new QLabel(tr("&Notes:"));
    notesLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    notesLabel->setBuddy(m_notes);
    notesForm->addRow(notesLabel, m_notes);
    grid->addLayout(notesForm, 1, 0, 1, 2);
    grid->setRowStretch(1, 1);
    m_custom = new CustomFieldsEditor(m_db, core::CustomEntity::Contact, m_errors, page);
    grid->addWidget(m_custom, 2, 0, 1, 2);

    scroll->setWidget(page);
    m_tabs->addTab(scroll, tr("&Details"));
    m_timeline = new TimelineView(m_db);
    m_tabs->addTab(m_timeline, tr("Ti&meline"));
    connect(m_timeline, &TimelineView::openRequested, this, &RecordDialog::recordRequested);
    m_history = new HistoryView(m_db);
    m_tabs->addTab(m_history, tr("&History"));

    // Tab order: down the left column, then the right one, then the notes.
    setTabOrder(m_firstName, m_lastName);
    setTabOrder(m_lastName, m_title);
    setTabOrder(m_title, m_company);
    setTabOrder(m_company, m_emails);
    setTabOrder(m_emails->lastFocusWidget(), m_phones);
    setTabOrder(m_phones->lastFocusWidget(), m_street);
    QWidget *chain[] = {m_street, m_postalCode, m_city,       m_country, m_birthday, m_source,
                        m_status, m_owner,      m_visibility, m_tags,    m_notes,    m_photo};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(m_emails, &ContactPointList::rowsChanged, this, &ContactDialog::registerPointErrors);
    connect(m_phones, &ContactPointList::rowsChanged, this, &ContactDialog::registerPointErrors);
    resize(860, 580);
}

void ContactDialog::addRecordButtons()
{
    QPushButton *newDeal = addRecordAction(tr("New deal…"), QStringLiteral("newDealButton"),
                                           tr("A deal with this contact and their company"));
    QPushButton *logActivity =
        addRecordAction(tr("Log activity…"), QStringLiteral("logActivityButton"),
                        tr("Record a call, meeting, task, note or e-mail with this contact"));
    connect(newDeal, &QPushButton::clicked, this, [this] {
        DealDialog::open(m_db, {}, this, {m_contact.companyId, m_id, {}});
    });
    connect(logActivity, &QPushButton::clicked, this, [this] {
        ActivityDialog::open(m_db, {}, this,
                             {core::Activity::Kind::Call, {}, m_id, m_contact.companyId, {}});
    });
    m_convertLead = addRecordAction(
        tr("Convert lead…"), QStringLiteral("convertLeadButton"),
        tr("Turn this lead into a prospect with a company and a deal, keeping its history"));
    connect(m_convertLead, &QPushButton::clicked, this, &ContactDialog::convertLead);
    // After addRecordAction's own: a saved contact converts only while it is a lead.
    connect(this, &RecordDialog::saved, this, &ContactDialog::updateConvertButton);
    updateConvertButton();
    connect(m_emails, &ContactPointList::openRequested, this,
            [this](const QString &value) { contactPointOpened(value, true); });
    connect(m_phones, &ContactPointList::openRequested, this,
            [this](const QString &value) { contactPointOpened(value, false); });
}

void ContactDialog::updateConvertButton()
{
    if (!m_convertLead)
        return;
    auto stored = m_id.isEmpty() ? core::Result<core::Contact>(core::Error{})
                                 : core::ContactRepository(m_db).get(m_id);
    m_convertLead->setEnabled(stored && stored->status == core::LifecycleStatus::Lead);
}

void ContactDialog::convertLead()
{
    if (isModified()) {
        m_errors.show({core::Error{core::ErrorCode::Invalid,
                                   tr("Save the contact first, then convert it."), QString()}});
        return;
    }
    auto *ask = new QDialog(this);
    ask->setObjectName(QStringLiteral("convertLeadDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Convert lead — %1").arg(m_contact.displayName()));
    auto *company = new QLineEdit(m_contact.companyName, ask);
    company->setObjectName(QStringLiteral("companyNameEdit"));
    company->setReadOnly(!m_contact.companyId.isEmpty());
    company->setPlaceholderText(tr("The company this lead buys for"));
    auto *title = new QLineEdit(ask);
    title->setObjectName(QStringLiteral("dealTitleEdit"));
    title->setText(m_contact.companyName.isEmpty() ? tr("Deal with %1").arg(m_contact.displayName())
                                                   : tr("Deal with %1").arg(m_contact.companyName));
    auto *error = new QLabel(ask);
    error->setObjectName(QStringLiteral("convertLeadError"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Con&vert"));
    auto *form = new QFormLayout(ask);
    form->addRow(new QLabel(tr("The contact becomes a prospect at the company, with a new "
                               "deal; its history stays."),
                            ask));
    form->addRow(tr("&Company:"), company);
    form->addRow(tr("&Deal:"), title);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, ask, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, ask, [this, ask, company, title, error] {
        core::Deal deal;
        deal.title = title->text().trimmed();
        auto converted = core::LeadConversion(m_db).convert(m_id, deal, company->text().trimmed());
        if (!converted) {
            error->setText(Errors::describe(converted.error()));
            error->show();
            (converted.error().field == u"title" ? title : company)->setFocus();
            return;
        }
        ask->accept();
        refreshFromDatabase();
        updateConvertButton();
        emit leadConverted(converted.value());
        DealDialog::open(m_db, converted->dealId, this);
    });
    ask->open();
    title->setFocus();
    title->selectAll();
}

void ContactDialog::contactPointOpened(const QString &value, bool email)
{
    ContactLink::open(this, m_db, email ? ContactLink::Kind::Email : ContactLink::Kind::Phone,
                      value, m_contact.displayName(), m_id, m_contact.companyId);
}

void ContactDialog::registerPointErrors()
{
    for (ContactPointList *list : {m_emails, m_phones}) {
        for (int i = 0; i < 64; ++i)
            m_errors.remove(list->prefix() + u':' + QString::number(i));
        for (int i = 0; i < list->rowCount(); ++i)
            m_errors.add(list->prefix() + u':' + QString::number(i), list->editAt(i),
                         list->errorLabelAt(i));
    }
}

void ContactDialog::loadCompanies(const QByteArray &current)
{
    m_company->clear();
    m_company->addItem(QString(), QByteArray());
    core::CompanyRepository companies(m_db);
    bool haveCurrent = current.isEmpty();
    if (auto list = companies.list(kCompanyChoices)) {
        for (const core::Company &c : list.value()) {
            m_company->addItem(c.name, c.id);
            haveCurrent = haveCurrent || c.id == current;
        }
    }
    if (!haveCurrent) {
        if (auto c = companies.get(current))
            m_company->addItem(c->name, c->id);
    }
}

void ContactDialog::fill(const core::Contact &c)
{
    m_firstName->setText(c.firstName);
    m_lastName->setText(c.lastName);
    m_photo->setPhoto(c.photo.value_or(core::ContactPhoto{}));
    m_title->setText(c.title);
    const int companyIndex = c.companyId.isEmpty() ? 0 : m_company->findData(c.companyId);
    m_company->setCurrentIndex(std::max(companyIndex, 0));
    if (companyIndex < 0)
        m_company->setEditText(c.companyName);
    QList<ContactPointList::Item> emails;
    for (const core::EmailAddress &e : c.emails)
        emails << ContactPointList::Item{e.id, e.label, e.address};
    m_emails->setItems(emails);
    QList<ContactPointList::Item> phones;
    for (const core::PhoneNumber &p : c.phones)
        phones << ContactPointList::Item{p.id, p.label, p.number};
    m_phones->setItems(phones);
    m_street->setText(c.street);
    m_postalCode->setText(c.postalCode);
    m_city->setText(c.city);
    m_country->setText(c.country);
    m_birthday->setText(c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString());
    m_source->setText(c.source);
    setLifecycle(m_status, c.status);
    m_owner->setText(c.owner);
    m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(c.visibility)));
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(c.notes);
    m_custom->setValues(c.custom);
}

core::Contact ContactDialog::fromForm(QList<int> *emailRows, QList<int> *phoneRows) const
{
    core::Contact c = m_contact; // keeps id, rid, created time
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.title = m_title->text().trimmed();
    c.emails.clear();
    const auto emails = m_emails->items();
    for (int i = 0; i < emails.size(); ++i) {
        if (emails[i].value.isEmpty())
            continue; // an empty row is no e-mail
        c.emails << core::EmailAddress{emails[i].id, emails[i].label, emails[i].value};
        if (emailRows)
            *emailRows << i;
    }
    c.phones.clear();
    const auto phones = m_phones->items();
    for (int i = 0; i < phones.size(); ++i) {
        if (phones[i].value.isEmpty())
            continue;
        c.phones << core::PhoneNumber{phones[i].id, phones[i].label, phones[i].value};
        if (phoneRows)
            *phoneRows << i;
    }
    c.street = m_street->text().trimmed();
    c.postalCode = m_postalCode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.country = m_country->text().trimmed();
    c.source = m_source->text().trimmed();
    c.status = lifecycleOf(m_status);
    c.owner = m_owner->text().trimmed();
    c.visibility = m_visibility->currentData().toString();
    c.tags.clear();
    const QStringList tags = m_tags->text().split(u',');
    for (const QString &t : tags) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !c.tags.contains(tag, Qt::CaseInsensitive))
            c.tags << tag;
    }
    c.notes = m_notes->toPlainText();
    c.photo = m_photo->photo();
    c.custom = m_custom->values();
    return c;
}

QString ContactDialog::formState() const
{
    const core::Contact c = fromForm(nullptr, nullptr);
    QStringList parts = {c.firstName,
                         c.lastName,
                         c.title,
                         m_company->currentText().trimmed(),
                         c.street,
                         c.postalCode,
                         c.city,
                         c.country,
                         m_birthday->text().trimmed(),
                         c.source,
                         core::lifecycleKey(c.status),
                         c.owner,
                         c.visibility,
                         c.tags.join(u','),
                         c.notes,
                         QString::number(qHash(c.photo->data))};
    for (const core::EmailAddress &e : c.emails)
        parts << e.label + u':' + e.address;
    parts << QStringLiteral("|");
    for (const core::PhoneNumber &p : c.phones)
        parts << p.label + u':' + p.number;
    parts << m_custom->state();
    return parts.join(QChar(0x1f));
}

bool ContactDialog::save()
{
    QList<int> emailRows;
    QList<int> phoneRows;
    core::Contact c = fromForm(&emailRows, &phoneRows);

    const QString birthdayText = m_birthday->text().trimmed();
    c.birthday = QDate();
    core::Result<QDate> birthday = QDate();
    if (!birthdayText.isEmpty()) {
        birthday = core::Validation::parseBirthday(birthdayText);
        if (birthday)
            c.birthday = birthday.value();
    }
    // All errors at once, in the order of the form (the birthday comes after the phones).
    QList<core::Error> errors = core::Validation::check(c);
    if (!birthday)
        errors << birthday.error();
    errors << m_custom->check();
    // Core numbers e-mails and phones among the non-empty ones; the form by row.
    auto toRow = [&](core::Error e) {
        for (auto [prefix, rows] : {std::pair{QStringLiteral("email:"), &emailRows},
                                    std::pair{QStringLiteral("phone:"), &phoneRows}}) {
            if (e.field.startsWith(prefix)) {
                const int index = e.field.mid(prefix.size()).toInt();
                if (index >= 0 && index < rows->size())
                    e.field = prefix + QString::number(rows->at(index));
            }
        }
        return e;
    };
    for (core::Error &e : errors)
        e = toRow(e);
    if (showErrors(errors))
        return false;

    // The company: one from the list, one found by its name, or a new one on request.
    // The question comes first: no write transaction stays open while the user decides.
    const QString companyText = m_company->currentText().trimmed();
    QString newCompany;
    c.companyId.clear();
    if (!companyText.isEmpty()) {
        const int index = m_company->findText(companyText, Qt::MatchFixedString);
        if (index > 0) {
            c.companyId = m_company->itemData(index).toByteArray();
        } else {
            auto found = core::CompanyRepository(m_db).findByName(companyText);
            if (found && !found->isEmpty()) {
                c.companyId = found.value();
            } else {
                const auto answer = MessageBox::question(
                    this, tr("New company"),
                    tr("There is no company “%1” yet. Create it?").arg(companyText),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
                if (answer != QMessageBox::Yes) {
                    m_tabs->setCurrentWidget(m_detailsPage);
                    m_company->setFocus();
                    return false;
                }
                newCompany = companyText;
            }
        }
    }

    // A new company and the contact are saved as one unit: if the contact fails, no company.
    auto fail = [&](const core::Error &error) {
        core::Error e = toRow(error);
        if (e.field.isEmpty())
            e.detail = Errors::describe(e);
        showErrors({e});
        return false;
    };
    core::Transaction tx(m_db->connection());
    if (!tx.begun())
        return fail(tx.begun().error());
    if (!newCompany.isEmpty()) {
        auto created = core::CompanyRepository(m_db).findOrCreate(newCompany);
        if (!created)
            return fail(created.error());
        c.companyId = created.value();
    }
    core::ContactRepository contacts(m_db);
    QByteArray id = m_id;
    if (id.isEmpty()) {
        auto created = contacts.create(c);
        if (!created)
            return fail(created.error());
        id = created.value();
    } else if (auto st = contacts.update(c); !st) {
        return fail(st.error());
    }
    if (auto st = tx.commit(); !st)
        return fail(st.error());
    m_id = id;
    c.id = m_id;
    if (!newCompany.isEmpty())
        emit companyCreated(c.companyId);
    m_contact = c;
    return true;
}

} // namespace crm::ui
