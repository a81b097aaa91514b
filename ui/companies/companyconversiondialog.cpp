// SPDX-License-Identifier: GPL-3.0-or-later
#include "companyconversiondialog.h"

#include "common/currencycombo.h"
#include "common/errors.h"
#include "deals/dealdialog.h"
#include "services/contactrepository.h"
#include "services/pipelinerepository.h"
#include "services/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace crm::ui {

CompanyConversionDialog::CompanyConversionDialog(core::DatabasePtr db, const core::Company &company,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_companyId(company.id)
{
    setObjectName(QStringLiteral("convertCompanyDialog"));
    setWindowTitle(tr("Convert lead — %1").arg(company.name));

    // The person: the company's contacts (leads first, as they are who converts), or new.
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("primaryContactCombo"));
    m_contact->addItem(tr("New contact"), QByteArray());
    // A lead among its contacts is the likely person; else the first one; else a new one.
    int preferred = -1;
    if (auto contacts = core::ContactRepository(m_db).ofCompany(company.id)) {
        for (const core::Contact &c : contacts.value()) {
            if (preferred < 0 && c.status == core::LifecycleStatus::Lead)
                preferred = m_contact->count();
            m_contact->addItem(c.displayName(), c.id);
        }
    }
    if (preferred < 0)
        preferred = m_contact->count() > 1 ? 1 : 0;
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_firstName->setPlaceholderText(tr("First name"));
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_lastName->setPlaceholderText(tr("Last name"));
    auto *names = new QHBoxLayout;
    names->setSpacing(6);
    names->addWidget(m_firstName, 1);
    names->addWidget(m_lastName, 1);

    m_title = new QLineEdit(tr("Deal with %1").arg(company.name), this);
    m_title->setObjectName(QStringLiteral("dealTitleEdit"));
    QSqlDatabase connection = m_db->connection();
    const QString currency = core::Preferences::defaultCurrency(connection);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setPlaceholderText(DealDialog::amountText(125000, currency));
    m_currency = makeCurrencyCombo(QStringLiteral("currencyCombo"), this);
    m_currency->setCurrentText(currency);
    auto *money = new QHBoxLayout;
    money->setSpacing(6);
    money->addWidget(m_amount, 1);
    money->addWidget(m_currency);
    // Open stages of every pipeline, the default pipeline's first stage chosen.
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    if (auto pipelines = core::PipelineRepository(m_db).list()) {
        for (const core::Pipeline &p : pipelines.value()) {
            for (const core::Stage &s : p.stages) {
                if (s.outcome != core::StageOutcome::Open)
                    continue;
                m_stage->addItem(pipelines->size() > 1
                                     ? tr("%1 · %2").arg(p.displayName(), s.displayName())
                                     : s.displayName(),
                                 s.id);
            }
        }
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("convertLeadError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Con&vert"));

    auto *intro = new QLabel(tr("The company becomes a prospect with its contact and a new deal; "
                                "its history stays."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(intro);
    form->addRow(tr("C&ontact:"), m_contact);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_firstName);
    form->addRow(nameLabel, names);
    form->addRow(tr("&Deal:"), m_title);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, money);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyConversionDialog::convert);
    connect(m_contact, &QComboBox::currentIndexChanged, this,
            &CompanyConversionDialog::contactChosen);
    m_contact->setCurrentIndex(preferred);
    contactChosen();
    setMinimumWidth(460);
    m_title->setFocus();
    m_title->selectAll();
}

void CompanyConversionDialog::contactChosen()
{
    // A picked contact shows its name; only a new person's is typed.
    const bool isNew = m_contact->currentData().toByteArray().isEmpty();
    m_firstName->setEnabled(isNew);
    m_lastName->setEnabled(isNew);
    if (!isNew) {
        m_firstName->clear();
        m_lastName->clear();
        m_firstName->setPlaceholderText(m_contact->currentText());
        m_lastName->setPlaceholderText(QString());
    } else {
        m_firstName->setPlaceholderText(tr("First name"));
        m_lastName->setPlaceholderText(tr("Last name"));
    }
}

void CompanyConversionDialog::showError(const core::Error &error)
{
    m_error->setText(Errors::describe(error));
    m_error->show();
}

void CompanyConversionDialog::convert()
{
    core::Deal deal;
    deal.title = m_title->text().trimmed();
    deal.currency = m_currency->currentText().trimmed().toUpper();
    deal.stageId = m_stage->currentData().toByteArray();
    auto amount = DealDialog::parseAmount(m_amount->text(), deal.currency);
    if (!amount) {
        showError(core::Error{
            core::ErrorCode::Invalid,
            tr("Type an amount such as %1").arg(DealDialog::amountText(125050, deal.currency)),
            QStringLiteral("amount")});
        m_amount->setFocus();
        return;
    }
    deal.amount = amount.value();
    deal.owner = m_db->localUser();
    const core::LeadConversion::PrimaryContact person{m_contact->currentData().toByteArray(),
                                                      m_firstName->text().trimmed(),
                                                      m_lastName->text().trimmed()};
    auto done = core::LeadConversion(m_db).convertCompany(m_companyId, deal, person);
    if (!done) {
        showError(done.error());
        const QString field = done.error().field;
        (field == u"first_name" ? m_firstName
         : field == u"amount"   ? m_amount
                                : m_title)
            ->setFocus();
        return;
    }
    emit converted(done.value());
    accept();
}

} // namespace crm::ui
