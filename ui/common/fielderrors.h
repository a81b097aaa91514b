// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QLabel>
#include <QList>
#include <QPointer>
#include <QString>

class QWidget;

namespace crm::ui {

// Shows validation errors where they belong: a red message under each field (objectName
// "<field>Error", e.g. "emailError0" for core's field "email:0") and the field marked.
// Errors of fields without a place go to the general label.
class FieldErrors
{
public:
    // Label names follow core's field keys: "email:0" → "emailError0".
    static QString labelName(const QString &field);
    // A hidden error label for `field`, to put under its editor.
    static QLabel *makeLabel(const QString &field, QWidget *parent = nullptr);
    // A widget holding `editor` with its error label below; the label is registered.
    QWidget *wrap(const QString &field, QWidget *editor);

    void setGeneralLabel(QLabel *label) { m_general = label; }
    void add(const QString &field, QWidget *editor, QLabel *label);
    void remove(const QString &field);

    void clear();
    // Shows every error; returns the editor of the first one (to focus it).
    QWidget *show(const QList<core::Error> &errors);
    bool hasErrors() const { return !m_shown.isEmpty(); }

private:
    struct Place
    {
        QPointer<QWidget> editor;
        QPointer<QLabel> label;
    };
    static void mark(QWidget *editor, bool invalid);

    QHash<QString, Place> m_places;
    QList<QString> m_shown;
    QPointer<QLabel> m_general;
};

} // namespace crm::ui
