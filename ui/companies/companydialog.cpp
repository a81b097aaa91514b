// SPDX-License-Identifier: GPL-3.0-or-later
#include "companydialog.h"

#include "activities/activitydialog.h"
#include "activities/contactlink.h"
#include "common/errors.h"
#include "common/icons.h"
#include "common/lifecyclecombo.h"
#include "companies/companyconversiondialog.h"
#include "contacts/contactdialog.h"
#include "customfields/customfieldseditor.h"
#include "deals/dealdialog.h"
#include "domain/validation.h"
#include "history/historyview.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "tags/tagchips.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}
} // namespace

CompanyDialog::CompanyDialog(core::DatabasePtr db, const QByteArray &id, QWidget *parent)
    : RecordDialog(std::move(db), id, parent)
{
    setObjectName(QStringLiteral("companyDialog"));
    buildForm();
    if (!m_id.isEmpty()) {
        auto loaded = core::CompanyRepository(m_db).get(m_id);
        if (loaded) {
            m_company = loaded.value();
        } else {
            m_errors.show({loaded.error()});
            m_saveButton->setEnabled(false);
        }
    }
    fill(m_company);
    loadContacts();
    m_history->load(m_id);
    QPushButton *newDeal = addRecordAction(tr("New deal…"), QStringLiteral("newDealButton"),
                                           tr("A deal with this company"));
    connect(newDeal, &QPushButton::clicked, this, [this] {
        DealDialog::open(m_db, {}, this, {m_id, {}, {}});
    });
    QPushButton *logActivity =
        addRecordAction(tr("Log activity…"), QStringLiteral("logActivityButton"),
                        tr("Record a call, meeting, task, note or e-mail with this company"));
    connect(logActivity, &QPushButton::clicked, this, [this] {
        ActivityDialog::open(m_db, {}, this, {core::Activity::Kind::Call, {}, {}, m_id, {}});
    });
    m_convertLead = addRecordAction(
        tr("Convert lead…"), QStringLiteral("convertLeadButton"),
        tr("Turn this lead into a prospect with its contact and a deal, keeping its history"));
    connect(m_convertLead, &QPushButton::clicked, this, &CompanyDialog::convertLead);
    // After addRecordAction's own: a saved company converts only while it is a lead.
    connect(this, &RecordDialog::saved, this, &CompanyDialog::updateConvertButton);
    updateConvertButton();
    m_timeline->load(m_id);
    setWindowTitle(m_id.isEmpty() ? tr("New company") : tr("%1 — Company").arg(m_company.name));
    markClean();
    m_name->setFocus();
}

void CompanyDialog::refreshFromDatabase()
{
    if (m_id.isEmpty())
        return;
    auto loaded = core::CompanyRepository(m_db).get(m_id);
    if (!loaded)
        return;
    const core::Company now = loaded.value();
    core::Company merged = now;
    const bool modified = isModified();
    if (modified) {
        // Unsaved edits: what the user changed stays, the other fields take what arrived.
        const core::Company before = m_company;
        const core::Company form = fromForm();
        auto keep = [&](QString core::Company::*member) {
            if (form.*member != before.*member)
                merged.*member = form.*member;
        };
        for (auto member :
             {&core::Company::name, &core::Company::industry, &core::Company::website,
              &core::Company::phone, &core::Company::street, &core::Company::postalCode,
              &core::Company::city, &core::Company::country, &core::Company::notes})
            keep(member);
        if (form.custom != before.custom)
            merged.custom = form.custom;
        if (form.tags != before.tags)
            merged.tags = form.tags;
        if (form.status != before.status)
            merged.status = form.status;
    }
    m_company = now;
    fill(now);
    markClean();
    if (modified)
        fill(merged);
    else
        setWindowTitle(tr("%1 — Company").arg(m_company.name));
    loadContacts();
    m_history->load(m_id);
    m_timeline->load(m_id);
    updateConvertButton();
}

void CompanyDialog::updateConvertButton()
{
    if (!m_convertLead)
        return;
    auto stored = m_id.isEmpty() ? core::Result<core::Company>(core::Error{})
                                 : core::CompanyRepository(m_db).get(m_id);
    m_convertLead->setEnabled(stored && stored->status == core::LifecycleStatus::Lead);
}

void CompanyDialog::convertLead()
{
    if (isModified() || m_id.isEmpty()) {
        m_errors.show({core::Error{core::ErrorCode::Invalid,
                                   tr("Save the company first, then convert it."), QString()}});
        return;
    }
    auto *ask = new CompanyConversionDialog(m_db, m_company, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &CompanyConversionDialog::converted, this,
            [this](const core::LeadConversion::Converted &converted) {
                refreshFromDatabase();
                emit leadConverted(converted);
                DealDialog::open(m_db, converted.dealId, this);
            });
    ask->open();
}

