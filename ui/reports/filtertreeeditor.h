// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportdefinition.h"

#include "reports/reportfields.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace crm::ui {

// Fills `combo` with the fields of a record type (those `accept` takes), keeping its choice.
void fillReportFieldCombo(QComboBox *combo, core::reports::RecordType type, bool withNone,
                          const std::function<bool(const core::reports::FieldSpec &)> &accept = {});

// The filter of a report as a tree: conditions (field, operator, value) and groups of them
// matching all or any, nested as deep as needed ("status is lead AND (city is Rīga OR city is
// Tartu)"). Add Condition and Add Group put the new row into the selected group (or the
// selected condition's group); Remove (Delete) takes the selected row and what it holds.
// A value "$name" is a parameter asked for when the report runs.
class FilterTreeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FilterTreeEditor(QWidget *parent = nullptr);

    // Empties the tree: the fields differ between record types.
    void setRecordType(core::reports::RecordType type);
    void setFilter(const core::reports::FilterNode &root);
    // The tree as a filter; empty groups are left out. `$name` values come back as params.
    core::reports::FilterNode filter() const;

    void addCondition(const QString &field = {}, const QString &op = {}, const QString &value = {});
    void addGroup(bool any = true);
    void removeCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidgetItem *targetGroup() const; // nullptr: the root
    QTreeWidgetItem *insertCondition(QTreeWidgetItem *group, const core::reports::FilterNode &n);
    QTreeWidgetItem *insertGroup(QTreeWidgetItem *group, bool any);
    void load(QTreeWidgetItem *group, const core::reports::FilterNode &node);
    core::reports::FilterNode read(QTreeWidgetItem *group, bool any) const;
    void updateOperators(QTreeWidgetItem *item);

    core::reports::RecordType m_type = core::reports::RecordType::Contacts;
    QComboBox *m_match;
    QTreeWidget *m_tree;
    int m_next = 0; // numbers the rows' widgets (filterField0, filterGroup1 …) for tests
};

} // namespace crm::ui
