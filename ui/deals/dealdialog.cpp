// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealdialog.h"

#include "activities/activitydialog.h"
#include "common/currencycombo.h"
#include "common/errors.h"
#include "common/icons.h"
#include "common/recordpicker.h"
#include "customfields/customfieldseditor.h"
#include "domain/money.h"
#include "services/companyrepository.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "services/preferences.h"
#include "tags/tagchips.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>

#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace crm::ui {

namespace {

// The expected close date's "none": the date edit's minimum, shown as its special text.
const QDate kNoDate(1999, 12, 31);
constexpr int ContactIdRole = Qt::UserRole + 1;

QFormLayout *makeForm()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Nested forms get no spacing of their own from the style: the labels touched the fields.
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(6);
    return form;
}

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

core::Error invalid(const char *field, const QString &text)
{
    return core::Error{core::ErrorCode::Invalid, text, QString::fromLatin1(field)};
}

} // namespace

core::Result<qint64> DealDialog::parseAmount(const QString &text, const QString &currency,
                                             const QLocale &locale)
{
    QString plain = text.trimmed();
    // Group separators (a space, a no-break space, a dot or a comma by locale) go; the
    // locale's decimal point becomes the '.' Money::parse reads.
    for (const QString &sep : {locale.groupSeparator(), QStringLiteral("\u00a0"),
                               QStringLiteral("\u202f"), QStringLiteral(" ")})
        plain.remove(sep);
    if (locale.decimalPoint() != u".")
        plain.replace(locale.decimalPoint(), QStringLiteral("."));
    if (plain.startsWith(locale.negativeSign()) && locale.negativeSign() != u"-")
        plain.replace(0, locale.negativeSign().size(), QStringLiteral("-"));
    if (plain.isEmpty())
        return qint64(0);
    return core::Money::parse(plain, currency);
}

QString DealDialog::amountText(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = core::Money::isCurrency(currency) ? core::Money::minorDigits(currency) : 2;
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString whole = locale.toString(minor / scale);
    if (digits == 0)
        return whole;
    const QString cents = QStringLiteral("%1").arg(qAbs(minor % scale), digits, 10, QChar(u'0'));
    if (minor < 0 && minor / scale == 0)
        whole = locale.negativeSign() + whole;
    return whole + locale.decimalPoint() + cents;
}

DealDialog *DealDialog::open(core::DatabasePtr db, const QByteArray &id, QWidget *parent,
                             const Prefill &prefill)
{
    auto *dialog = new DealDialog(std::move(db), id, parent, prefill);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open();
    return dialog;
}

DealDialog::DealDialog(core::DatabasePtr db, const QByteArray &id, QWidget *parent,
                       const Prefill &prefill)
    : RecordDialog(std::move(db), id, parent)
{
    setObjectName(QStringLiteral("dealDialog"));
    buildForm();
    loadPipelines();
    if (!m_id.isEmpty()) {
        auto loaded = core::DealRepository(m_db).get(m_id);
        if (loaded) {
            m_deal = loaded.value();
        } else {
            m_errors.show({loaded.error()});
            m_saveButton->setEnabled(false);
        }
    } else {
        m_deal.owner = m_db->localUser();
        QSqlDatabase c = m_db->connection();
        m_deal.currency = core::Preferences::defaultCurrency(c);
        m_deal.title = prefill.title;
        m_deal.companyId = prefill.companyId;
        if (!prefill.companyId.isEmpty())
            m_deal.companyName =
                RecordPicker::nameOf(m_db, RecordPicker::Kind::Company, prefill.companyId);
        if (!prefill.contactId.isEmpty())
            m_deal.contacts << core::DealContact{
                {},
                prefill.contactId,
                {},
                RecordPicker::nameOf(m_db, RecordPicker::Kind::Contact, prefill.contactId)};
    }
    fill(m_deal);
    m_timeline->load(m_id);
    setWindowTitle(m_id.isEmpty() ? tr("New deal") : tr("%1 — Deal").arg(m_deal.title));
    markClean();
    m_title->setFocus();
}

