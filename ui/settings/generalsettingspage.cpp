// SPDX-License-Identifier: GPL-3.0-or-later
#include "generalsettingspage.h"

#include "common/currencycombo.h"
#include "services/preferences.h"

#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace crm::ui {

namespace {

QString territoryName(QLocale::Territory t)
{
    return QLocale::territoryToString(t);
}

} // namespace

GeneralSettingsPage::GeneralSettingsPage(core::DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("generalSettingsPage"));
    QSqlDatabase c = m_db->connection();

    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("phoneRegionCombo"));
    const QLocale::Territory system = QLocale::system().territory();
    m_region->addItem(system == QLocale::AnyTerritory
                          ? tr("Automatic (from the system)")
                          : tr("Automatic: %1 (from the system)").arg(territoryName(system)),
                      QString());
    QList<std::pair<QString, QString>> regions; // name, code
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && code != u"ZZ")
            regions.append({territoryName(territory), code});
    }
    QCollator collator;
    std::sort(regions.begin(), regions.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[name, code] : std::as_const(regions))
        m_region->addItem(tr("%1 (%2)").arg(name, code), code);
    m_region->setCurrentIndex(std::max(0, m_region->findData(core::Preferences::phoneRegion(c))));
    m_region->setToolTip(tr("Phone numbers typed without a country code, such as 2912 3456, "
                            "are read as numbers of this region when imports look for "
                            "duplicates."));

    m_currency = makeCurrencyCombo(QStringLiteral("defaultCurrencyCombo"), this);
    m_currency->setCurrentText(core::Preferences::defaultCurrency(c));

    auto *box = new QGroupBox(tr("New records"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Phone &region:"), m_errors.wrap(QStringLiteral("phone_region"), m_region));
    form->addRow(tr("Default &currency of deals:"),
                 m_errors.wrap(QStringLiteral("default_currency"), m_currency));
    auto *note = new QLabel(tr("These settings are stored with your data, so the command line "
                               "(crm-cli) uses them too."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_region, &QComboBox::activated, this, &GeneralSettingsPage::storeRegion);
    connect(m_currency, &QComboBox::activated, this, &GeneralSettingsPage::storeCurrency);
    connect(m_currency->lineEdit(), &QLineEdit::editingFinished, this,
            &GeneralSettingsPage::storeCurrency);
}

void GeneralSettingsPage::storeRegion()
{
    QSqlDatabase c = m_db->connection();
    m_errors.clear();
    if (auto s = core::Preferences::setPhoneRegion(c, m_region->currentData().toString()); !s)
        m_errors.show({s.error()});
}

void GeneralSettingsPage::storeCurrency()
{
    QSqlDatabase c = m_db->connection();
    m_errors.clear();
    if (auto s = core::Preferences::setDefaultCurrency(c, m_currency->currentText()); !s)
        m_errors.show({s.error()});
}

} // namespace crm::ui
