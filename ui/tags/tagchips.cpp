// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagchips.h"

#include "search/textfolder.h"
#include "services/tagrepository.h"

#include <QColor>
#include <QLineEdit>
#include <QVBoxLayout>

namespace crm::ui {

TagChips::TagChips(const core::DatabasePtr &db, QLineEdit *tagsEdit, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("tagChips"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    if (auto c = core::TagRepository(db).colors())
        m_colors = c.value();
    if (tagsEdit)
        connect(tagsEdit, &QLineEdit::textChanged, this,
                [this](const QString &text) { setTags(text.split(u',')); });
}

QWidget *TagChips::withChips(const core::DatabasePtr &db, QLineEdit *tagsEdit, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(tagsEdit);
    auto *chips = new TagChips(db, tagsEdit, box);
    chips->setTags(tagsEdit->text().split(u','));
    layout->addWidget(chips);
    return box;
}

void TagChips::setTags(const QStringList &tags)
{
    setText(html(tags, m_colors));
    setVisible(!text().isEmpty());
}

QString TagChips::html(const QStringList &tags, const QHash<QString, QString> &colors)
{
    QString out;
    for (const QString &t : tags) {
        const QString tag = t.trimmed();
        if (tag.isEmpty())
            continue;
        const QColor background(
            colors.value(core::TextFolder::fold(tag), QStringLiteral("#e0e0e0")));
        const QString fg = textColor(background).name();
        out +=
            QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span> ")
                .arg(background.name(), fg, tag.toHtmlEscaped());
    }
    return out.trimmed();
}

QColor TagChips::textColor(const QColor &background)
{
    const double l =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace crm::ui
