// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace crm::ui {

// Settings ▸ Tags…: every tag with its colour and how many records use it; rename, choose a
// colour (a palette of good defaults, or any through the colour picker), merge one into
// another, delete. A page, so a settings dialog can host it beside others.
class TagsSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TagsSettingsPage(core::DatabasePtr db, QWidget *parent = nullptr);

    // Test hooks: what the colour picker and the input boxes would return next.
    void setNextColor(const QString &color) { m_nextColor = color; }
    void setNextText(const QString &text) { m_nextText = text; }

    void reload();
    void rename();
    void recolor();
    void merge();
    void remove();

signals:
    void tagsChanged();

private:
    QByteArray currentId() const;
    QString currentName() const;
    void done(const core::Status &status);

    core::DatabasePtr m_db;
    QListWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
    QString m_nextColor;
    QString m_nextText;
};

class TagsSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TagsSettingsDialog(core::DatabasePtr db, QWidget *parent = nullptr);
    TagsSettingsPage *page() const { return m_page; }

private:
    TagsSettingsPage *m_page = nullptr;
};

} // namespace crm::ui
