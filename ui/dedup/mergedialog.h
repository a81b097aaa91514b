// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dedup/mergeservice.h"
#include "storage/database.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;

namespace crm::ui {

// The records of a merge side by side: which one survives, and for each field whose values
// differ, whose value to keep (a radio per record); e-mails, phones and tags are joined.
// A preview shows the record the merge will leave. Accept, then read request().
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(core::DatabasePtr db, core::dedup::RecordKind kind, QList<QByteArray> ids,
                QWidget *parent = nullptr);

    core::dedup::MergeRequest request() const;
    // Empty when the records loaded; else why not (the dialog then only offers Close).
    QString errorText() const { return m_error; }

private:
    void build();
    void updatePreview();

    core::DatabasePtr m_db;
    core::dedup::RecordKind m_kind;
    QList<QByteArray> m_ids;
    QList<QHash<QString, QString>> m_values; // per record: field key -> value
    QList<QString> m_names;
    QButtonGroup *m_survivor = nullptr;
    QHash<QString, QButtonGroup *> m_fields; // differing fields only
    QLabel *m_preview = nullptr;
    QString m_error;
};

} // namespace crm::ui
