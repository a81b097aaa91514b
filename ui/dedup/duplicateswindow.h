// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dedup/duplicatefinder.h"
#include "storage/database.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace crm::ui {

// Tools ▸ Find Duplicates: scans the database off the UI thread (progress, Cancel) and lists
// the pairs as they come, best first, with the reasons; each pair can be merged (MergeDialog,
// one undo step on the main window's stack) or marked "not a duplicate". A second tab lists
// the merges, newest first, with Unmerge.
class DuplicatesWindow : public QWidget
{
    Q_OBJECT

public:
    DuplicatesWindow(core::DatabasePtr db, QUndoStack *undo, std::function<void()> changed,
                     QWidget *parent = nullptr);
    ~DuplicatesWindow() override;

    void startScan();
    bool isScanning() const;
    void reloadMerges();

signals:
    void scanFinished();

private:
    void addPairs(const QList<core::dedup::DuplicatePair> &pairs);
    void scanDone(const QString &error);
    void mergeCurrent();
    void dismissCurrent();
    void unmergeCurrent();
    int currentPair() const;

    core::DatabasePtr m_db;
    QUndoStack *m_undo;
    std::function<void()> m_changed;
    QComboBox *m_kind = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_pairs = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_dismiss = nullptr;
    QTableWidget *m_merges = nullptr;
    QPushButton *m_unmerge = nullptr;
    QList<core::dedup::DuplicatePair> m_found;
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_scanning = false;
};

} // namespace crm::ui
