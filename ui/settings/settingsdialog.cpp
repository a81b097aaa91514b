// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "common/icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
const QString kGeometryKey = QStringLiteral("settingsDialog/geometry");
const QString kPageKey = QStringLiteral("settingsDialog/page");
constexpr int KeyRole = Qt::UserRole;
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setWindowIcon(Icons::app());

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsPageList"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setSpacing(2);
    m_list->setFixedWidth(180);
    m_list->setFrameShape(QFrame::NoFrame);
    QPalette palette = m_list->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    m_list->setPalette(palette);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("settingsPages"));
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    // Close must not swallow Return typed into a page's field: no button is a default here.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    resize(820, 560);
    if (const QByteArray g = QSettings().value(kGeometryKey).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
}

SettingsDialog::~SettingsDialog()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kPageKey, currentPage());
}

void SettingsDialog::addPage(const QString &key, const QIcon &icon, const QString &title,
                             QWidget *page)
{
    // The page under its title; a long page scrolls rather than stretching the window.
    auto *holder = new QWidget(m_stack);
    auto *heading = new QLabel(title, holder);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    heading->setFont(font);
    auto *scroll = new QScrollArea(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(scroll, 1);
    m_stack->addWidget(holder);
    auto *item = new QListWidgetItem(icon, title, m_list);
    item->setData(KeyRole, key);
    item->setSizeHint(QSize(0, 34));
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

bool SettingsDialog::showPage(const QString &key)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(KeyRole).toString() == key) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString SettingsDialog::currentPage() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(KeyRole).toString() : QString();
}

void SettingsDialog::showRememberedPage()
{
    if (!showPage(QSettings().value(kPageKey).toString()) && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QWidget *SettingsDialog::page(const QString &key) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(KeyRole).toString() == key)
            return m_stack->widget(i)->findChild<QScrollArea *>()->widget();
    }
    return nullptr;
}

} // namespace crm::ui