void DealDialog::buildForm()
{
    auto *page = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailsPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detailsPage = scroll;

    m_title = lineEdit("titleEdit", page);
    m_title->setPlaceholderText(tr("e.g. 40 laptops for the Riga office"));
    m_company = new RecordPicker(m_db, RecordPicker::Kind::Company, page);
    m_company->setObjectName(QStringLiteral("companyPicker"));

    // Contacts: a table of (name, role) and a picker that adds the contact picked.
    m_contacts = new QTableWidget(0, 2, page);
    m_contacts->setObjectName(QStringLiteral("dealContactsTable"));
    m_contacts->setHorizontalHeaderLabels({tr("Contact"), tr("Role")});
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    m_contacts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_contacts->verticalHeader()->hide();
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contacts->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_contacts->setMinimumHeight(90);
    m_contacts->setMaximumHeight(110);
    m_contacts->setToolTip(tr("Type a role such as “decision maker” into the Role column"));
    m_contactPicker = new RecordPicker(m_db, RecordPicker::Kind::Contact, page);
    m_contactPicker->setObjectName(QStringLiteral("contactPicker"));
    m_contactPicker->setPlaceholderText(tr("Type to add a contact"));
    m_removeContact = new QPushButton(
        Icons::themed(QStringLiteral("list-remove"), QStringLiteral("remove")), tr("Remove"), page);
    m_removeContact->setObjectName(QStringLiteral("removeDealContactButton"));
    m_removeContact->setAutoDefault(false);
    m_removeContact->setToolTip(tr("Take the selected contact off the deal"));
    connect(m_contactPicker, &RecordPicker::picked, this, [this](const QByteArray &contactId) {
        if (contactId.isEmpty())
            return;
        bool present = false;
        for (int r = 0; r < m_contacts->rowCount(); ++r)
            present = present || m_contacts->item(r, 0)->data(ContactIdRole) == contactId;
        if (!present)
            addContactRow(contactId,
                          RecordPicker::nameOf(m_db, RecordPicker::Kind::Contact, contactId), {});
        // After the picker shows the name: empty it for the next one.
        QMetaObject::invokeMethod(
            m_contactPicker, [this] { m_contactPicker->setRecord({}, {}); }, Qt::QueuedConnection);
    });
    connect(m_removeContact, &QPushButton::clicked, this, [this] {
        const int row = m_contacts->currentRow();
        if (row >= 0)
            m_contacts->removeRow(row);
    });
    auto *contactsBox = new QWidget(page);
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    contactsLayout->setContentsMargins(0, 0, 0, 0);
    contactsLayout->setSpacing(4);
    contactsLayout->addWidget(m_contacts);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_contactPicker, 1);
    pickRow->addWidget(m_removeContact);
    contactsLayout->addLayout(pickRow);

    m_amount = lineEdit("amountEdit", page);
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setPlaceholderText(amountText(125000, QStringLiteral("EUR")));
    m_currency = makeCurrencyCombo(QStringLiteral("currencyCombo"), page);
    auto *amountBox = new QWidget(page);
    auto *amountRow = new QHBoxLayout(amountBox);
    amountRow->setContentsMargins(0, 0, 0, 0);
    amountRow->addWidget(m_errors.wrap(QStringLiteral("amount"), m_amount), 1);
    amountRow->addWidget(m_errors.wrap(QStringLiteral("currency"), m_currency));

    m_pipeline = new QComboBox(page);
    m_pipeline->setObjectName(QStringLiteral("pipelineCombo"));
    m_stage = new QComboBox(page);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &DealDialog::pipelineChosen);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DealDialog::stageChosen);

    m_probabilitySpin = new QSpinBox(page);
    m_probabilitySpin->setObjectName(QStringLiteral("probabilitySpin"));
    m_probabilitySpin->setRange(0, 100);
    m_probabilitySpin->setSuffix(QLocale().percent());
    m_probabilityHint = new QLabel(page);
    m_probabilityHint->setObjectName(QStringLiteral("probabilityHint"));
    QPalette hint = m_probabilityHint->palette();
    hint.setColor(QPalette::WindowText, hint.color(QPalette::PlaceholderText));
    m_probabilityHint->setPalette(hint);
    // Room for the longest hint from the start: a hint that grows as the user types would
    // wait for a relayout and show cut off meanwhile.
    m_probabilityHint->setMinimumWidth(std::max(
        m_probabilityHint->fontMetrics().horizontalAdvance(
            tr("overridden (stage: %1%2)").arg(QLocale().toString(100), QLocale().percent())),
        m_probabilityHint->fontMetrics().horizontalAdvance(tr("the stage's default"))));
    m_resetProbability = new QToolButton(page);
    m_resetProbability->setObjectName(QStringLiteral("resetProbabilityButton"));
    m_resetProbability->setText(tr("Use stage default"));
    m_resetProbability->setToolTip(tr("Go back to the probability of the deal's stage"));
    connect(m_probabilitySpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_settingProbability)
            return;
        m_probability = value;
        showProbability();
    });
    connect(m_resetProbability, &QToolButton::clicked, this, [this] {
        m_probability.reset();
        showProbability();
    });
    auto *probabilityBox = new QWidget(page);
    auto *probabilityRow = new QHBoxLayout(probabilityBox);
    probabilityRow->setContentsMargins(0, 0, 0, 0);
    probabilityRow->addWidget(m_probabilitySpin);
    probabilityRow->addWidget(m_probabilityHint, 1);
    probabilityRow->addWidget(m_resetProbability);

    m_close = new QDateEdit(page);
    m_close->setObjectName(QStringLiteral("expectedCloseEdit"));
    m_close->setCalendarPopup(true);
    m_close->setMinimumDate(kNoDate);
    m_close->setSpecialValueText(tr("None"));
    m_close->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_close->setToolTip(tr("The day the deal is expected to close; the earliest date means none"));

    m_owner = lineEdit("ownerEdit", page);
    m_source = lineEdit("sourceEdit", page);
    m_source->setPlaceholderText(tr("e.g. trade fair, website, referral"));
    m_nextStep = lineEdit("nextStepEdit", page);
    m_nextStep->setPlaceholderText(tr("e.g. send the revised offer"));
    m_lostReason = lineEdit("lostReasonEdit", page);
    m_lostReason->setPlaceholderText(tr("Why the deal was lost"));
    m_visibility = new QComboBox(page);
    m_visibility->setObjectName(QStringLiteral("visibilityCombo"));
    m_visibility->addItem(tr("Team"), QStringLiteral("team"));
    m_visibility->addItem(tr("Private"), QStringLiteral("private"));
    m_tags = lineEdit("tagsEdit", page);
    m_tags->setPlaceholderText(tr("Comma separated, e.g. renewal, hardware"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);

    auto *left = makeForm();
    left->addRow(tr("&Title:"), m_errors.wrap(QStringLiteral("title"), m_title));
    left->addRow(tr("C&ompany:"), m_errors.wrap(QStringLiteral("company"), m_company));
    auto *contactsLabel = new QLabel(tr("Co&ntacts:"));
    contactsLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    contactsLabel->setBuddy(m_contactPicker);
    left->addRow(contactsLabel, m_errors.wrap(QStringLiteral("contact"), contactsBox));
    left->addRow(tr("&Amount:"), amountBox);
    qobject_cast<QLabel *>(left->labelForField(amountBox))->setBuddy(m_amount);
    left->addRow(tr("Ne&xt step:"), m_nextStep);

    m_rightForm = makeForm();
    m_rightForm->addRow(tr("&Pipeline:"), m_pipeline);
    // How long a stored deal has been in its stage (the stage it was loaded with).
    m_stageTime = new QLabel(page);
    m_stageTime->setObjectName(QStringLiteral("timeInStageLabel"));
    m_stageTime->setForegroundRole(QPalette::PlaceholderText);
    auto *stageRow = new QWidget(page);
    auto *stageLayout = new QHBoxLayout(stageRow);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    stageLayout->addWidget(m_errors.wrap(QStringLiteral("stage"), m_stage), 1);
    stageLayout->addWidget(m_stageTime, 0, Qt::AlignTop);
    m_rightForm->addRow(tr("&Stage:"), stageRow);
    qobject_cast<QLabel *>(m_rightForm->labelForField(stageRow))->setBuddy(m_stage);
    m_rightForm->addRow(tr("Lost &reason:"),
                        m_errors.wrap(QStringLiteral("lostReason"), m_lostReason));
    m_rightForm->addRow(tr("Pro&bability:"),
                        m_errors.wrap(QStringLiteral("probability"), probabilityBox));
    qobject_cast<QLabel *>(
        m_rightForm->labelForField(m_rightForm->itemAt(3, QFormLayout::FieldRole)->widget()))
        ->setBuddy(m_probabilitySpin);
    m_rightForm->addRow(tr("Expected c&lose:"), m_close);
    m_rightForm->addRow(tr("O&wner:"), m_owner);
    m_rightForm->addRow(tr("So&urce:"), m_source);
    m_rightForm->addRow(tr("&Visibility:"),
                        m_errors.wrap(QStringLiteral("visibility"), m_visibility));
    QWidget *tagsBox = TagChips::withChips(m_db, m_tags, page);
    m_rightForm->addRow(tr("Ta&gs:"), tagsBox);
    qobject_cast<QLabel *>(m_rightForm->labelForField(tagsBox))->setBuddy(m_tags);

    auto *grid = new QGridLayout(page);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(8);
    grid->addLayout(left, 0, 0);
    grid->addLayout(m_rightForm, 0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *notesForm = makeForm();
    auto *notesLabel = new QLabel(tr("Not&es:"));
    notesLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    notesLabel->setBuddy(m_notes);
    notesForm->addRow(notesLabel, m_notes);
    grid->addLayout(notesForm, 1, 0, 1, 2);
    grid->setRowStretch(1, 1);
    m_custom = new CustomFieldsEditor(m_db, core::CustomEntity::Deal, m_errors, page);
    grid->addWidget(m_custom, 2, 0, 1, 2);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, tr("&Details"));
    m_timeline = new TimelineView(m_db);
    m_tabs->addTab(m_timeline, tr("Ti&meline"));
    connect(m_timeline, &TimelineView::openRequested, this, &RecordDialog::recordRequested);

    m_logActivity =
        addRecordAction(tr("Log activity…"), QStringLiteral("logActivityButton"),
                        tr("Record a call, meeting, task, note or e-mail about this deal"));
    connect(m_logActivity, &QPushButton::clicked, this, [this] {
        ActivityPrefill prefill;
        prefill.kind = core::Activity::Kind::Call;
        prefill.dealId = m_id;
        prefill.companyId = m_deal.companyId;
        if (!m_deal.contacts.isEmpty())
            prefill.contactId = m_deal.contacts.first().contactId;
        ActivityDialog::open(m_db, {}, this, prefill);
    });

    QWidget *chain[] = {m_title,
                        m_company,
                        m_contacts,
                        m_contactPicker,
                        m_removeContact,
                        m_amount,
                        m_currency,
                        m_nextStep,
                        m_pipeline,
                        m_stage,
                        m_lostReason,
                        m_probabilitySpin,
                        m_resetProbability,
                        m_close,
                        m_owner,
                        m_source,
                        m_visibility,
                        m_tags,
                        m_notes};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    resize(900, 560);
}

