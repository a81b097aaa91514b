// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QHash>
#include <QLabel>

class QLineEdit;

namespace crm::ui {

// The tags of a record as coloured chips (each tag in its colour from Settings ▸ Tags, the
// text black or white for contrast), following a comma-separated tags field as it is typed.
class TagChips : public QLabel
{
    Q_OBJECT
public:
    TagChips(const core::DatabasePtr &db, QLineEdit *tagsEdit, QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    // `tagsEdit` with its chips below it, for a form row.
    static QWidget *withChips(const core::DatabasePtr &db, QLineEdit *tagsEdit, QWidget *parent);
    // The chip HTML of a list of tags, for any label (also used by list cells).
    static QString html(const QStringList &tags, const QHash<QString, QString> &colors);
    // Black on light colours, white on dark ones (relative luminance).
    static QColor textColor(const QColor &background);

private:
    QHash<QString, QString> m_colors; // folded name → "#rrggbb"
};

} // namespace crm::ui
