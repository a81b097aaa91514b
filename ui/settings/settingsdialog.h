// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace crm::ui {

// One Settings window (Settings ▸ Settings…, Ctrl+,): a list of pages on the left — General,
// Sync and whatever else registers one — and the chosen page on the right. Pages apply what
// is changed at once (or carry their own Apply), so the window only has Close. Remembers its
// size and the last page shown.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // `key` names the page for showPage() and for remembering it; `page` is reparented.
    void addPage(const QString &key, const QIcon &icon, const QString &title, QWidget *page);
    // Shows the page with `key`; false when there is none.
    bool showPage(const QString &key);
    QString currentPage() const;
    // Shows the page last shown (or the first).
    void showRememberedPage();
    QWidget *page(const QString &key) const;

private:
    QListWidget *m_list;
    QStackedWidget *m_stack;
};

} // namespace crm::ui