void DealDialog::loadPipelines()
{
    auto pipelines = core::PipelineRepository(m_db).list();
    if (!pipelines) {
        m_errors.show({pipelines.error()});
        return;
    }
    m_pipelines = pipelines.value();
    const QSignalBlocker block(m_pipeline);
    m_pipeline->clear();
    for (const core::Pipeline &p : std::as_const(m_pipelines))
        m_pipeline->addItem(p.displayName(), p.id);
}

void DealDialog::pipelineChosen()
{
    const QByteArray pipelineId = m_pipeline->currentData().toByteArray();
    const QSignalBlocker block(m_stage);
    m_stage->clear();
    for (const core::Pipeline &p : std::as_const(m_pipelines)) {
        if (p.id != pipelineId)
            continue;
        for (const core::Stage &s : p.stages) {
            QString label = s.displayName();
            if (s.outcome == core::StageOutcome::Won)
                label = tr("%1 (won)").arg(label);
            else if (s.outcome == core::StageOutcome::Lost)
                label = tr("%1 (lost)").arg(label);
            m_stage->addItem(label, s.id);
        }
    }
    m_stage->setCurrentIndex(m_stage->count() > 0 ? 0 : -1);
    stageChosen();
}

std::optional<core::Stage> DealDialog::currentStage() const
{
    const QByteArray stageId = m_stage->currentData().toByteArray();
    for (const core::Pipeline &p : m_pipelines) {
        for (const core::Stage &s : p.stages) {
            if (s.id == stageId)
                return s;
        }
    }
    return std::nullopt;
}

