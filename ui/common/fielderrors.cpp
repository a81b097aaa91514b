// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderrors.h"

#include "common/errors.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace crm::ui {

QString FieldErrors::labelName(const QString &field)
{
    const qsizetype colon = field.indexOf(u':');
    if (colon < 0)
        return field + u"Error";
    return field.left(colon) + u"Error" + field.mid(colon + 1);
}

QLabel *FieldErrors::makeLabel(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(labelName(field));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

QWidget *FieldErrors::wrap(const QString &field, QWidget *editor)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    QLabel *label = makeLabel(field, box);
    layout->addWidget(label);
    add(field, editor, label);
    return box;
}

void FieldErrors::add(const QString &field, QWidget *editor, QLabel *label)
{
    m_places.insert(field, Place{editor, label});
}

void FieldErrors::remove(const QString &field)
{
    m_places.remove(field);
    m_shown.removeAll(field);
}

void FieldErrors::mark(QWidget *editor, bool invalid)
{
    if (!editor)
        return;
    editor->setProperty("invalid", invalid);
    if (invalid) {
        QPalette p = editor->palette();
        p.setColor(QPalette::Base, QColor(0xfd, 0xec, 0xea));
        editor->setPalette(p);
    } else {
        editor->setPalette(QPalette());
    }
}

void FieldErrors::clear()
{
    for (const QString &field : std::as_const(m_shown)) {
        const Place place = m_places.value(field);
        mark(place.editor, false);
        if (place.label) {
            place.label->clear();
            place.label->setVisible(false);
        }
    }
    m_shown.clear();
    if (m_general) {
        m_general->clear();
        m_general->setVisible(false);
    }
}

QWidget *FieldErrors::show(const QList<core::Error> &errors)
{
    clear();
    QWidget *first = nullptr;
    QStringList general;
    QHash<QString, QStringList> byField;
    QStringList order;
    for (const core::Error &e : errors) {
        if (!m_places.contains(e.field) || !m_places.value(e.field).label) {
            general << Errors::fieldMessage(e);
            continue;
        }
        if (!byField.contains(e.field))
            order << e.field;
        byField[e.field] << Errors::fieldMessage(e);
    }
    for (const QString &field : std::as_const(order)) {
        const Place place = m_places.value(field);
        place.label->setText(byField.value(field).join(u' '));
        place.label->setVisible(true);
        mark(place.editor, true);
        m_shown << field;
        if (!first)
            first = place.editor;
    }
    if (m_general && !general.isEmpty()) {
        m_general->setText(general.join(u'\n'));
        m_general->setVisible(true);
    }
    return first;
}

} // namespace crm::ui
