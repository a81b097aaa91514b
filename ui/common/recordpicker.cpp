// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordpicker.h"

#include "models/deallistmodel.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "services/searchservice.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace crm::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
} // namespace

RecordPicker::RecordPicker(core::DatabasePtr db, Kind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_db(std::move(db))
    , m_kind(kind)
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this))
{
    setClearButtonEnabled(true);
    setPlaceholderText(kind == Kind::Contact   ? tr("Type to find a contact")
                       : kind == Kind::Company ? tr("Type to find a company")
                                               : tr("Type to find a deal"));
    m_completer->setModel(m_matches);
    // The matches are already what the search found: the completer shows them all.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->popup()->setObjectName(QStringLiteral("pickerPopup"));
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &RecordPicker::lookUp);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                m_id = index.data(IdRole).toByteArray();
                m_pickedText = index.data(NameRole).toString();
                // After the completer wrote the row's text: show the plain name.
                QMetaObject::invokeMethod(
                    this, [this] { setText(m_pickedText); }, Qt::QueuedConnection);
                emit picked(m_id);
            });
}

void RecordPicker::setRecord(const QByteArray &id, const QString &name)
{
    m_id = id;
    m_pickedText = id.isEmpty() ? QString() : name;
    setText(m_pickedText);
}

void RecordPicker::lookUp(const QString &text)
{
    if (!m_id.isEmpty() && text.trimmed() != m_pickedText) {
        m_id.clear();
        emit picked({});
    }
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    const QList<Match> found = find(m_db, m_kind, text);
    for (const Match &m : found) {
        auto *item =
            new QStandardItem(m.detail.isEmpty() ? m.name : tr("%1 — %2").arg(m.name, m.detail));
        item->setData(m.id, IdRole);
        item->setData(m.name, NameRole);
        m_matches->appendRow(item);
    }
    if (!found.isEmpty())
        m_completer->complete();
}

QList<RecordPicker::Match> RecordPicker::find(const core::DatabasePtr &db, Kind kind,
                                              const QString &text, int limit)
{
    QList<Match> out;
    if (kind == Kind::Deal) {
        core::DealListModel deals(db);
        deals.setOutcome(core::DealListModel::Outcome::Any);
        deals.setFilterText(text);
        for (int row = 0; row < std::min(limit, deals.rowCount()); ++row) {
            const QModelIndex title = deals.index(row, core::DealListModel::Title);
            out << Match{title.data(core::DealListModel::IdRole).toByteArray(),
                         title.data().toString(),
                         deals.index(row, core::DealListModel::Company).data().toString()};
        }
        return out;
    }
    auto hits = core::SearchService(db).search(text, limit);
    if (!hits)
        return out;
    const auto wanted =
        kind == Kind::Contact ? core::SearchIndex::Kind::Contact : core::SearchIndex::Kind::Company;
    for (const core::SearchHit &h : hits.value()) {
        if (h.kind == wanted)
            out << Match{h.id, h.displayName, h.company};
    }
    return out;
}

QString RecordPicker::nameOf(const core::DatabasePtr &db, Kind kind, const QByteArray &id)
{
    if (id.isEmpty())
        return {};
    switch (kind) {
    case Kind::Contact:
        if (auto c = core::ContactRepository(db).get(id))
            return c->displayName();
        break;
    case Kind::Company:
        if (auto c = core::CompanyRepository(db).get(id))
            return c->name;
        break;
    case Kind::Deal:
        if (auto d = core::DealRepository(db).get(id))
            return d->title;
        break;
    }
    return {};
}

} // namespace crm::ui
