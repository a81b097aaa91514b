// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/recorddialog.h"
#include "domain/deal.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace crm::ui {

class CustomFieldsEditor;
class TimelineView;

class RecordPicker;

// Creates or edits a deal on a copy and saves it through DealRepository on Save, as one
// undoable step. Every field of a deal: title, company, contacts with their roles, amount
// (in the user's locale) and currency, pipeline and stage, probability (the stage's default
// unless overridden, "Use stage default" goes back), expected close, owner, source, next
// step, notes, tags, visibility; the lost reason when the stage is a lost one.
class DealDialog : public RecordDialog
{
    Q_OBJECT
public:
    // What a new deal starts with when made from a contact's or a company's page.
    struct Prefill
    {
        QByteArray companyId;
        QByteArray contactId;
        QString title;
    };
    DealDialog(core::DatabasePtr db, const QByteArray &id, QWidget *parent = nullptr,
               const Prefill &prefill = {});

    const core::Deal &deal() const { return m_deal; }
    // Opens a deal (or a new one) non-modally over `parent`, deleted when closed.
    static DealDialog *open(core::DatabasePtr db, const QByteArray &id, QWidget *parent,
                            const Prefill &prefill = {});

    // Parses an amount typed in the user's locale ("1 250,50" in lv, "1,250.50" in en) or in
    // the plain form scripts use ("1250.50") into minor units of the currency.
    static core::Result<qint64> parseAmount(const QString &text, const QString &currency,
                                            const QLocale &locale = QLocale());
    // Minor units as the amount field shows them, in the locale, without a symbol.
    static QString amountText(qint64 minor, const QString &currency,
                              const QLocale &locale = QLocale());

public slots:
    void refreshFromDatabase() override;

protected:
    bool save() override;
    QString formState() const override;

private:
    void buildForm();
    void fill(const core::Deal &d);
    void loadPipelines();
    void pipelineChosen();
    void stageChosen();
    void showProbability();
    void addContactRow(const QByteArray &id, const QString &name, const QString &role);
    std::optional<core::Stage> currentStage() const;
    // The deal as the form says, with errors of what cannot be read.
    core::Deal fromForm(QList<core::Error> *errors) const;

    core::Deal m_deal;
    QList<core::Pipeline> m_pipelines;
    std::optional<int> m_probability; // the user's override
    bool m_settingProbability = false;

    QLineEdit *m_title = nullptr;
    RecordPicker *m_company = nullptr;
    RecordPicker *m_contactPicker = nullptr;
    QTableWidget *m_contacts = nullptr;
    QPushButton *m_removeContact = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_stage = nullptr;
    QLabel *m_stageTime = nullptr;
    QSpinBox *m_probabilitySpin = nullptr;
    QLabel *m_probabilityHint = nullptr;
    QToolButton *m_resetProbability = nullptr;
    QDateEdit *m_close = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_nextStep = nullptr;
    QLineEdit *m_lostReason = nullptr;
    QComboBox *m_visibility = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    CustomFieldsEditor *m_custom = nullptr;
    QFormLayout *m_rightForm = nullptr;
    QPushButton *m_logActivity = nullptr;
    TimelineView *m_timeline = nullptr;
};

} // namespace crm::ui
