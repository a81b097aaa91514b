// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace crm::ui {

// A line edit that finds a contact, company or deal as the user types (the search box's
// folding and transliteration; deals by title, company or contact) and offers up to 20 in a
// popup. Picking one sets id(); typing again clears it until another is picked. Scales to a
// million records: nothing is loaded before the user types.
class RecordPicker : public QLineEdit
{
    Q_OBJECT
public:
    enum class Kind
    {
        Contact,
        Company,
        Deal
    };
    static constexpr int Choices = 20;

    RecordPicker(core::DatabasePtr db, Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QByteArray id() const { return m_id; }
    // Shows a record as picked (or clears the field for an empty id).
    void setRecord(const QByteArray &id, const QString &name);
    // The name of a record of this kind (a contact's display name, a deal's title).
    static QString nameOf(const core::DatabasePtr &db, Kind kind, const QByteArray &id);
    // Records whose names match `text`, as (id, name, detail) — detail is a contact's company.
    struct Match
    {
        QByteArray id;
        QString name;
        QString detail;
    };
    static QList<Match> find(const core::DatabasePtr &db, Kind kind, const QString &text,
                             int limit = Choices);
    QCompleter *popupCompleter() const { return m_completer; }

signals:
    // A record was picked (or the pick was cleared: empty id).
    void picked(const QByteArray &id);

private:
    void lookUp(const QString &text);

    core::DatabasePtr m_db;
    Kind m_kind;
    QByteArray m_id;
    QString m_pickedText;
    QCompleter *m_completer;
    QStandardItemModel *m_matches;
};

} // namespace crm::ui
