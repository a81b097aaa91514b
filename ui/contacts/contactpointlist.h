// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace crm::ui {

// An editable list of e-mails or phones: rows of (label, value, remove) with an error label
// under each and an "Add" button. Widgets are named for tests and error display:
// emailEdit0, emailLabel0, removeEmailButton0, emailError0 … and addEmailButton.
class ContactPointList : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Email,
        Phone
    };
    struct Item
    {
        QByteArray id; // empty for a new one
        QString label;
        QString value;
    };

    explicit ContactPointList(Kind kind, QWidget *parent = nullptr);

    void setItems(const QList<Item> &items);
    // Every row in order, the empty ones too.
    QList<Item> items() const;
    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *editAt(int row) const;
    QLabel *errorLabelAt(int row) const;
    QPushButton *addButton() const { return m_add; }
    // The prefix of the field keys and names: "email" or "phone".
    QString prefix() const;
    // The last widget for tab order.
    QWidget *lastFocusWidget() const;

public slots:
    void addRow();

signals:
    void changed();
    void rowsChanged();
    // The row's call (tel:) or write (mailto:) button was pressed.
    void openRequested(const QString &value);

private:
    struct Row
    {
        QWidget *box = nullptr;
        QComboBox *label = nullptr;
        QLineEdit *edit = nullptr;
        QToolButton *remove = nullptr;
        QToolButton *open = nullptr;
        QLabel *error = nullptr;
        QByteArray id;
    };
    void appendRow(const Item &item);
    void removeRow(QWidget *box);
    void renumber();

    Kind m_kind;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_add = nullptr;
    QList<Row> m_rows;
};

} // namespace crm::ui
