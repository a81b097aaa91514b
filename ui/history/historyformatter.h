// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/historyrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace crm::ui {

// Turns change-log entries into sentences a person reads:
// "12.11.2026 14:03 — anna changed Title from “” to “Sales manager”".
class HistoryFormatter
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::ui::HistoryFormatter)

public:
    struct Line
    {
        QDateTime when; // local time
        QString author;
        QString sentence; // without the time: "anna added e-mail anna@x.lv (work)"
        QString text;     // time — sentence
    };
    // Names of records referred to by id: ("companies", id) → company name, ("tags", id) → tag.
    using NameLookup = std::function<QString(const QString &table, const QByteArray &id)>;

    explicit HistoryFormatter(NameLookup lookup = {});

    // Entries oldest first (as HistoryRepository gives them); lines newest first.
    QList<Line> format(const QList<core::HistoryEntry> &entries) const;

    // The translated label of a column of a table ("title" → "Title").
    static QString fieldLabel(const QString &table, const QString &column);

private:
    QString value(const QString &table, const QString &column, const QVariant &v) const;
    NameLookup m_lookup;
};

} // namespace crm::ui
