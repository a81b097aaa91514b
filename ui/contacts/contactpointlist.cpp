// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactpointlist.h"

#include "activities/contactlink.h"
#include "common/fielderrors.h"
#include "common/icons.h"
#include "domain/contact.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
QString labelText(const QString &key)
{
    if (key == u"work")
        return ContactPointList::tr("Work");
    if (key == u"mobile")
        return ContactPointList::tr("Mobile");
    if (key == u"home")
        return ContactPointList::tr("Home");
    if (key == u"other")
        return ContactPointList::tr("Other");
    return key;
}
} // namespace

ContactPointList::ContactPointList(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setObjectName(prefix() + u"List");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);

    m_add = new QPushButton(Icons::themed(QStringLiteral("list-add"), QStringLiteral("add")),
                            kind == Kind::Email ? tr("Add e-mail") : tr("Add phone"), this);
    m_add->setObjectName(kind == Kind::Email ? QStringLiteral("addEmailButton")
                                             : QStringLiteral("addPhoneButton"));
    m_add->setAutoDefault(false);
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->setContentsMargins(0, 0, 0, 0);
    addRowLayout->addWidget(m_add);
    addRowLayout->addStretch(1);
    layout->addLayout(addRowLayout);
    connect(m_add, &QPushButton::clicked, this, &ContactPointList::addRow);
}

QString ContactPointList::prefix() const
{
    return m_kind == Kind::Email ? QStringLiteral("email") : QStringLiteral("phone");
}

void ContactPointList::setItems(const QList<Item> &items)
{
    while (!m_rows.isEmpty()) {
        Row r = m_rows.takeLast();
        delete r.box;
    }
    for (const Item &item : items)
        appendRow(item);
    if (m_rows.isEmpty())
        appendRow({});
    renumber();
    emit rowsChanged();
}

QList<ContactPointList::Item> ContactPointList::items() const
{
    QList<Item> out;
    for (const Row &r : m_rows)
        out << Item{r.id, r.label->currentData().toString(), r.edit->text().trimmed()};
    return out;
}

QLineEdit *ContactPointList::editAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).edit : nullptr;
}

QLabel *ContactPointList::errorLabelAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).error : nullptr;
}

QWidget *ContactPointList::lastFocusWidget() const
{
    return m_add;
}

void ContactPointList::addRow()
{
    appendRow({});
    renumber();
    emit rowsChanged();
    emit changed();
    m_rows.last().edit->setFocus();
}

void ContactPointList::appendRow(const Item &item)
{
    Row r;
    r.id = item.id;
    r.box = new QWidget(this);
    auto *v = new QVBoxLayout(r.box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *h = new QHBoxLayout;
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(6);
    r.label = new QComboBox(r.box);
    const QStringList keys = core::contactLabels();
    for (const QString &key : keys)
        r.label->addItem(labelText(key), key);
    const QString wanted = item.label.isEmpty() ? (m_kind == Kind::Email ? QStringLiteral("work")
                                                                         : QStringLiteral("mobile"))
                                                : item.label;
    const int index = r.label->findData(wanted);
    if (index >= 0) {
        r.label->setCurrentIndex(index);
    } else {
        // Unknown to this version: keep it rather than change it silently.
        r.label->addItem(wanted, wanted);
        r.label->setCurrentIndex(r.label->count() - 1);
    }
    r.label->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    r.edit = new QLineEdit(item.value, r.box);
    r.edit->setClearButtonEnabled(true);
    r.edit->setPlaceholderText(m_kind == Kind::Email ? tr("name@example.com")
                                                     : tr("+371 2000 0000"));
    r.remove = new QToolButton(r.box);
    r.remove->setIcon(Icons::themed(QStringLiteral("list-remove"), QStringLiteral("remove")));
    r.remove->setToolTip(m_kind == Kind::Email ? tr("Remove this e-mail")
                                               : tr("Remove this phone"));
    r.remove->setAutoRaise(true);
    r.open = ContactLink::makeButton(
        m_kind == Kind::Email ? ContactLink::Kind::Email : ContactLink::Kind::Phone, r.box);
    h->addWidget(r.label);
    h->addWidget(r.edit, 1);
    h->addWidget(r.open);
    h->addWidget(r.remove);
    v->addLayout(h);
    r.error = FieldErrors::makeLabel(prefix() + u":0", r.box);
    v->addWidget(r.error);
    m_rowsLayout->addWidget(r.box);
    r.box->show(); // at once, not when the layout gets to it: its error may show right away

    QWidget *box = r.box;
    connect(r.remove, &QToolButton::clicked, this, [this, box] { removeRow(box); });
    QLineEdit *edit = r.edit;
    connect(r.open, &QToolButton::clicked, this, [this, edit] {
        if (!edit->text().trimmed().isEmpty())
            emit openRequested(edit->text().trimmed());
    });
    connect(r.edit, &QLineEdit::textEdited, this, &ContactPointList::changed);
    connect(r.label, &QComboBox::currentIndexChanged, this, &ContactPointList::changed);
    m_rows << r;
}

void ContactPointList::removeRow(QWidget *box)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].box != box)
            continue;
        const bool hadFocus = box->isAncestorOf(focusWidget());
        m_rows.removeAt(i);
        box->hide();
        box->deleteLater();
        if (m_rows.isEmpty())
            appendRow({});
        renumber();
        emit rowsChanged();
        emit changed();
        if (hadFocus)
            m_rows.at(std::min<int>(i, int(m_rows.size()) - 1)).edit->setFocus();
        return;
    }
}

void ContactPointList::renumber()
{
    const QString p = prefix();
    const QString cap = p.at(0).toUpper() + p.mid(1);
    QWidget *previous = nullptr;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        r.label->setObjectName(p + u"Label" + QString::number(i));
        r.edit->setObjectName(p + u"Edit" + QString::number(i));
        r.remove->setObjectName(u"remove" + cap + u"Button" + QString::number(i));
        r.open->setObjectName((m_kind == Kind::Email ? u"mailEmailButton" : u"callPhoneButton") +
                              QString::number(i));
        r.error->setObjectName(FieldErrors::labelName(p + u':' + QString::number(i)));
        if (previous)
            setTabOrder(previous, r.label);
        setTabOrder(r.label, r.edit);
        setTabOrder(r.edit, r.open);
        setTabOrder(r.open, r.remove);
        previous = r.remove;
    }
    if (previous)
        setTabOrder(previous, m_add);
}

} // namespace crm::ui
