// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfieldssettingspage.h"

#include "common/messagebox.h"
#include "common/progressjob.h"
#include "services/customfieldrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace crm::ui {

namespace {

constexpr int IdRole = Qt::UserRole;

QString typeLabel(core::CustomFieldType type)
{
    switch (type) {
    case core::CustomFieldType::Text:
        return CustomFieldsSettingsPage::tr("Text");
    case core::CustomFieldType::LongText:
        return CustomFieldsSettingsPage::tr("Long text");
    case core::CustomFieldType::Number:
        return CustomFieldsSettingsPage::tr("Number");
    case core::CustomFieldType::Money:
        return CustomFieldsSettingsPage::tr("Money");
    case core::CustomFieldType::Date:
        return CustomFieldsSettingsPage::tr("Date");
    case core::CustomFieldType::YesNo:
        return CustomFieldsSettingsPage::tr("Yes/no");
    case core::CustomFieldType::Choice:
        return CustomFieldsSettingsPage::tr("Single choice");
    case core::CustomFieldType::MultiChoice:
        return CustomFieldsSettingsPage::tr("Multiple choice");
    case core::CustomFieldType::Url:
        return CustomFieldsSettingsPage::tr("Web address");
    }
    return {};
}

bool choosing(core::CustomFieldType t)
{
    return t == core::CustomFieldType::Choice || t == core::CustomFieldType::MultiChoice;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    l->setPalette(p);
    l->setVisible(false);
    return l;
}

} // namespace

CustomFieldsSettingsPage::CustomFieldsSettingsPage(core::DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("customFieldsSettingsPage"));
    m_entityCombo = new QComboBox(this);
    m_entityCombo->setObjectName(QStringLiteral("entityCombo"));
    m_entityCombo->addItem(tr("Contacts"), int(core::CustomEntity::Contact));
    m_entityCombo->addItem(tr("Companies"), int(core::CustomEntity::Company));
    m_entityCombo->addItem(tr("Deals"), int(core::CustomEntity::Deal));
    auto *entityLabel = new QLabel(tr("&Fields of:"), this);
    entityLabel->setBuddy(m_entityCombo);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("fieldList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setToolTip(tr("Drag to reorder, or Alt+Up / Alt+Down"));

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addFieldButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editFieldButton"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteFieldButton"));
    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down = new QPushButton(tr("Move do&wn"), this);
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_error = errorLabel(this);

    auto *top = new QHBoxLayout;
    top->addWidget(entityLabel);
    top->addWidget(m_entityCombo, 1);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, m_edit, m_delete, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_error);

    connect(m_entityCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_entity = core::CustomEntity(m_entityCombo->currentData().toInt());
        reload();
    });
    connect(add, &QPushButton::clicked, this, &CustomFieldsSettingsPage::addField);
    connect(m_edit, &QPushButton::clicked, this, &CustomFieldsSettingsPage::editField);
    connect(m_list, &QListWidget::itemActivated, this, &CustomFieldsSettingsPage::editField);
    connect(m_delete, &QPushButton::clicked, this, &CustomFieldsSettingsPage::deleteField);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    m_list->installEventFilter(this);
    // A drop has moved the item already: store the list's order.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            &CustomFieldsSettingsPage::saveOrder);
    connect(m_list, &QListWidget::currentRowChanged, this,
            &CustomFieldsSettingsPage::updateButtons);
    reload();
}

bool CustomFieldsSettingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            move(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomFieldsSettingsPage::setEntity(core::CustomEntity entity)
{
    m_entityCombo->setCurrentIndex(m_entityCombo->findData(int(entity)));
}

QByteArray CustomFieldsSettingsPage::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toByteArray() : QByteArray();
}

