// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "activities/activitycommand.h"
#include "dashboard/figuretile.h"
#include "dashboard/recordsetdialog.h"
#include "domain/money.h"
#include "timeline/timelineentry.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QScrollArea>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace crm::ui {

using core::RecordKind;
using core::dashboard::MoneyAmounts;
using Trend = FigureTile::Trend;

namespace {

const QString kPeriodKey = QStringLiteral("dashboard/period");
const QString kOwnerKey = QStringLiteral("dashboard/owner");
const QString kMe = QStringLiteral(":me"); // the owner choice that follows the local user
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int ShownRows = 6; // a My day list grows to this many rows, then scrolls

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::ui", text);
}

// The headline amount (in `primary` when there is one) and the others, never added up.
QString moneyText(const MoneyAmounts &m, const QString &primary, QString *others = nullptr)
{
    const QLocale locale;
    if (m.isEmpty())
        return core::Money::format(0, primary, locale);
    const QString head = m.contains(primary) ? primary : m.firstKey();
    if (others) {
        QStringList rest;
        for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
            if (it.key() != head)
                rest << core::Money::format(it.value(), it.key(), locale);
        }
        *others = rest.join(u" · "_qs);
    }
    return core::Money::format(m.value(head), head, locale);
}

QString percent(double fraction, int decimals = 0)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100, 'f', decimals));
}

// "▲ 33 % · was 3": the change of a count or an amount from `previous`; `was` is how the
// previous value reads.
std::pair<QString, Trend> change(double current, double previous, bool higherIsGood,
                                 const QString &was)
{
    if (current == previous)
        return {tr("No change · was %1").arg(was), Trend::Neutral};
    const bool up = current > previous;
    const Trend trend = up == higherIsGood ? Trend::Good : Trend::Bad;
    const QString arrow = up ? u"▲"_qs : u"▼"_qs;
    if (previous == 0)
        return {tr("%1 from none before").arg(arrow), trend};
    return {tr("%1 %2 · was %3")
                .arg(arrow, percent(std::abs(current - previous) / std::abs(previous)), was),
            trend};
}

// Without seconds, even where the locale's short time has them (the C locale).
QString shortTime(const QDateTime &t, const QTimeZone &zone)
{
    return core::Timeline::shortTime(t.toTimeZone(zone).time(), QLocale());
}

QString shortDate(const QDateTime &t, const QTimeZone &zone)
{
    return QLocale().toString(t.toTimeZone(zone).date(), QLocale::ShortFormat);
}

QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.0)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * scale);
    label->setFont(f);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return label;
}

void mute(QWidget *w)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    p.setColor(QPalette::Text, p.color(QPalette::PlaceholderText));
    w->setPalette(p);
}

// A white card with a rounded border, like the tiles and charts.
void makeCard(QFrame *frame)
{
    const QPalette p;
    frame->setFrameShape(QFrame::NoFrame);
    frame->setStyleSheet(
        u"QFrame#" + frame->objectName() +
        u" { background: %1; border: 1px solid %2; border-radius: 8px; }"_qs.arg(
            p.color(QPalette::Base).name(), p.color(QPalette::Mid).lighter(125).name()));
}

QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(210);
    view->setFrameShape(QFrame::NoFrame);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return view;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setWeight(QFont::DemiBold);
    chart->setTitleFont(f);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(8);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->hide();
    const QPalette p;
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(QPen(p.color(QPalette::Mid).lighter(125)));
    chart->setTitleBrush(p.color(QPalette::Text));
    return chart;
}

// Money in major units scaled to what an axis reads easily, and the unit it is in.
struct Scale
{
    double divisor = 1;
    QString caption;
};

Scale scaleFor(double max, const QString &currency)
{
    if (max >= 2e6)
        return {1e6, tr("%1, millions").arg(currency)};
    if (max >= 2e4)
        return {1e3, tr("%1, thousands").arg(currency)};
    return {1, currency};
}

double major(qint64 minor, const QString &currency)
{
    return double(minor) / std::pow(10.0, core::Money::minorDigits(currency));
}

void styleAxis(QAbstractAxis *axis)
{
    const QPalette p;
    axis->setLabelsBrush(p.color(QPalette::Text));
    axis->setGridLineColor(p.color(QPalette::Mid).lighter(130));
    axis->setLinePenColor(p.color(QPalette::Mid));
    QFont f = axis->labelsFont();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    axis->setLabelsFont(f);
}

