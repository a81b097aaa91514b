// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionbar.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>

namespace crm::ui {

SelectionBar::SelectionBar(QAbstractItemView *view, std::function<int()> total,
                           std::function<QString()> search, QWidget *parent)
    : QFrame(parent)
    , m_view(view)
    , m_total(std::move(total))
    , m_search(std::move(search))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("selectionBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::AlternateBase));
    setPalette(p);
    m_label->setObjectName(QStringLiteral("selectionLabel"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"#all")
            selectAllMatching();
        else
            m_view->clearSelection();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SelectionBar::refresh);
    // Rows fetched later (the deal list) are not selected: say so.
    connect(m_view->model(), &QAbstractItemModel::rowsInserted, this, &SelectionBar::refresh);
    // A new search, sort or reload: the rows meant before are gone.
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, [this] {
        m_all = false;
        refresh();
    });
    hide();
}

int SelectionBar::selectedRows() const
{
    int rows = 0;
    for (const QItemSelectionRange &r : m_view->selectionModel()->selection())
        rows += r.height();
    return rows;
}

core::BulkTarget SelectionBar::target(core::CustomEntity entity,
                                      const std::function<QByteArray(int)> &idAt,
                                      const std::function<QByteArray(int)> &loadedIdAt,
                                      const core::RecordQuery &query) const
{
    core::BulkTarget target;
    target.entity = entity;
    if (allMatching()) {
        target.query = query; // the worker reads the ids, the list loads none
        return target;
    }
    core::RecordQuery ranged = query;
    ranged.ranges.clear();
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection()) {
        if (range.height() > RangeIds && !query.orderBy.isEmpty()) {
            ranged.ranges << core::RecordQuery::Range{
                range.top(), range.height(), loadedIdAt(range.top()), loadedIdAt(range.bottom())};
            continue;
        }
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (const QByteArray id = idAt(row); !id.isEmpty())
                target.ids << id;
        }
    }
    if (!ranged.ranges.isEmpty())
        target.query = ranged;
    return target;
}

bool SelectionBar::allMatching() const
{
    const int rows = selectedRows();
    if (rows == 0)
        return false;
    const int loaded = m_view->model()->rowCount();
    return rows == loaded && (m_all || loaded == m_total());
}

int SelectionBar::selectedCount() const
{
    return allMatching() ? m_total() : selectedRows();
}

void SelectionBar::selectAllMatching()
{
    m_all = true;
    m_view->selectAll();
    refresh();
}

void SelectionBar::refresh()
{
    const int rows = selectedRows();
    if (rows < m_view->model()->rowCount())
        m_all = false;
    const int total = m_total();
    if (rows < 2 || total < 2) {
        hide();
        return;
    }
    const QLocale l;
    const QString search = m_search();
    const QString link = QStringLiteral("<a href=\"%1\">%2</a>");
    QString text;
    if (allMatching()) {
        text = (search.isEmpty() ? tr("All %1 are selected.").arg(l.toString(total))
                                 : tr("All %1 matching “%2” are selected.")
                                       .arg(l.toString(total), search.toHtmlEscaped())) +
               u"  " + link.arg(QStringLiteral("#clear"), tr("Clear selection"));
    } else {
        const QString all =
            search.isEmpty()
                ? tr("Select all %1").arg(l.toString(total))
                : tr("Select all %1 matching “%2”").arg(l.toString(total), search.toHtmlEscaped());
        text = (rows == m_view->model()->rowCount()
                    ? tr("All %1 rows on screen are selected.").arg(l.toString(rows))
                    : tr("Selected: %1 of %2.").arg(l.toString(rows), l.toString(total))) +
               u"  " + link.arg(QStringLiteral("#all"), all);
    }
    m_label->setText(text);
    show();
}

} // namespace crm::ui