void DealDialog::stageChosen()
{
    const auto stage = currentStage();
    m_rightForm->setRowVisible(m_lostReason->parentWidget(),
                               stage && stage->outcome == core::StageOutcome::Lost);
    showProbability();
}

void DealDialog::showProbability()
{
    const auto stage = currentStage();
    const int stageDefault = stage ? stage->probability : 0;
    m_settingProbability = true;
    m_probabilitySpin->setValue(m_probability.value_or(stageDefault));
    m_settingProbability = false;
    m_probabilityHint->setText(m_probability
                                   ? tr("overridden (stage: %1%2)")
                                         .arg(QLocale().toString(stageDefault), QLocale().percent())
                                   : tr("the stage's default"));
    m_resetProbability->setEnabled(m_probability.has_value());
}

void DealDialog::addContactRow(const QByteArray &id, const QString &name, const QString &role)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(ContactIdRole, id);
    nameItem->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    m_contacts->setItem(row, 0, nameItem);
    m_contacts->setItem(row, 1, new QTableWidgetItem(role));
}

void DealDialog::fill(const core::Deal &d)
{
    m_title->setText(d.title);
    m_company->setRecord(d.companyId, d.companyName);
    m_contacts->setRowCount(0);
    for (const core::DealContact &c : d.contacts)
        addContactRow(c.contactId, c.contactName, c.role);
    m_amount->setText(m_id.isEmpty() && d.amount == 0 ? QString()
                                                      : amountText(d.amount, d.currency));
    m_currency->setCurrentText(d.currency);
    // Pipeline and stage: the deal's, or the default pipeline's first open stage.
    QByteArray pipelineId = d.pipelineId;
    QByteArray stageId = d.stageId;
    if (stageId.isEmpty() && !m_pipelines.isEmpty()) {
        // The first pipeline (the default one: its ids are the team's once signed in).
        pipelineId = m_pipelines.constFirst().id;
        if (!m_pipelines.constFirst().stages.isEmpty())
            stageId = m_pipelines.constFirst().stages.constFirst().id;
    }
    const int p = m_pipeline->findData(pipelineId);
    m_pipeline->setCurrentIndex(std::max(p, 0));
    pipelineChosen();
    const int s = m_stage->findData(stageId);
    if (s >= 0)
        m_stage->setCurrentIndex(s);
    m_probability = d.probability;
    stageChosen();
    m_stageTime->clear();
    if (!d.id.isEmpty() && d.stageSince > 0) {
        const qint64 days =
            core::DealRepository::timeInStage(d, QDateTime::currentMSecsSinceEpoch()) /
            (24 * 3600 * 1000);
        m_stageTime->setText(tr("Days in this stage: %1").arg(QLocale().toString(days)));
        m_stageTime->setToolTip(
            tr("In this stage since %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.stageSince).date(),
                                        QLocale::ShortFormat)));
    }
    m_close->setDate(d.expectedClose.isValid() ? d.expectedClose : kNoDate);
    m_owner->setText(d.owner);
    m_source->setText(d.source);
    m_nextStep->setText(d.nextStep);
    m_lostReason->setText(d.lostReason);
    m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(d.visibility)));
    m_tags->setText(d.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(d.notes);
    m_custom->setValues(d.custom);
}

