// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTableWidget;

namespace crm::ui::ReadOnlyTable {

// A table for reading lists (outbox, sync log): whole-row selection, no editing, no grid,
// left-aligned headers, the last column stretched.
QTableWidget *create(const QString &objectName, const QStringList &headers);
// Fills a row with text cells, each with its text as tooltip (cells are often cut short).
void setRow(QTableWidget *table, int row, const QStringList &cells);

} // namespace crm::ui::ReadOnlyTable
