// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuretile.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace crm::ui {

namespace {

QColor trendColor(FigureTile::Trend trend, const QPalette &palette)
{
    // Readable on light and dark backgrounds alike.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (trend) {
    case FigureTile::Trend::Good:
        return dark ? QColor(0x5c, 0xd6, 0x7a) : QColor(0x1e, 0x8e, 0x3e);
    case FigureTile::Trend::Bad:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc5, 0x22, 0x1f);
    case FigureTile::Trend::Neutral:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_extra(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_caption->setObjectName(QStringLiteral("tileCaption"));
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    m_extra->setObjectName(QStringLiteral("tileExtra"));
    m_change->setObjectName(QStringLiteral("tileChange"));
    QFont captionFont = m_caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.92);
    captionFont.setWeight(QFont::DemiBold);
    m_caption->setFont(captionFont);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.75);
    valueFont.setWeight(QFont::Bold);
    m_value->setFont(valueFont);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_detail->setFont(small);
    m_extra->setFont(small);
    m_change->setFont(small);
    for (QLabel *l : {m_value, m_detail, m_extra, m_change})
        l->setText(QStringLiteral(" "));
    for (QLabel *l : {m_caption, m_value, m_detail, m_extra, m_change}) {
        l->setTextFormat(Qt::PlainText);
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
        l->setMinimumWidth(0);
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_extra);
    layout->addSpacing(2);
    layout->addWidget(m_change);
    updateLook();
}

void FigureTile::show(QLabel *label, const QString &text)
{
    m_texts.insert(label, text);
    const int width = contentsRect().width() - 28; // the layout's margins
    const QString shown =
        width > 0 ? label->fontMetrics().elidedText(text, Qt::ElideRight, width) : text;
    label->setText(shown.isEmpty() ? QStringLiteral(" ") : shown);
    label->setToolTip(shown == text ? QString() : text);
}

void FigureTile::elide()
{
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        show(it.key(), it.value());
}

void FigureTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elide();
}

void FigureTile::setValue(const QString &value)
{
    show(m_value, value);
}

void FigureTile::setDetail(const QString &detail)
{
    show(m_detail, detail);
}

void FigureTile::setChange(const QString &text, Trend trend)
{
    show(m_change, text);
    m_trend = trend;
    updateLook();
}

QString FigureTile::value() const
{
    return m_texts.value(m_value);
}

QString FigureTile::detail() const
{
    return m_texts.value(m_detail);
}

void FigureTile::setExtra(const QString &extra)
{
    show(m_extra, extra);
}

QString FigureTile::extra() const
{
    return m_texts.value(m_extra);
}

QString FigureTile::change() const
{
    return m_texts.value(m_change);
}

void FigureTile::updateLook()
{
    const QPalette app = QPalette();
    const QColor base = app.color(QPalette::Base);
    const QColor highlight = app.color(QPalette::Highlight);
    // A card on the window, a shade of the highlight under the mouse or with focus.
    QColor card = base;
    if (m_hover || hasFocus())
        card = QColor::fromRgbF(base.redF() * 0.95 + highlight.redF() * 0.05,
                                base.greenF() * 0.95 + highlight.greenF() * 0.05,
                                base.blueF() * 0.95 + highlight.blueF() * 0.05);
    const QColor border = hasFocus() ? highlight : app.color(QPalette::Mid).lighter(125);
    // Colours through the style sheet: with one on the tile, its labels' palettes are ignored.
    setStyleSheet(QStringLiteral("crm--ui--FigureTile { border: 1px solid %1; border-radius: 8px;"
                                 " background: %2; }"
                                 " QLabel { background: transparent; color: %3; }"
                                 " QLabel#tileCaption, QLabel#tileDetail, QLabel#tileExtra"
                                 " { color: %4; }"
                                 " QLabel#tileChange { color: %5; }")
                      .arg(border.name(), card.name(), app.color(QPalette::Text).name(),
                           app.color(QPalette::PlaceholderText).name(),
                           trendColor(m_trend, app).name()));
}

void FigureTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit activated();
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void FigureTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit activated();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void FigureTile::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    updateLook();
    QFrame::enterEvent(event);
}

void FigureTile::leaveEvent(QEvent *event)
{
    m_hover = false;
    updateLook();
    QFrame::leaveEvent(event);
}

void FigureTile::focusInEvent(QFocusEvent *event)
{
    updateLook();
    QFrame::focusInEvent(event);
}

void FigureTile::focusOutEvent(QFocusEvent *event)
{
    updateLook();
    QFrame::focusOutEvent(event);
}

} // namespace crm::ui
