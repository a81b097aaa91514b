// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

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
    void setChange(const QString &text, Trend trend);
    QString value() const;
    QString detail() const;
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

private:
    void updateLook();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_change;
    Trend m_trend = Trend::Neutral;
    bool m_hover = false;
};

} // namespace crm::ui
