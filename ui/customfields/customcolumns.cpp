// SPDX-License-Identifier: GPL-3.0-or-later
#include "customcolumns.h"

#include "models/extracolumns.h"
#include "services/customfieldrepository.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace crm::ui {

CustomColumns::CustomColumns(QTableView *view, core::ExtraColumnHost *model, core::DatabasePtr db,
                             core::CustomEntity entity, QString settingsKey)
    : QObject(view)
    , m_view(view)
    , m_model(model)
    , m_db(std::move(db))
    , m_entity(entity)
    , m_settingsKey(std::move(settingsKey))
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CustomColumns::showMenu);
    refresh();
}

void CustomColumns::refresh()
{
    auto defs = core::CustomFieldRepository(m_db).list(m_entity);
    m_fields = defs ? defs.value() : QList<core::CustomFieldDefinition>();
    const QString table = m_model->rowName();
    QList<core::ExtraColumn> columns;
    for (const core::CustomFieldDefinition &d : std::as_const(m_fields)) {
        // The value row of (record, field) through custom_values_record; a page reads 200.
        const QString expression = u"SELECT v.value FROM custom_values v WHERE v.record_id = " +
                                   table + u".id AND v.field_id = X'" +
                                   QString::fromLatin1(d.id.toHex()) + u"' AND v.deleted = 0";
        // Numbers and money sort by the amount, dates by their ISO text (the date order).
        const bool numeric =
            d.type == core::CustomFieldType::Number || d.type == core::CustomFieldType::Money;
        columns << core::ExtraColumn{d.label, expression,
                                     [d](const QVariant &v) -> QVariant {
                                         return core::CustomField::display(d, v.toString());
                                     },
                                     d.id, numeric};
    }
    m_model->setExtraColumns(columns);
    const QStringList shown = QSettings().value(m_settingsKey).toStringList();
    for (int i = 0; i < m_fields.size(); ++i)
        m_view->setColumnHidden(m_model->ownColumnCount() + i, !shown.contains(m_fields[i].key));
}

void CustomColumns::setShown(const QString &key, bool shown)
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].key == key)
            m_view->setColumnHidden(m_model->ownColumnCount() + i, !shown);
    }
    QSettings settings;
    QStringList keys = settings.value(m_settingsKey).toStringList();
    keys.removeAll(key);
    if (shown)
        keys << key;
    settings.setValue(m_settingsKey, keys);
}

void CustomColumns::showMenu(const QPoint &pos)
{
    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("columnsMenu"));
    const int own = m_model->ownColumnCount();
    const QAbstractItemModel *model = m_view->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        QAction *a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        a->setEnabled(c != 0); // the first column (the name) always stays
        connect(a, &QAction::toggled, this, [this, c, own](bool on) {
            if (c >= own)
                setShown(m_fields.value(c - own).key, on);
            else
                m_view->setColumnHidden(c, !on);
        });
        if (c == own - 1 && own < model->columnCount())
            menu.addSeparator();
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

} // namespace crm::ui
