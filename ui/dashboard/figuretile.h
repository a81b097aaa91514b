// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QHash>

class QLabel;

namespace crm::ui {

// One key figure on the dashboard: a caption, the value large, a line of detail and the
// change from the previous period (green when it is good news, red when bad). Clicking it,
// or Enter/Space while it has focus, emits activated(): the screen opens the records behind.
class FigureTile : public QFrame
{
    Q_OBJECT
public:
    enum class Trend
    {
        Neutral,
        Good,
        Bad
    };

    explicit FigureTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    // A second, quieter line: amounts in other currencies (empty: none).
    void setExtra(const QString &extra);
    void setChange(const QString &text, Trend trend);
    QString value() const;
    QString detail() const;
    QString extra() const;
    QString change() const;
    Trend trend() const { return m_trend; }

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateLook();
    // Sets a label's text, elided with "…" to the tile's width (the whole text in its tooltip).
    void show(QLabel *label, const QString &text);
    void elide();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_extra;
    QLabel *m_change;
    QHash<QLabel *, QString> m_texts; // what each label says in full
    Trend m_trend = Trend::Neutral;
    bool m_hover = false;
};

} // namespace crm::ui