QValueAxis *valueAxis(double max)
{
    auto *axis = new QValueAxis;
    // Whole steps of 1, 2 or 5 × 10ⁿ, about four of them: labels never repeat a rounded value.
    const double rough = std::max(max, 1.0) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    step = std::max(1.0, step);
    axis->setRange(0, std::ceil(std::max(max, 1.0) / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(u"%.0f"_qs);
    styleAxis(axis);
    return axis;
}

// One bar per value (money in major units of `currency`) on `view`, replacing its chart; the
// title has a %1 for the scale. Returns the series for its click and hover handlers.
QBarSeries *showMoneyBars(QChartView *view, const QString &title, const QString &currency,
                          const QColor &color, const QList<double> &values,
                          const QStringList &labels, qreal barWidth, bool truncateLabels)
{
    const double max = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    const Scale scale = scaleFor(std::max(max, 0.0), currency);
    auto *chart = newChart(title.arg(scale.caption));
    auto *set = new QBarSet(currency);
    set->setColor(color);
    set->setBorderColor(color);
    for (double v : values)
        set->append(v / scale.divisor);
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(barWidth);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->setTruncateLabels(truncateLabels); // short labels ("jan", "W51") are never cut
    x->append(labels);
    styleAxis(x);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = valueAxis(std::max(max, 0.0) / scale.divisor);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return series;
}

// The colours of activity kinds, the same in every chart.
QColor kindColor(const QString &kind)
{
    static const QHash<QString, QColor> colors = {
        {u"call"_qs, QColor(0x3b, 0x82, 0xc4)},  {u"meeting"_qs, QColor(0x2e, 0xa0, 0x6b)},
        {u"visit"_qs, QColor(0x8e, 0x6b, 0xc9)}, {u"task"_qs, QColor(0xe0, 0x8e, 0x2b)},
        {u"note"_qs, QColor(0x8a, 0x94, 0xa3)},  {u"email"_qs, QColor(0xd0, 0x5a, 0x7e)},
    };
    return colors.value(kind, QColor(0x5b, 0x6b, 0x7c));
}

const QColor kBarColor(0x3b, 0x82, 0xc4);
const QColor kWonColor(0x2e, 0xa0, 0x6b);

QListWidget *myDayList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setFrameShape(QFrame::NoFrame);
    list->setUniformItemSizes(true);
    list->setTextElideMode(Qt::ElideRight);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    list->setMouseTracking(true);
    return list;
}

// A list as tall as its rows (up to ShownRows), or one row for its empty line.
void fitHeight(QListWidget *list)
{
    const int rows = std::clamp(list->count(), 1, ShownRows);
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 8;
    list->setFixedHeight(rows * row + 2 * list->frameWidth());
}

void addEmptyLine(QListWidget *list, const QString &text)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::NoItemFlags);
    QFont f = list->font();
    f.setItalic(true);
    item->setFont(f);
    item->setForeground(list->palette().color(QPalette::PlaceholderText));
}

QListWidgetItem *recordItem(QListWidget *list, const QString &text, RecordKind kind,
                            const QByteArray &id, const QString &tip)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(KindRole, int(kind));
    item->setData(IdRole, id);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

} // namespace