void CompanyDialog::buildForm()
{
    m_detailsPage = new QWidget;
    m_detailsPage->setObjectName(QStringLiteral("detailsPage"));
    QWidget *page = m_detailsPage;
    m_name = lineEdit("nameEdit", page);
    m_industry = lineEdit("industryEdit", page);
    m_industry->setPlaceholderText(tr("e.g. Logistics"));
    m_website = lineEdit("websiteEdit", page);
    m_website->setPlaceholderText(tr("example.com"));
    m_phone = lineEdit("phoneEdit", page);
    m_street = lineEdit("streetEdit", page);
    m_postalCode = lineEdit("postalCodeEdit", page);
    m_postalCode->setPlaceholderText(tr("Postcode"));
    m_postalCode->setMaximumWidth(90);
    m_city = lineEdit("cityEdit", page);
    m_city->setPlaceholderText(tr("City"));
    m_country = lineEdit("countryEdit", page);
    m_tags = lineEdit("tagsEdit", page);
    m_tags->setPlaceholderText(tr("Comma separated, e.g. VIP, newsletter"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout(page);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_errors.wrap(QStringLiteral("name"), m_name));
    form->addRow(tr("&Industry:"), m_industry);
    m_status = makeLifecycleCombo(page);
    form->addRow(tr("St&atus:"), m_errors.wrap(QStringLiteral("status"), m_status));
    // The website opens in the browser; the phone calls (tel:) and offers to log the call.
    const auto withLink = [this, page](const QString &field, QLineEdit *edit,
                                       ContactLink::Kind kind, const char *name) {
        auto *row = new QWidget(page);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(2);
        h->addWidget(m_errors.wrap(field, edit), 1);
        QToolButton *open = ContactLink::makeButton(kind, row);
        open->setObjectName(QString::fromLatin1(name));
        h->addWidget(open, 0, Qt::AlignTop);
        const auto enable = [open, edit, kind] {
            open->setEnabled(ContactLink::url(kind, edit->text()).isValid());
        };
        connect(edit, &QLineEdit::textChanged, open, enable);
        enable();
        connect(open, &QToolButton::clicked, this, [this, edit, kind] {
            // The record's name as saved: what the call is logged against.
            ContactLink::open(this, m_db, kind, edit->text(),
                              m_company.name.isEmpty() ? m_name->text().trimmed() : m_company.name,
                              {}, m_id);
        });
        return row;
    };
    form->addRow(tr("&Website:"), withLink(QStringLiteral("website"), m_website,
                                           ContactLink::Kind::Website, "openWebsiteButton"));
    form->addRow(tr("&Phone:"), withLink(QStringLiteral("phone"), m_phone, ContactLink::Kind::Phone,
                                         "callCompanyPhoneButton"));
    form->addRow(tr("&Street:"), m_street);
    auto *cityRow = new QHBoxLayout;
    cityRow->setSpacing(6);
    cityRow->addWidget(m_postalCode);
    cityRow->addWidget(m_city, 1);
    auto *cityLabel = new QLabel(tr("Postcode, cit&y:"));
    cityLabel->setBuddy(m_postalCode);
    form->addRow(cityLabel, cityRow);
    form->addRow(tr("Count&ry:"), m_country);
    QWidget *tagsBox = TagChips::withChips(m_db, m_tags, page);
    form->addRow(tr("Ta&gs:"), tagsBox);
    qobject_cast<QLabel *>(form->labelForField(tagsBox))->setBuddy(m_tags);
    auto *notesLabel = new QLabel(tr("N&otes:"));
    notesLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);
    m_custom = new CustomFieldsEditor(m_db, core::CustomEntity::Company, m_errors, page);
    form->addRow(m_custom);
    m_tabs->addTab(page, tr("&Details"));
    m_timeline = new TimelineView(m_db);
    m_tabs->addTab(m_timeline, tr("Ti&meline"));
    connect(m_timeline, &TimelineView::openRequested, this, &RecordDialog::recordRequested);

    m_contactsPage = new QWidget;
    m_contactsPage->setObjectName(QStringLiteral("contactsPage"));
    auto *contactsLayout = new QVBoxLayout(m_contactsPage);
    m_contacts = new QTableWidget(0, 4, m_contactsPage);
    m_contacts->setObjectName(QStringLiteral("companyContactsView"));
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("E-mail"), tr("Phone")});
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contacts->setAlternatingRowColors(true);
    m_contacts->verticalHeader()->hide();
    m_contacts->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    m_contacts->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_contacts->horizontalHeader()->setHighlightSections(false);
    m_contacts->setShowGrid(false);
    m_contacts->setWordWrap(false);
    m_contacts->setSortingEnabled(true);
    contactsLayout->addWidget(m_contacts, 1);
    auto *buttons = new QHBoxLayout;
    m_addContact = new QPushButton(Icons::themed(QStringLiteral("list-add"), QStringLiteral("add")),
                                   tr("Add contact"), m_contactsPage);
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_addContact->setAutoDefault(false);
    buttons->addWidget(m_addContact);
    buttons->addStretch(1);
    contactsLayout->addLayout(buttons);
    m_tabs->addTab(m_contactsPage, tr("&Contacts"));
    connect(m_contacts, &QTableWidget::activated, this,
            [this](const QModelIndex &index) { openContact(index.row()); });
    connect(m_addContact, &QPushButton::clicked, this, &CompanyDialog::addContact);

    m_history = new HistoryView(m_db);
    m_tabs->addTab(m_history, tr("&History"));
    resize(640, 540);
}