void CustomFieldsSettingsPage::reload(const QByteArray &select)
{
    m_list->clear();
    auto fields = core::CustomFieldRepository(m_db).list(m_entity);
    m_error->setVisible(!fields);
    if (!fields) {
        m_error->setText(fields.error().message());
        return;
    }
    m_fields = fields.value();
    for (const core::CustomFieldDefinition &d : std::as_const(m_fields)) {
        QString text = d.label + QStringLiteral(" — ") + typeLabel(d.type);
        if (d.required)
            text += QStringLiteral(" · ") + tr("required");
        if (choosing(d.type))
            text += QStringLiteral(" · ") + d.choices.join(QStringLiteral(", "));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, d.id);
        item->setToolTip(tr("Key: %1").arg(d.key));
        if (d.id == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

// Edit and delete need a field; moving, somewhere to move it to.
void CustomFieldsSettingsPage::updateButtons()
{
    const int row = m_list->currentRow();
    m_edit->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void CustomFieldsSettingsPage::addField()
{
    core::CustomFieldDefinition def;
    def.entity = m_entity;
    auto *dialog = new CustomFieldDialog(m_db, def, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload(dialog->definition().id);
        emit fieldsChanged();
        refreshSearch(dialog->definition().id);
    });
    dialog->open();
}

void CustomFieldsSettingsPage::editField()
{
    const QByteArray id = currentId();
    const auto it =
        std::find_if(m_fields.cbegin(), m_fields.cend(), [&](const auto &d) { return d.id == id; });
    if (it == m_fields.cend())
        return;
    auto *dialog = new CustomFieldDialog(m_db, *it, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        reload(id);
        emit fieldsChanged();
        if (dialog->searchRefreshDue())
            refreshSearch(id);
    });
    dialog->open();
}

void CustomFieldsSettingsPage::deleteField()
{
    const QByteArray id = currentId();
    if (id.isEmpty())
        return;
    core::CustomFieldRepository repo(m_db);
    const int values = repo.valueCount(id).ok() ? repo.valueCount(id).value() : 0;
    const QString label = m_list->currentItem()->text().section(QStringLiteral(" — "), 0, 0);
    const QString text =
        values > 0 ? tr("Records with a value in “%1”: %2. The field and its values will be "
                        "hidden from forms, lists and reports; adding a field with the same key "
                        "brings them back. Delete it?")
                         .arg(label)
                         .arg(QLocale().toString(values))
                   : tr("Delete the field “%1”?").arg(label);
    if (MessageBox::question(this, tr("Delete field"), text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto s = repo.remove(id, core::CustomFieldRepository::SearchRefresh::Later); !s) {
        m_error->setText(s.error().message());
        m_error->setVisible(true);
        return;
    }
    reload();
    emit fieldsChanged();
    refreshSearch(id);
}

void CustomFieldsSettingsPage::refreshSearch(const QByteArray &fieldId)
{
    const ProgressJobTexts texts{QStringLiteral("customFieldSearchProgress"),
                                 tr("Custom Fields"),
                                 tr("Updating the search for the field's records…"),
                                 tr("Records updated: %1 of %2"),
                                 tr("Stopping after the current set…"),
                                 tr("Stop")};
    auto db = m_db;
    QPointer<CustomFieldsSettingsPage> self = this;
    runWithProgress(
        this, db, texts,
        [db, fieldId](const JobProgress &progress) {
            return core::CustomFieldRepository(db).refreshSearch(fieldId, progress);
        },
        [self](const core::Status &s) {
            if (!self || s)
                return;
            // Stopped or failed: say so (what was refreshed stays refreshed).
            self->m_error->setText(
                s.error().code == core::ErrorCode::Cancelled
                    ? tr("Updating the search was stopped: some records may still be found by "
                         "the field's earlier values.")
                    : s.error().message());
            self->m_error->setVisible(true);
        });
}

void CustomFieldsSettingsPage::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    saveOrder();
}

void CustomFieldsSettingsPage::saveOrder()
{
    QList<QByteArray> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(IdRole).toByteArray();
    if (auto s = core::CustomFieldRepository(m_db).reorder(m_entity, ids); !s) {
        m_error->setText(s.error().message());
        m_error->setVisible(true);
        return;
    }
    const QByteArray current = currentId();
    reload(current);
    emit fieldsChanged();
}

CustomFieldDialog::CustomFieldDialog(core::DatabasePtr db, core::CustomFieldDefinition def,
                                     bool adding, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_def(std::move(def))
    , m_adding(adding)
{
    setObjectName(QStringLiteral("customFieldDialog"));
    setWindowTitle(adding ? tr("New field") : tr("Edit field"));
    m_label = new QLineEdit(m_def.label, this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_key = new QLineEdit(m_def.key, this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setReadOnly(!adding);
    m_key->setToolTip(tr("How crm-cli, imports and exports name the field; fixed once created"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (core::CustomFieldType t : core::allTypes())
        m_type->addItem(typeLabel(t), core::typeKey(t));
    m_type->setCurrentIndex(m_type->findData(core::typeKey(m_def.type)));
    m_required = new QCheckBox(tr("A value is re&quired"), this);
    m_required->setObjectName(QStringLiteral("requiredCheck"));
    m_required->setChecked(m_def.required);
    m_choices = new QPlainTextEdit(m_def.choices.join(u'\n'), this);
    m_choices->setObjectName(QStringLiteral("choicesEdit"));
    m_choices->setTabChangesFocus(true);
    m_choices->setPlaceholderText(tr("One choice per line, in the order to offer them"));
    m_error = errorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_required);
    m_choicesLabel = new QLabel(tr("&Choices:"), this);
    m_choicesLabel->setBuddy(m_choices);
    form->addRow(m_choicesLabel, m_choices);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomFieldDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // A new field's key follows its label until the key is typed into.
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_adding || m_keyEdited)
            return;
        QString key = text.toLower();
        key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
        key.remove(QRegularExpression(QStringLiteral("^[_0-9]+|_+$")));
        m_key->setText(key.left(40));
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomFieldDialog::typeChosen);
    typeChosen();
    resize(420, sizeHint().height());
}

void CustomFieldDialog::typeChosen()
{
    core::CustomFieldType t = core::CustomFieldType::Text;
    core::parseType(m_type->currentData().toString(), &t);
    m_choices->setVisible(choosing(t));
    m_choicesLabel->setVisible(choosing(t));
}

void CustomFieldDialog::accept()
{
    m_def.label = m_label->text();
    m_def.key = m_key->text().trimmed();
    core::parseType(m_type->currentData().toString(), &m_def.type);
    m_def.required = m_required->isChecked();
    m_def.choices.clear();
    for (const QString &line : m_choices->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            m_def.choices << line.trimmed();
    }
    core::CustomFieldRepository repo(m_db);
    core::Status status;
    // The search entries are refreshed afterwards, off the UI thread (the settings page).
    const auto later = core::CustomFieldRepository::SearchRefresh::Later;
    if (m_adding) {
        auto id = repo.add(m_def, later);
        if (id)
            m_def.id = id.value();
        else
            status = id.error();
        m_searchRefreshDue = true; // a field added again brings its values back
    } else {
        const auto before = repo.get(m_def.entity, m_def.key);
        status = repo.edit(m_def, later);
        m_searchRefreshDue =
            !before || core::CustomFieldRepository::changesSearch(before.value(), m_def);
    }
    if (!status) {
        m_error->setText(status.error().detail);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

CustomFieldsSettingsDialog::CustomFieldsSettingsDialog(core::DatabasePtr db, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("customFieldsSettingsDialog"));
    setWindowTitle(tr("Custom Fields"));
    m_page = new CustomFieldsSettingsPage(std::move(db), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace crm::ui
