// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportdefinition.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace crm::ui {

class FilterTreeEditor;

// Builds or edits a report definition: record type, columns, filters (conditions in nested
// groups of all or any; a value "$name" is a parameter the person running the report fills
// in), up to two
// group fields with up to three figures, and the sort. Works on a copy; accept() only when
// the definition is valid (the error shows in the dialog otherwise).
class ReportBuilderDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportBuilderDialog(const core::reports::ReportDefinition &definition,
                                 QWidget *parent = nullptr);

    core::reports::ReportDefinition definition() const { return m_result; }
    // The definition as the form stands, or the first thing wrong with it.
    core::Result<core::reports::ReportDefinition> build() const;

    void accept() override;

private:
    void fillFields();
    void load(const core::reports::ReportDefinition &definition);

    core::reports::ReportDefinition m_original;
    core::reports::ReportDefinition m_result;
    QLineEdit *m_title;
    QComboBox *m_recordType;
    QListWidget *m_columns;
    FilterTreeEditor *m_filters;
    QComboBox *m_group[2];
    QComboBox *m_figureFunction[3];
    QComboBox *m_figureField[3];
    QComboBox *m_sort;
    QCheckBox *m_descending;
    QLabel *m_error;
};

} // namespace crm::ui