void CompanyDialog::fill(const core::Company &c)
{
    m_name->setText(c.name);
    m_industry->setText(c.industry);
    m_website->setText(c.website);
    m_phone->setText(c.phone);
    m_street->setText(c.street);
    m_postalCode->setText(c.postalCode);
    m_city->setText(c.city);
    m_country->setText(c.country);
    m_notes->setPlainText(c.notes);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_custom->setValues(c.custom);
    setLifecycle(m_status, c.status);
}

core::Company CompanyDialog::fromForm() const
{
    core::Company c = m_company;
    c.name = m_name->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.status = lifecycleOf(m_status);
    c.website = m_website->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.street = m_street->text().trimmed();
    c.postalCode = m_postalCode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.country = m_country->text().trimmed();
    c.notes = m_notes->toPlainText();
    c.tags.clear();
    for (const QString &t : m_tags->text().split(u',')) {
        if (!t.trimmed().isEmpty() && !c.tags.contains(t.trimmed(), Qt::CaseInsensitive))
            c.tags << t.trimmed();
    }
    c.custom = m_custom->values();
    return c;
}

QString CompanyDialog::formState() const
{
    const core::Company c = fromForm();
    return QStringList{c.name,
                       c.industry,
                       c.website,
                       c.phone,
                       c.street,
                       c.postalCode,
                       c.city,
                       c.country,
                       c.notes,
                       c.tags.join(u','),
                       m_custom->state(),
                       core::lifecycleKey(c.status)}
        .join(QChar(0x1f));
}

void CompanyDialog::loadContacts()
{
    m_contacts->setSortingEnabled(false);
    m_contacts->setRowCount(0);
    const bool stored = !m_id.isEmpty();
    m_tabs->setTabEnabled(m_tabs->indexOf(m_contactsPage), stored);
    m_addContact->setEnabled(stored);
    if (!stored)
        return;
    auto contacts = core::ContactRepository(m_db).ofCompany(m_id);
    if (!contacts) {
        m_errors.show({contacts.error()});
        return;
    }
    m_contacts->setRowCount(int(contacts->size()));
    int row = 0;
    for (const core::Contact &c : contacts.value()) {
        auto *name = new QTableWidgetItem(c.displayName());
        name->setData(Qt::UserRole, c.id);
        m_contacts->setItem(row, 0, name);
        m_contacts->setItem(row, 1, new QTableWidgetItem(c.title));
        m_contacts->setItem(row, 2, new QTableWidgetItem(c.primaryEmail()));
        m_contacts->setItem(row, 3, new QTableWidgetItem(c.primaryPhone()));
        ++row;
    }
    m_contacts->setSortingEnabled(true);
    m_contacts->resizeColumnsToContents();
    m_tabs->setTabText(m_tabs->indexOf(m_contactsPage),
                       tr("&Contacts (%L1)").arg(contacts->size()));
}

void CompanyDialog::openContact(int row)
{
    QTableWidgetItem *item = m_contacts->item(row, 0);
    if (!item)
        return;
    auto *dialog = new ContactDialog(m_db, item->data(Qt::UserRole).toByteArray(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::saved, this, [this](const QByteArray &id) {
        loadContacts();
        emit contactSaved(id);
    });
    dialog->open();
}

void CompanyDialog::addContact()
{
    auto *dialog = new ContactDialog(m_db, {}, this, m_id);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::saved, this, [this](const QByteArray &id) {
        loadContacts();
        emit contactSaved(id);
    });
    dialog->open();
}

bool CompanyDialog::save()
{
    const core::Company c = fromForm();
    if (showErrors(core::Validation::check(c) + m_custom->check()))
        return false;
    core::CompanyRepository companies(m_db);
    core::Status status;
    if (m_id.isEmpty()) {
        auto created = companies.create(c);
        if (!created) {
            status = created.error();
        } else {
            m_id = created.value();
        }
    } else {
        status = companies.update(c);
    }
    if (!status) {
        core::Error e = status.error();
        if (e.field.isEmpty())
            e.detail = Errors::describe(e);
        showErrors({e});
        return false;
    }
    m_renamed = c.name != m_company.name;
    m_company = c;
    m_company.id = m_id;
    return true;
}

} // namespace crm::ui