core::Deal DealDialog::fromForm(QList<core::Error> *errors) const
{
    core::Deal d = m_deal; // keeps id, rid, times
    d.title = m_title->text().trimmed();
    d.companyId = m_company->id();
    d.companyName = m_company->text().trimmed();
    d.contacts.clear();
    for (int r = 0; r < m_contacts->rowCount(); ++r) {
        const QTableWidgetItem *role = m_contacts->item(r, 1);
        d.contacts << core::DealContact{{},
                                        m_contacts->item(r, 0)->data(ContactIdRole).toByteArray(),
                                        role ? role->text().trimmed() : QString(),
                                        m_contacts->item(r, 0)->text()};
    }
    d.currency = m_currency->currentText().trimmed().toUpper();
    auto amount = parseAmount(m_amount->text(), d.currency);
    if (amount) {
        d.amount = amount.value();
    } else if (errors) {
        *errors << invalid(
            "amount",
            tr("Type an amount such as %1").arg(amountText(125050, QStringLiteral("EUR"))));
    }
    d.stageId = m_stage->currentData().toByteArray();
    d.probability = m_probability;
    d.expectedClose = m_close->date() == kNoDate ? QDate() : m_close->date();
    d.owner = m_owner->text().trimmed();
    d.source = m_source->text().trimmed();
    d.nextStep = m_nextStep->text().trimmed();
    const auto stage = currentStage();
    d.lostReason = stage && stage->outcome == core::StageOutcome::Lost
                       ? m_lostReason->text().trimmed()
                       : QString();
    d.visibility = m_visibility->currentData().toString();
    d.tags.clear();
    const QStringList tags = m_tags->text().split(u',');
    for (const QString &t : tags) {
        if (!t.trimmed().isEmpty() && !d.tags.contains(t.trimmed(), Qt::CaseInsensitive))
            d.tags << t.trimmed();
    }
    d.notes = m_notes->toPlainText();
    d.custom = m_custom->values();
    return d;
}

