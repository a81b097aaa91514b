// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewmodel.h"

#include <QComboBox>
#include <QLocale>

namespace crm::ui {

using namespace core::import;

QString importChoiceName(DuplicateChoice choice)
{
    switch (choice) {
    case DuplicateChoice::Update:
        return ImportPreviewModel::tr("Update");
    case DuplicateChoice::Create:
        return ImportPreviewModel::tr("Create new");
    case DuplicateChoice::Skip:
        return ImportPreviewModel::tr("Skip");
    }
    return {};
}

ImportPreviewModel::ImportPreviewModel(PreviewFilter filter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_filter(filter)
{}

void ImportPreviewModel::setPreview(const std::optional<ImportPreview> &preview)
{
    beginResetModel();
    m_preview = preview;
    m_lines.clear();
    m_after = -1;
    m_atEnd = !m_preview;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

void ImportPreviewModel::showChoiceForAll(DuplicateChoice choice)
{
    for (Line &l : m_lines)
        l.choice = choice;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, int(Column::Action)),
                         index(int(m_lines.size()) - 1, int(Column::Action)));
}

qint64 ImportPreviewModel::previewIndex(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines[row].index : -1;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_filter) {
    case PreviewFilter::Invalid:
        return 2;
    case PreviewFilter::Warnings:
        return 3;
    default:
        return 6;
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == int(Column::Line))
        return tr("Line");
    if (m_filter == PreviewFilter::Invalid)
        return tr("Reason");
    if (section == int(Column::Row))
        return tr("Row");
    if (m_filter == PreviewFilter::Warnings)
        return tr("Left out");
    switch (Column(section)) {
    case Column::Matches:
        return tr("Matches");
    case Column::Reason:
        return tr("Reason");
    case Column::Confidence:
        return tr("Confidence");
    case Column::Action:
        return tr("Action");
    default:
        return {};
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines[index.row()];
    const QLocale locale;
    if (role == Qt::EditRole && m_filter == PreviewFilter::Matches &&
        index.column() == int(Column::Action))
        return int(l.choice);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == int(Column::Line) ||
         (m_filter == PreviewFilter::Matches && index.column() == int(Column::Confidence))))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == int(Column::Line))
        return locale.toString(l.line);
    if (m_filter == PreviewFilter::Invalid)
        return l.text;
    if (index.column() == int(Column::Row))
        return l.name;
    if (m_filter == PreviewFilter::Warnings)
        return l.text;
    switch (Column(index.column())) {
    case Column::Matches:
        return l.inFile ? tr("%1 (this file)").arg(l.matchName) : l.matchName;
    case Column::Reason:
        return l.text;
    case Column::Confidence:
        return QString(locale.toString(qRound(l.confidence * 100)) + u" %");
    case Column::Action:
        return importChoiceName(l.choice);
    default:
        return {};
    }
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_filter == PreviewFilter::Matches &&
        index.column() == int(Column::Action))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_preview || !index.isValid() || index.row() >= m_lines.size() ||
        m_filter != PreviewFilter::Matches || index.column() != int(Column::Action))
        return false;
    const auto choice = DuplicateChoice(value.toInt());
    Line &l = m_lines[index.row()];
    if (auto s = m_preview->setChoice(l.index, choice); !s) {
        emit failed(s.error().message());
        return false;
    }
    l.choice = choice;
    emit dataChanged(index, index);
    return true;
}

bool ImportPreviewModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ImportPreviewModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_preview)
        return;
    auto page = m_preview->page(m_filter, m_after, PageSize);
    if (!page) {
        m_atEnd = true;
        emit failed(page.error().message());
        return;
    }
    m_atEnd = page->size() < PageSize;
    if (page->isEmpty())
        return;
    m_after = page->constLast().index;
    QList<Line> more;
    for (const PreviewRow &r : page.value()) {
        Line l;
        l.index = r.index;
        l.line = r.line;
        l.name = r.contact.displayName();
        l.matchName = r.match.name;
        l.confidence = r.match.confidence;
        l.inFile = r.kind == RowKind::Duplicate;
        l.choice = r.choice;
        if (m_filter == PreviewFilter::Warnings) {
            // One table row per warning: each names its own line of the file.
            for (const QString &w : r.warnings) {
                l.text = w;
                more << l;
            }
            continue;
        }
        l.text = m_filter == PreviewFilter::Invalid ? r.error : r.match.reason;
        more << l;
    }
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + more.size()) - 1);
    m_lines << more;
    endInsertRows();
}

QWidget *ImportChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("importChoiceEditor"));
    for (DuplicateChoice c :
         {DuplicateChoice::Update, DuplicateChoice::Create, DuplicateChoice::Skip})
        combo->addItem(importChoiceName(c), int(c));
    // A choice counts as soon as it is picked, not when the editor closes.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ImportChoiceDelegate *>(this)->commitData(combo); });
    return combo;
}

void ImportChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void ImportChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace crm::ui
