// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/customfield.h"
#include "storage/database.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace crm::ui {

// Settings ▸ Custom Fields…: the custom fields of contacts, companies and deals — add, edit
// (label, type, required, choices), order (drag, Alt+Up / Alt+Down) and delete (asks when the
// field has values; they hide with it). A page, so a settings dialog can host it beside others.
class CustomFieldsSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFieldsSettingsPage(core::DatabasePtr db, QWidget *parent = nullptr);

    void setEntity(core::CustomEntity entity);
    core::CustomEntity entity() const { return m_entity; }

signals:
    // A definition was added, changed, moved or deleted (open lists and forms may refresh).
    void fieldsChanged();

protected:
    // Alt+Up / Alt+Down in the list move the selected field.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload(const QByteArray &select = {});
    void updateButtons();
    void addField();
    void editField();
    void deleteField();
    // Brings the search entries of the field's records up to date off the UI thread.
    void refreshSearch(const QByteArray &fieldId);
    void move(int delta);
    void saveOrder();
    QByteArray currentId() const;

    core::DatabasePtr m_db;
    core::CustomEntity m_entity = core::CustomEntity::Contact;
    QList<core::CustomFieldDefinition> m_fields;
    QComboBox *m_entityCombo = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_error = nullptr;
};

// Adds or edits one definition; saves through CustomFieldRepository on OK.
class CustomFieldDialog : public QDialog
{
    Q_OBJECT
public:
    CustomFieldDialog(core::DatabasePtr db, core::CustomFieldDefinition def, bool adding,
                      QWidget *parent = nullptr);
    const core::CustomFieldDefinition &definition() const { return m_def; }
    // After accept: whether the records' search entries need a refresh (refreshSearch()).
    bool searchRefreshDue() const { return m_searchRefreshDue; }

public slots:
    void accept() override;

private:
    void typeChosen();

    core::DatabasePtr m_db;
    core::CustomFieldDefinition m_def;
    bool m_adding = true;
    bool m_searchRefreshDue = false;
    bool m_keyEdited = false;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_required = nullptr;
    QPlainTextEdit *m_choices = nullptr;
    QLabel *m_choicesLabel = nullptr;
    QLabel *m_error = nullptr;
};

// The page in a dialog of its own, until settings share one.
class CustomFieldsSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomFieldsSettingsDialog(core::DatabasePtr db, QWidget *parent = nullptr);
    CustomFieldsSettingsPage *page() const { return m_page; }

private:
    CustomFieldsSettingsPage *m_page = nullptr;
};

} // namespace crm::ui