DashboardView::DashboardView(core::DatabasePtr db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_undo(undo)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_zone(QTimeZone::systemTimeZone())
    , m_watcher(new QFutureWatcher<Snapshot>(this))
    , m_debounce(new QTimer(this))
    , m_busyDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &DashboardView::refresh);
    // Quiet: the busy line shows only when a computation takes long enough to notice.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(250);
    connect(m_busyDelay, &QTimer::timeout, this, [this] { m_busy->setVisible(isBusy()); });
    connect(m_watcher, &QFutureWatcher<Snapshot>::finished, this, &DashboardView::finished);

    auto *inner = new QWidget;
    inner->setObjectName(QStringLiteral("dashboardContent"));
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(14);
    layout->addWidget(createHeader());

    m_content = new QStackedWidget;
    auto *page = new QWidget;
    auto *columns = new QHBoxLayout(page);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(16);
    columns->addWidget(createFigures(), 1);
    columns->addWidget(createMyDay(), 0);
    m_content->addWidget(page);

    m_empty =
        new QLabel(tr("<h2>Welcome</h2><p>This is your home screen. It fills up as you "
                      "work: new contacts and leads, your open pipeline, deals won and "
                      "lost, what you did and what is due today.</p><p>Add a contact with "
                      "<b>Ctrl+N</b>, a deal with <b>Ctrl+Shift+D</b> or an activity with "
                      "<b>Ctrl+Shift+A</b> — or import your contacts with <b>Ctrl+I</b>.</p>"));
    m_empty->setObjectName(QStringLiteral("dashboardEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMaximumWidth(560);
    auto *emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);
    m_content->addWidget(emptyPage);
    layout->addWidget(m_content, 1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

DashboardView::~DashboardView()
{
    // The computation holds the database; let it end before the screen goes.
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

void DashboardView::setClock(std::function<QDateTime()> now, const QTimeZone &zone)
{
    m_now = std::move(now);
    m_zone = zone;
}

bool DashboardView::isBusy() const
{
    return m_running || m_again || m_debounce->isActive();
}

FigureTile *DashboardView::tile(const QString &objectName) const
{
    return m_tiles.value(objectName);
}

QWidget *DashboardView::createHeader()
{
    auto *header = new QWidget;
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = heading(tr("Home"), header, 1.6);
    title->setObjectName(QStringLiteral("dashboardTitle"));
    m_periodLabel = new QLabel(header);
    m_periodLabel->setObjectName(QStringLiteral("dashboardPeriodLabel"));
    mute(m_periodLabel);
    titles->addWidget(title);
    titles->addWidget(m_periodLabel);
    layout->addLayout(titles, 1);

    m_busy = new QLabel(tr("Updating…"), header);
    m_busy->setObjectName(QStringLiteral("dashboardBusyLabel"));
    mute(m_busy);
    m_busy->hide();
    layout->addWidget(m_busy, 0, Qt::AlignBottom);

    const QSettings settings;
    m_period = new QComboBox(header);
    m_period->setObjectName(QStringLiteral("dashboardPeriodCombo"));
    m_period->setAccessibleName(tr("Period"));
    for (const QString &key : core::dashboard::DashboardPeriod::presets())
        m_period->addItem(core::dashboard::DashboardPeriod::label(key), key);
    const int saved = m_period->findData(settings.value(kPeriodKey, u"this_month"_qs));
    m_period->setCurrentIndex(saved >= 0 ? saved : 1);
    m_owner = new QComboBox(header);
    m_owner->setObjectName(QStringLiteral("dashboardOwnerCombo"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillOwners({settings.value(kOwnerKey).toString()});
    const int owner = m_owner->findData(settings.value(kOwnerKey, QString()));
    m_owner->setCurrentIndex(owner >= 0 ? owner : 0);
    auto *periodLabel = new QLabel(tr("&Period"), header);
    periodLabel->setBuddy(m_period);
    auto *ownerLabel = new QLabel(tr("&Owner"), header);
    ownerLabel->setBuddy(m_owner);
    for (QWidget *w : {static_cast<QWidget *>(periodLabel), static_cast<QWidget *>(m_period),
                       static_cast<QWidget *>(ownerLabel), static_cast<QWidget *>(m_owner)})
        layout->addWidget(w, 0, Qt::AlignBottom);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::choicesChanged);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &DashboardView::choicesChanged);
    return header;
}

QWidget *DashboardView::createFigures()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const std::pair<const char *, QString> tiles[] = {
        {"tileNewContacts", tr("New contacts")},
        {"tileNewLeads", tr("New leads")},
        {"tileOpenPipeline", tr("Open pipeline")},
        {"tileWon", tr("Won")},
        {"tileLost", tr("Lost")},
        {"tileWinRate", tr("Win rate")},
        {"tileSalesCycle", tr("Average sales cycle")},
        {"tileActivitiesDone", tr("Activities done")},
    };
    int i = 0;
    for (const auto &[name, caption] : tiles) {
        auto *t = new FigureTile(caption, panel);
        const QString key = QString::fromLatin1(name);
        t->setObjectName(key);
        t->setToolTip(tr("Click to see the records behind this figure"));
        connect(t, &FigureTile::activated, this, [this, key] {
            const core::dashboard::RecordSet set = m_tileRecords.value(key);
            if (set.isValid())
                showRecords(set);
        });
        m_tiles.insert(key, t);
        grid->addWidget(t, i / 4, i % 4);
        ++i;
    }
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);
    layout->addLayout(grid);

    m_pipelineChart = chartView(QStringLiteral("chartPipeline"), panel);
    m_wonChart = chartView(QStringLiteral("chartWonPerMonth"), panel);
    m_activityChart = chartView(QStringLiteral("chartActivitiesPerWeek"), panel);
    m_customers = new QTreeWidget(panel);
    m_customers->setObjectName(QStringLiteral("topCustomersList"));
    m_customers->setRootIsDecorated(false);
    m_customers->setUniformRowHeights(true);
    m_customers->setAllColumnsShowFocus(true);
    m_customers->setFrameShape(QFrame::NoFrame);
    m_customers->setHeaderLabels({tr("Customer"), tr("Won"), tr("Change")});
    m_customers->header()->setStretchLastSection(false);
    m_customers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_customers->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_customers->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_customers->setToolTip(tr("Double-click a customer to see the deals won"));
    m_customers->setMinimumHeight(120);
    connect(m_customers, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = m_customers->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_figures.topCustomers.size())
            showRecords(m_figures.topCustomers[row].records);
    });
    auto *customers = new QFrame(panel);
    customers->setObjectName(QStringLiteral("topCustomersPanel"));
    makeCard(customers);
    auto *customersLayout = new QVBoxLayout(customers);
    customersLayout->setContentsMargins(12, 10, 12, 8);
    customersLayout->addWidget(heading(tr("Top customers by won value"), customers));
    customersLayout->addWidget(m_customers);

    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    charts->addWidget(m_pipelineChart, 0, 0);
    charts->addWidget(m_wonChart, 0, 1);
    charts->addWidget(m_activityChart, 1, 0);
    charts->addWidget(customers, 1, 1);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    layout->addLayout(charts, 1);
    return panel;
}

