// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/contactimporter.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStyledItemDelegate>

#include <optional>

namespace crm::ui {

// One table of the import wizard's preview — the matches (with a choice each), the invalid
// rows or the warnings — paged from the preview's store through canFetchMore/fetchMore
// (keyset by row index), so a file of a million rows never lists them all in memory. A
// choice edited here is written to the store at once; the apply reads it from there.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        // Matches
        Line = 0,
        Row = 1,
        Matches = 2,
        Reason = 3,
        Confidence = 4,
        Action = 5,
        // Invalid: Line, then the reason; Warnings: Line, Row, then what was left out
        InvalidReason = 1,
        LeftOut = 2
    };
    static constexpr int PageSize = 200;

    explicit ImportPreviewModel(core::import::PreviewFilter filter, QObject *parent = nullptr);

    // Shows the preview's rows of this model's kind (the first page); nullopt empties it.
    void setPreview(const std::optional<core::import::ImportPreview> &preview);
    // After ImportPreview::setChoiceForAll: the rows already fetched show the choice too.
    void showChoiceForAll(core::import::DuplicateChoice choice);
    // The preview row a table row shows.
    qint64 previewIndex(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void failed(const QString &message);

private:
    struct Line
    {
        qint64 index = 0;
        qint64 line = 0;
        QString name;
        QString matchName;
        QString text; // the reason of a match or of an invalid row, or the warning
        double confidence = 0;
        bool inFile = false;
        core::import::DuplicateChoice choice = core::import::DuplicateChoice::Update;
    };

    core::import::PreviewFilter m_filter;
    std::optional<core::import::ImportPreview> m_preview;
    QList<Line> m_lines;
    qint64 m_after = -1;
    bool m_atEnd = true;
};

// The Action column's editor: a combo box of Update, Create new and Skip.
class ImportChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

// "Update", "Create new", "Skip".
QString importChoiceName(core::import::DuplicateChoice choice);

} // namespace crm::ui