QString DealDialog::formState() const
{
    const core::Deal d = fromForm(nullptr);
    QStringList parts = {d.title,
                         m_company->text().trimmed(),
                         m_amount->text().trimmed(),
                         d.currency,
                         QString::fromLatin1(d.stageId.toHex()),
                         d.probability ? QString::number(*d.probability) : QString(),
                         d.expectedClose.toString(Qt::ISODate),
                         d.owner,
                         d.source,
                         d.nextStep,
                         m_lostReason->text().trimmed(),
                         d.visibility,
                         d.tags.join(u','),
                         d.notes};
    for (const core::DealContact &c : d.contacts)
        parts << QString::fromLatin1(c.contactId.toHex()) + u':' + c.role;
    parts << m_custom->state();
    return parts.join(QChar(0x1f));
}

bool DealDialog::save()
{
    QList<core::Error> errors;
    core::Deal d = fromForm(&errors);
    // Every mistake at once, at its field, in the order of the form.
    if (d.title.isEmpty())
        errors.prepend(invalid("title", tr("A deal needs a title")));
    if (!m_company->text().trimmed().isEmpty() && d.companyId.isEmpty()) {
        // Typed but not picked: an exact name still counts.
        auto found = core::CompanyRepository(m_db).findByName(m_company->text().trimmed());
        if (found && !found->isEmpty())
            d.companyId = found.value();
        else
            errors << invalid("company", tr("There is no company “%1”; pick one from the list")
                                             .arg(m_company->text().trimmed()));
    }
    if (errors.isEmpty() || errors.first().field != u"amount") {
        if (d.amount < 0)
            errors << invalid("amount", tr("The amount cannot be negative"));
    }
    if (!core::Money::isCurrency(d.currency))
        errors << invalid(
            "currency",
            tr("“%1” is not a currency code; use one like EUR, USD or PLN").arg(d.currency));
    const auto stage = currentStage();
    if (!stage)
        errors << invalid("stage", tr("Choose a stage"));
    else if (stage->outcome == core::StageOutcome::Lost && d.lostReason.isEmpty())
        errors << invalid("lostReason", tr("Say why the deal was lost"));
    errors << m_custom->check();
    if (showErrors(errors))
        return false;

    auto fail = [this](core::Error e) {
        if (e.field.isEmpty())
            e.detail = Errors::describe(e);
        showErrors({e});
        return false;
    };
    core::DealRepository deals(m_db);
    if (m_id.isEmpty()) {
        auto created = deals.create(d);
        if (!created)
            return fail(created.error());
        m_id = created.value();
        pushSaved(
            tr("New deal “%1”").arg(d.title),
            [db = m_db, id = m_id] { return core::DealRepository(db).remove(id); },
            [db = m_db, id = m_id] { return core::DealRepository(db).restore(id); });
    } else {
        auto before = deals.get(m_id);
        if (!before)
            return fail(before.error());
        if (auto st = deals.update(d); !st)
            return fail(st.error());
        auto after = deals.get(m_id);
        if (after) {
            pushSaved(
                tr("Edit deal “%1”").arg(d.title),
                [db = m_db, b = before.value()] { return core::DealRepository(db).update(b); },
                [db = m_db, a = after.value()] { return core::DealRepository(db).update(a); });
        }
    }
    if (auto stored = deals.get(m_id))
        m_deal = stored.value();
    m_timeline->load(m_id);
    return true;
}

void DealDialog::refreshFromDatabase()
{
    if (m_id.isEmpty() || isModified())
        return; // unsaved edits stay; they are saved as an ordinary edit
    auto loaded = core::DealRepository(m_db).get(m_id);
    if (!loaded)
        return;
    m_deal = loaded.value();
    loadPipelines();
    fill(m_deal);
    m_timeline->load(m_id);
    setWindowTitle(tr("%1 — Deal").arg(m_deal.title));
    markClean();
}

} // namespace crm::ui