QWidget *DashboardView::createMyDay()
{
    auto *panel = new QFrame;
    panel->setObjectName(QStringLiteral("myDayPanel"));
    makeCard(panel);
    panel->setFixedWidth(std::max(300, fontMetrics().horizontalAdvance(u'M') * 22));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(heading(tr("My day"), panel, 1.25));

    auto section = [&](const QString &name, QLabel **head, QToolButton **all) {
        auto *row = new QHBoxLayout;
        *head = heading(QString(), panel);
        row->addWidget(*head, 1);
        if (all) {
            *all = new QToolButton(panel);
            (*all)->setObjectName(name + u"ShowAll");
            (*all)->setAutoRaise(true);
            (*all)->setCursor(Qt::PointingHandCursor);
            row->addWidget(*all);
        }
        layout->addSpacing(6);
        layout->addLayout(row);
        auto *list = myDayList(name, panel);
        connect(list, &QListWidget::itemActivated, this, &DashboardView::openItem);
        layout->addWidget(list);
        return list;
    };
    m_overdue = section(u"myDayOverdueList"_qs, &m_overdueHeading, &m_overdueAll);
    m_today = section(u"myDayTodayList"_qs, &m_todayHeading, nullptr);
    m_reminders = section(u"myDayRemindersList"_qs, &m_remindersHeading, nullptr);
    m_stale = section(u"myDayStaleList"_qs, &m_staleHeading, &m_staleAll);
    layout->addStretch(1);
    for (QListWidget *list : {m_overdue, m_today})
        connect(list, &QListWidget::itemChanged, this, &DashboardView::activityChecked);
    connect(m_overdueAll, &QToolButton::clicked, this,
            [this] { showRecords(m_myDay.overdueRecords); });
    connect(m_staleAll, &QToolButton::clicked, this, [this] { showRecords(m_myDay.staleRecords); });
    return panel;
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardView::refreshLater()
{
    m_dirty = true;
    if (isVisible())
        m_debounce->start();
}

void DashboardView::choicesChanged()
{
    QSettings settings;
    settings.setValue(kPeriodKey, m_period->currentData());
    settings.setValue(kOwnerKey, m_owner->currentData());
    refresh();
}

QString DashboardView::ownerChoice() const
{
    const QString choice = m_owner->currentData().toString();
    return choice == kMe ? m_db->localUser() : choice;
}

void DashboardView::refresh()
{
    m_debounce->stop();
    m_dirty = false;
    if (m_running) {
        m_again = true; // the one running is outdated: run again when it ends
        return;
    }
    m_running = true;
    core::dashboard::DashboardService::Options options;
    options.period = m_period->currentData().toString();
    options.owner = ownerChoice();
    options.now = m_now();
    options.zone = m_zone;
    m_busyDelay->start();
    // A pool thread with its own connection, closed when done.
    m_watcher->setFuture(QtConcurrent::run([db = m_db, options] {
        Snapshot s;
        const core::dashboard::DashboardService service(db);
        s.figures = service.figures(options);
        s.myDay = service.myDay(options);
        if (auto owners = service.owners())
            s.owners = owners.value();
        db->closeConnection();
        return s;
    }));
}

void DashboardView::finished()
{
    const Snapshot s = m_watcher->future().result();
    m_running = false;
    if (m_again) {
        m_again = false;
        refresh();
    } else {
        m_busyDelay->stop();
        m_busy->hide();
    }
    if (!s.figures) {
        m_periodLabel->setText(
            tr("The figures could not be computed: %1").arg(s.figures.error().message()));
        emit failed(s.figures.error().message());
        return;
    }
    m_figures = s.figures.value();
    if (s.myDay)
        m_myDay = s.myDay.value();
    fillOwners(s.owners);
    showFigures();
    showCharts();
    showMyDay();
    m_content->setCurrentIndex(m_figures.databaseEmpty ? 1 : 0);
    if (!isBusy())
        emit refreshed();
}

void DashboardView::fillOwners(const QStringList &owners)
{
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    m_owner->addItem(tr("Me (%1)").arg(m_db->localUser()), kMe);
    const QString me = m_db->localUser();
    bool separated = false;
    for (const QString &o : owners) {
        if (o.isEmpty() || o == me || o == kMe)
            continue;
        if (!separated) {
            m_owner->insertSeparator(m_owner->count());
            separated = true;
        }
        m_owner->addItem(o, o);
    }
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index >= 0 ? index : 0);
}

