// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagssettingspage.h"

#include "common/messagebox.h"
#include "services/tagrepository.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace crm::ui {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

QIcon swatch(const QString &color)
{
    QPixmap p(16, 16);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0x90, 0x90, 0x90));
    painter.setBrush(color.isEmpty() ? QColor(0xe0, 0xe0, 0xe0) : QColor(color));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(p);
}

} // namespace

TagsSettingsPage::TagsSettingsPage(core::DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("tagsSettingsPage"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tagList"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(p);

    auto *buttons = new QVBoxLayout;
    const std::tuple<const char *, QString, void (TagsSettingsPage::*)()> actions[] = {
        {"renameTagButton", tr("&Rename…"), &TagsSettingsPage::rename},
        {"colorTagButton", tr("&Colour…"), &TagsSettingsPage::recolor},
        {"mergeTagButton", tr("&Merge into…"), &TagsSettingsPage::merge},
        {"deleteTagButton", tr("&Delete"), &TagsSettingsPage::remove}};
    for (const auto &[name, text, slot] : actions) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    connect(m_list, &QListWidget::itemActivated, this, &TagsSettingsPage::rename);
    reload();
}

void TagsSettingsPage::reload()
{
    const QByteArray current = currentId();
    m_list->clear();
    auto tags = core::TagRepository(m_db).list();
    if (!tags) {
        done(tags.error());
        return;
    }
    for (const core::TagInfo &t : tags.value()) {
        auto *item =
            new QListWidgetItem(swatch(t.color), tr("%1 · %2").arg(t.name).arg(t.uses), m_list);
        item->setData(IdRole, t.id);
        item->setData(NameRole, t.name);
        if (t.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QByteArray TagsSettingsPage::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(IdRole).toByteArray() : QByteArray();
}

QString TagsSettingsPage::currentName() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(NameRole).toString() : QString();
}

void TagsSettingsPage::done(const core::Status &status)
{
    m_error->setVisible(!status);
    if (!status) {
        m_error->setText(status.error().detail);
        return;
    }
    reload();
    emit tagsChanged();
}

void TagsSettingsPage::rename()
{
    if (currentId().isEmpty())
        return;
    QString name = std::exchange(m_nextText, QString());
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Rename tag"), tr("New name:"), QLineEdit::Normal,
                                     currentName(), &ok);
        if (!ok)
            return;
    }
    done(core::TagRepository(m_db).rename(currentId(), name));
}

void TagsSettingsPage::recolor()
{
    if (currentId().isEmpty())
        return;
    QString color = std::exchange(m_nextColor, QString());
    if (color.isEmpty()) {
        // The palette of good defaults is offered as the picker's custom colours.
        const QStringList palette = core::TagRepository::palette();
        for (int i = 0; i < palette.size() && i < QColorDialog::customCount(); ++i)
            QColorDialog::setCustomColor(i, QColor(palette[i]));
        const QColor c = QColorDialog::getColor(QColor(palette.first()), this, tr("Tag colour"));
        if (!c.isValid())
            return;
        color = c.name();
    }
    done(core::TagRepository(m_db).setColor(currentId(), color));
}

void TagsSettingsPage::merge()
{
    if (currentId().isEmpty())
        return;
    QStringList others;
    QList<QByteArray> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toByteArray() == currentId())
            continue;
        others << m_list->item(i)->data(NameRole).toString();
        ids << m_list->item(i)->data(IdRole).toByteArray();
    }
    if (others.isEmpty())
        return;
    QString target = std::exchange(m_nextText, QString());
    if (target.isEmpty()) {
        bool ok = false;
        target =
            QInputDialog::getItem(this, tr("Merge tag"), tr("Merge “%1” into:").arg(currentName()),
                                  others, 0, false, &ok);
        if (!ok)
            return;
    }
    const qsizetype i = others.indexOf(target);
    if (i < 0)
        return;
    done(core::TagRepository(m_db).merge(currentId(), ids[i]));
}

void TagsSettingsPage::remove()
{
    if (currentId().isEmpty())
        return;
    if (MessageBox::question(
            this, tr("Delete tag"),
            tr("Delete the tag “%1” from every record that has it?").arg(currentName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    done(core::TagRepository(m_db).remove(currentId()));
}

TagsSettingsDialog::TagsSettingsDialog(core::DatabasePtr db, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("tagsSettingsDialog"));
    setWindowTitle(tr("Tags"));
    m_page = new TagsSettingsPage(std::move(db), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
    resize(460, 380);
}

} // namespace crm::ui
