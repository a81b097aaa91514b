// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "timeline/timelineentry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;

namespace crm::core {
class TimelineModel;
}

namespace crm::ui {

// The Timeline tab of a contact, company or deal: everything about it, newest first, with an
// icon per kind, dates relative to today in the user's locale, and a kind filter. Pages in
// as the list scrolls. Enter or a double-click on an entry asks to open its record
// (openRequested); the owner decides how. Self-contained: give it a database and an id.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(core::DatabasePtr db, QWidget *parent = nullptr);

    // Shows the timeline of a contact, company or deal; an empty id (a record not yet saved)
    // shows a hint instead.
    void load(const QByteArray &recordId);
    // Reads it again from the top (after an edit elsewhere), keeping the filter.
    void reload();

    core::TimelineModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }

    // The icon of an entry kind: the desktop theme's, else a drawn badge.
    static QIcon kindIcon(core::TimelineKind kind);

signals:
    void openRequested(crm::core::RecordKind kind, const QByteArray &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(const QModelIndex &index);
    void applyFilter();
    void updatePlaceholder();

    core::TimelineModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace crm::ui