void DashboardView::showFigures()
{
    using core::dashboard::Figure;
    const auto &f = m_figures;
    const QLocale locale;
    const QString primary = f.primaryCurrency;
    m_periodLabel->setText(tr("%1 · compared with %2")
                               .arg(core::dashboard::DashboardPeriod::describe(f.period.current),
                                    core::dashboard::DashboardPeriod::describe(f.period.previous)));
    const QString previousSpan = core::dashboard::DashboardPeriod::describe(f.period.previous);

    auto count = [&](const char *name, const Figure &fig, const QString &detail,
                     bool higherIsGood) {
        FigureTile *t = m_tiles.value(QString::fromLatin1(name));
        t->setValue(locale.toString(fig.count));
        t->setDetail(detail);
        const auto [text, trend] = change(double(fig.count), double(fig.previousCount),
                                          higherIsGood, locale.toString(fig.previousCount));
        t->setChange(text, trend);
        t->setToolTip(tr("Previous period (%1): %2 · click to see the records")
                          .arg(previousSpan, locale.toString(fig.previousCount)));
        m_tileRecords.insert(QString::fromLatin1(name), fig.records);
    };
    auto money = [&](const char *name, const Figure &fig, bool higherIsGood,
                     const QString &countText) {
        FigureTile *t = m_tiles.value(QString::fromLatin1(name));
        QString others;
        t->setValue(moneyText(fig.amounts, primary, &others));
        t->setDetail(countText);
        t->setExtra(others.isEmpty() ? QString() : u"+ " + others);
        const QString head = fig.amounts.contains(primary) || fig.amounts.isEmpty()
                                 ? primary
                                 : fig.amounts.firstKey();
        const qint64 now = fig.amounts.value(head), before = fig.previousAmounts.value(head);
        const auto [text, trend] = change(double(now), double(before), higherIsGood,
                                          core::Money::format(before, head, locale));
        t->setChange(text, trend);
        QString previousOthers;
        const QString previous = moneyText(fig.previousAmounts, primary, &previousOthers);
        t->setToolTip(tr("Previous period (%1): %2 · click to see the records")
                          .arg(previousSpan, previousOthers.isEmpty()
                                                 ? previous
                                                 : previous + u" · " + previousOthers));
        m_tileRecords.insert(QString::fromLatin1(name), fig.records);
    };

    count("tileNewContacts", f.newContacts,
          tr("Leads among them: %1").arg(locale.toString(f.newLeads.count)), true);
    count("tileNewLeads", f.newLeads, tr("Contacts with the status Lead"), true);
    money("tileOpenPipeline", f.openPipeline, true,
          tr("Deals: %1 · weighted %2")
              .arg(locale.toString(f.openPipeline.count),
                   moneyText(f.openPipeline.weighted, primary)));
    // The weighted amount on a line of its own: the line of deals is long enough.
    {
        FigureTile *t = m_tiles.value(u"tileOpenPipeline"_qs);
        QString others;
        moneyText(f.openPipeline.amounts, primary, &others);
        t->setDetail(tr("Weighted: %1").arg(moneyText(f.openPipeline.weighted, primary)));
        t->setExtra(
            others.isEmpty()
                ? tr("Deals: %1").arg(locale.toString(f.openPipeline.count))
                : tr("Deals: %1 · + %2").arg(locale.toString(f.openPipeline.count), others));
    }
    m_tiles.value(u"tileOpenPipeline"_qs)
        ->setToolTip(tr("Open now; compared with the pipeline as it stood at the end of %1 · "
                        "click to see the deals")
                         .arg(previousSpan));
    money("tileWon", f.won, true, tr("Deals: %1").arg(locale.toString(f.won.count)));
    money("tileLost", f.lost, false, tr("Deals: %1").arg(locale.toString(f.lost.count)));

    auto ratio = [&](const char *name, const core::dashboard::Ratio &r, const QString &value,
                     const QString &previousValue, const QString &delta, bool higherIsGood,
                     const QString &detail, const QString &none) {
        FigureTile *t = m_tiles.value(QString::fromLatin1(name));
        t->setValue(r.value ? value : u"—"_qs);
        t->setDetail(r.value ? detail : none);
        if (!r.previous || !r.value) {
            t->setChange(r.previous ? tr("Was %1").arg(previousValue) : tr("No previous data"),
                         Trend::Neutral);
        } else if (std::abs(*r.value - *r.previous) < 1e-9) {
            t->setChange(tr("No change · was %1").arg(previousValue), Trend::Neutral);
        } else {
            const bool up = *r.value > *r.previous;
            t->setChange(tr("%1 %2 · was %3").arg(up ? u"▲"_qs : u"▼"_qs, delta, previousValue),
                         up == higherIsGood ? Trend::Good : Trend::Bad);
        }
        m_tileRecords.insert(QString::fromLatin1(name), r.records);
    };
    const auto &w = f.winRate;
    ratio("tileWinRate", w, w.value ? percent(*w.value) : QString(),
          w.previous ? percent(*w.previous) : QString(),
          w.value && w.previous
              ? tr("%1 pts").arg(locale.toString(std::abs(*w.value - *w.previous) * 100, 'f', 0))
              : QString(),
          true,
          tr("Won %1 of %2 closed").arg(locale.toString(f.won.count), locale.toString(w.basis)),
          tr("No deals closed in the period"));
    const auto &c = f.salesCycleDays;
    auto days = [&locale](double d) { return tr("%1 days").arg(locale.toString(d, 'f', 1)); };
    ratio("tileSalesCycle", c, c.value ? days(*c.value) : QString(),
          c.previous ? days(*c.previous) : QString(),
          c.value && c.previous ? days(std::abs(*c.value - *c.previous)) : QString(), false,
          tr("Creation to won · deals: %1").arg(locale.toString(c.basis)),
          tr("No deals won in the period"));

    QStringList kinds;
    for (const auto &k : f.activitiesByKind) {
        if (k.count > 0) {
            const auto kind = core::Activity::kindFromKey(k.kind);
            kinds << tr("%1 %2").arg(kind ? core::Activity::kindLabel(*kind) : k.kind,
                                     locale.toString(k.count));
        }
    }
    count("tileActivitiesDone", f.activitiesDone,
          kinds.isEmpty() ? tr("Nothing done in the period") : kinds.join(u" · "_qs), true);

    // Top customers.
    m_customers->clear();
    for (const auto &customer : f.topCustomers) {
        QString others;
        const QString won = moneyText(customer.won, primary, &others);
        const QString head = customer.won.contains(primary) ? primary : customer.won.firstKey();
        const qint64 before = customer.previousWon.value(head);
        const auto [text, trend] = change(double(customer.won.value(head)), double(before), true,
                                          core::Money::format(before, head, locale));
        auto *item = new QTreeWidgetItem(
            m_customers, {customer.name.isEmpty() ? tr("(company removed)") : customer.name,
                          others.isEmpty() ? won : won + u" · " + others,
                          before == 0 ? tr("new") : text.section(u" · "_qs, 0, 0)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(2, trend == Trend::Good  ? QColor(0x1e, 0x8e, 0x3e)
                               : trend == Trend::Bad ? QColor(0xc5, 0x22, 0x1f)
                                                     : palette().color(QPalette::PlaceholderText));
        item->setToolTip(0, tr("Deals won: %1 · previous period: %2")
                                .arg(locale.toString(customer.deals),
                                     core::Money::format(before, head, locale)));
    }
    if (f.topCustomers.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_customers, {tr("No deals won in the period")});
        item->setFlags(Qt::NoItemFlags);
        item->setForeground(0, palette().color(QPalette::PlaceholderText));
    }
}

void DashboardView::showCharts()
{
    const auto &f = m_figures;
    const QString primary = f.primaryCurrency;
    const QLocale locale;

    // Pipeline by stage: the total of the open deals of each stage, in the headline currency.
    {
        QList<double> values;
        QStringList labels;
        const bool pipelines = std::any_of(f.stages.cbegin(), f.stages.cend(), [&](const auto &s) {
            return s.pipeline != f.stages.first().pipeline;
        });
        for (const auto &s : f.stages) {
            values << major(s.total.value(primary), primary);
            labels << (pipelines ? tr("%1: %2").arg(s.pipeline, s.stage) : s.stage);
        }
        // Stage names in full while they fit (Qt would cut "Negotiation" with room to spare).
        auto *series = showMoneyBars(m_pipelineChart, tr("Open pipeline by stage (%1)"), primary,
                                     kBarColor, values, labels, 0.6, labels.size() > 6);
        connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
            if (index >= 0 && index < m_figures.stages.size())
                showRecords(m_figures.stages[index].records);
        });
        connect(series, &QBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
            if (!on || index < 0 || index >= m_figures.stages.size()) {
                m_pipelineChart->setToolTip({});
                return;
            }
            const auto &s = m_figures.stages[index];
            m_pipelineChart->setToolTip(tr("%1 · deals: %2 · total %3 · weighted %4")
                                            .arg(s.stage, QLocale().toString(s.count),
                                                 moneyText(s.total, m_figures.primaryCurrency),
                                                 moneyText(s.weighted, m_figures.primaryCurrency)));
        });
    }

    // Won value per month, the last twelve.
    {
        QList<double> values;
        QStringList labels;
        for (const auto &b : f.wonPerMonth) {
            values << major(b.amounts.value(primary), primary);
            // Three letters fit twelve bars ("janv." → "jan"); the tooltip names it in full.
            labels << locale.standaloneMonthName(b.start.month(), QLocale::ShortFormat)
                          .remove(u'.')
                          .left(3);
        }
        auto *series = showMoneyBars(m_wonChart, tr("Won per month (%1)"), primary, kWonColor,
                                     values, labels, 0.7, false);
        connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
            if (index >= 0 && index < m_figures.wonPerMonth.size())
                showRecords(m_figures.wonPerMonth[index].records);
        });
        connect(series, &QBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
            if (!on || index < 0 || index >= m_figures.wonPerMonth.size()) {
                m_wonChart->setToolTip({});
                return;
            }
            const auto &b = m_figures.wonPerMonth[index];
            QString others;
            const QString head = moneyText(b.amounts, m_figures.primaryCurrency, &others);
            m_wonChart->setToolTip(tr("%1 · deals won: %2 · %3")
                                       .arg(QLocale().toString(b.start, u"MMMM yyyy"_qs),
                                            QLocale().toString(b.count),
                                            others.isEmpty() ? head : head + u" · " + others));
        });
    }

    // Activities done per week, stacked by kind (kinds with none in twelve weeks left out).
    {
        auto *chart = newChart(tr("Activities done per week"));
        auto *series = new QStackedBarSeries;
        series->setBarWidth(0.7);
        QStringList labels;
        for (const auto &b : f.activitiesPerWeek)
            labels << tr("W%1").arg(b.start.weekNumber());
        double max = 0;
        for (const auto &b : f.activitiesPerWeek)
            max = std::max(max, double(b.count));
        for (const QString &kind : core::Activity::kindKeys()) {
            bool any = false;
            for (const auto &b : f.activitiesPerWeek)
                any = any || b.byKind.value(kind) > 0;
            if (!any)
                continue;
            const auto k = core::Activity::kindFromKey(kind);
            auto *set = new QBarSet(k ? core::Activity::kindLabel(*k) : kind);
            set->setProperty("kind", kind);
            set->setColor(kindColor(kind));
            set->setBorderColor(kindColor(kind));
            for (const auto &b : f.activitiesPerWeek)
                set->append(double(b.byKind.value(kind)));
            series->append(set);
        }
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->setTruncateLabels(false); // short labels: "W51"
        x->append(labels);
        styleAxis(x);
        x->setGridLineVisible(false);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = valueAxis(max);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        if (!series->barSets().isEmpty()) {
            chart->legend()->show();
            chart->legend()->setAlignment(Qt::AlignBottom);
            chart->legend()->setLabelColor(palette().color(QPalette::Text));
            QFont lf = chart->legend()->font();
            lf.setPointSizeF(lf.pointSizeF() * 0.85);
            chart->legend()->setFont(lf);
        }
        connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
            if (index < 0 || index >= m_figures.activitiesPerWeek.size())
                return;
            const auto &b = m_figures.activitiesPerWeek[index];
            const QString kind = set ? set->property("kind").toString() : QString();
            showRecords(b.byKindRecords.contains(kind) ? b.byKindRecords.value(kind) : b.records);
        });
        QChart *old = m_activityChart->chart();
        m_activityChart->setChart(chart);
        delete old;
    }
}

void DashboardView::showMyDay()
{
    const QLocale locale;
    const QDateTime now = m_now();
    m_filling = true;
    for (QListWidget *l : {m_overdue, m_today, m_reminders, m_stale})
        l->clear();

    auto activityLine = [&](QListWidget *list, const core::Activity &a, bool overdue) {
        const auto kind = core::Activity::kindLabel(a.kind);
        QString when;
        if (overdue) {
            const qint64 days =
                a.due.toTimeZone(m_zone).date().daysTo(now.toTimeZone(m_zone).date());
            when = days <= 0   ? tr("due %1").arg(shortTime(a.due, m_zone))
                   : days == 1 ? tr("due yesterday")
                               : tr("%1 days late").arg(locale.toString(days));
        } else {
            when = a.allDay ? tr("all day") : shortTime(a.when(), m_zone);
        }
        auto *item = recordItem(
            list, overdue ? tr("%1 · %2").arg(a.subject, when) : tr("%1  %2").arg(when, a.subject),
            RecordKind::Activity, a.id,
            tr("%1: %2 — due %3").arg(kind, a.subject, overdue ? shortDate(a.due, m_zone) : when));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(a.done ? Qt::Checked : Qt::Unchecked);
        if (a.done) {
            QFont f = item->font();
            f.setStrikeOut(true);
            item->setFont(f);
            item->setForeground(palette().color(QPalette::PlaceholderText));
        }
        if (overdue)
            item->setForeground(QColor(0xc5, 0x22, 0x1f));
    };

    for (const auto &a : m_myDay.overdue)
        activityLine(m_overdue, a, true);
    if (m_myDay.overdue.isEmpty())
        addEmptyLine(m_overdue, tr("Nothing overdue"));
    m_overdueHeading->setText(tr("Overdue · %1").arg(locale.toString(m_myDay.overdueCount)));
    m_overdueAll->setText(tr("All %1").arg(locale.toString(m_myDay.overdueCount)));
    m_overdueAll->setVisible(m_myDay.overdueCount > m_myDay.overdue.size());

    for (const auto &a : m_myDay.today)
        activityLine(m_today, a, false);
    if (m_myDay.today.isEmpty())
        addEmptyLine(m_today, tr("Nothing planned for today"));
    m_todayHeading->setText(tr("Today · %1").arg(locale.toString(m_myDay.today.size())));

    for (const auto &r : m_myDay.reminders) {
        QString text;
        RecordKind kind = RecordKind::Activity;
        switch (r.kind) {
        case core::Reminder::Kind::Birthday:
            text = tr("Birthday: %1 (%2)").arg(r.title, locale.toString(r.years));
            kind = RecordKind::Contact;
            break;
        case core::Reminder::Kind::Anniversary:
            text = tr("Customer anniversary: %1 (%2)").arg(r.title, locale.toString(r.years));
            kind = RecordKind::Company;
            break;
        case core::Reminder::Kind::Activity:
        case core::Reminder::Kind::TaskDue:
            text = tr("%1  %2").arg(shortTime(r.fireAt, m_zone), r.title);
            break;
        }
        recordItem(m_reminders, text, kind, r.recordId, {});
    }
    if (m_myDay.reminders.isEmpty())
        addEmptyLine(m_reminders, tr("No birthdays or reminders today"));
    m_remindersHeading->setText(
        tr("Reminders · %1").arg(locale.toString(m_myDay.reminders.size())));

    for (const auto &d : m_myDay.stale) {
        const QString title = d.company.isEmpty() ? d.title : tr("%1 · %2").arg(d.title, d.company);
        recordItem(m_stale, tr("%1 — %2").arg(title, core::Money::format(d.amount, d.currency)),
                   RecordKind::Deal, d.id, d.reason);
    }
    if (m_myDay.stale.isEmpty())
        addEmptyLine(m_stale, tr("No stale deals"));
    m_staleHeading->setText(tr("Stale deals · %1").arg(locale.toString(m_myDay.staleCount)));
    m_staleAll->setText(tr("All %1").arg(locale.toString(m_myDay.staleCount)));
    m_staleAll->setVisible(m_myDay.staleCount > m_myDay.stale.size());

    for (QListWidget *l : {m_overdue, m_today, m_reminders, m_stale})
        fitHeight(l);
    m_filling = false;
}

void DashboardView::activityChecked(QListWidgetItem *item)
{
    if (m_filling || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const QByteArray id = item->data(IdRole).toByteArray();
    const bool done = item->checkState() == Qt::Checked;
    // Through the undo stack (Ctrl+Z reopens it); the lists re-read after the change.
    const core::Status s =
        ActivityCommand::setDone(m_db, m_undo, id, done, m_now(), [this] { refreshLater(); });
    if (!s)
        emit failed(s.error().message());
    refreshLater();
}

void DashboardView::openItem(QListWidgetItem *item)
{
    const QByteArray id = item->data(IdRole).toByteArray();
    if (!id.isEmpty())
        emit openRecord(RecordKind(item->data(KindRole).toInt()), id);
}

RecordSetDialog *DashboardView::showRecords(const core::dashboard::RecordSet &set)
{
    auto *dialog = new RecordSetDialog(m_db, set, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordSetDialog::openRecord, this, &DashboardView::openRecord);
    dialog->show();
    return dialog;
}

} // namespace crm::ui
