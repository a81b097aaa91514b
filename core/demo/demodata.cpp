// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "common/logging.h"
#include "demo/demolocales.h"
#include "demo/demosales.h"
#include "search/textfolder.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "storage/indexesaside.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

namespace crm::core::DemoData {

namespace {

// splitmix64: tiny, fast and good enough for sample data. Seeded per record from (seed,
// record number), so any record can be made on its own — the basis of makeContactRange.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    static Rng forRecord(quint64 seed, quint64 stream, qint64 number)
    {
        Rng base(seed * 0x9E3779B97F4A7C15ull ^ stream);
        const quint64 a = base.next();
        Rng r(a ^ (quint64(number) * 0xD1B54A32D192ED03ull));
        r.next();
        return Rng(r.next());
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    int below(qsizetype n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    bool percent(int p) { return below(100) < p; }
    template <typename List> const auto &pick(const List &l) { return l[below(l.size())]; }

private:
    quint64 m_state;
};

// A word in its own script and in the ASCII form people use in e-mail addresses and web
// addresses ("Bērziņš" → "berzins", "Щукин" → "shchukin", "Γιώργος" → "giorgos").
struct Word
{
    QString text;
    QString ascii;
};

struct Surname
{
    Word male;
    Word female;
};

struct City
{
    Word name;
    QString postal;
    QString landline;
};

struct Noun
{
    Word word;
    QString industry;
    bool plural = false;
};

struct Adjective
{
    Word singular;
    Word plural;
};

struct Title
{
    QString male;
    QString female;
};

struct Locale
{
    Country country = Country::Latvia;
    StreetStyle streetStyle = StreetStyle::NameNumber;
    QString countryName;
    QString tld;
    QList<Word> maleFirst;
    QList<Word> femaleFirst;
    QList<Surname> surnames;
    QList<City> cities;
    QList<int> cityPicks; // city indexes repeated by weight
    QList<QString> streets;
    QList<QString> mobiles;
    QString landline;
    QList<QString> freeMail;
    QList<Title> titles;
    QList<Adjective> adjectives;
    QList<Noun> nouns;
    QList<QString> legalForms;
    QString partnersForm;
    QList<QString> notes;
    QString localTag;
};

struct Pools
{
    std::array<Locale, CountryCount> locales;
    QList<int> localePicks; // locale indexes repeated by weight
    QList<QString> englishTitles;
    QList<QString> sources;
    QList<QString> tags;
    QList<QString> companyTags;
    QList<QString> notes;
};

// ICU does the transliteration; these run only while the pools are built.
class Transliterators
{
public:
    Transliterators()
        : m_latin(make("Latin-ASCII; Lower"))
        , m_russian(make("Russian-Latin/BGN; Latin-ASCII; Lower"))
        , m_greek(make("Greek-Latin/UNGEGN; Latin-ASCII; Lower"))
    {}

    QString ascii(const QString &text, Country country) const
    {
        icu::Transliterator *t = country == Country::Russia   ? m_russian.get()
                                 : country == Country::Greece ? m_greek.get()
                                                              : m_latin.get();
        QString out;
        if (t) {
            icu::UnicodeString s(reinterpret_cast<const UChar *>(text.utf16()),
                                 int32_t(text.size()));
            t->transliterate(s);
            out = QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
        } else {
            out = text.toLower();
        }
        QString clean;
        clean.reserve(out.size());
        for (QChar c : std::as_const(out)) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                clean += c;
        }
        return clean;
    }

private:
    static std::unique_ptr<icu::Transliterator> make(const char *id)
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            qCWarning(lcStorage) << "demo data: ICU transliterator unavailable:" << id
                                 << u_errorName(status);
            return nullptr;
        }
        return t;
    }

    std::unique_ptr<icu::Transliterator> m_latin;
    std::unique_ptr<icu::Transliterator> m_russian;
    std::unique_ptr<icu::Transliterator> m_greek;
};

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

// Russian: -ов/-ев/-ёв/-ин/-ын take -а, -ий/-ой become -ая; other surnames do not change.
QString russianFemale(const QString &male)
{
    for (const char16_t *end : {u"ов", u"ев", u"ёв", u"ин", u"ын"}) {
        if (male.endsWith(QStringView(end)))
            return male + u'а';
    }
    if (male.endsWith(u"ий") || male.endsWith(u"ой"))
        return male.chopped(2) + u"ая";
    return male;
}

// Polish: -ski/-cki/-dzki become -ska/-cka/-dzka; other surnames do not change.
QString polishFemale(const QString &male)
{
    if (male.endsWith(u"ski") || male.endsWith(u"cki"))
        return male.chopped(1) + u'a';
    return male;
}

QList<QString> strings(std::span<const char *const> raw)
{
    QList<QString> out;
    out.reserve(qsizetype(raw.size()));
    for (const char *s : raw)
        out << utf8(s);
    return out;
}

Pools buildPools()
{
    const Transliterators tr;
    Pools p;
    const auto raws = rawLocales();
    for (size_t li = 0; li < raws.size() && li < p.locales.size(); ++li) {
        const RawLocale &r = raws[li];
        Locale &l = p.locales[li];
        l.country = r.country;
        l.streetStyle = r.streetStyle;
        l.countryName = utf8(r.countryName);
        l.tld = utf8(r.tld);
        auto word = [&](const QString &text) { return Word{text, tr.ascii(text, r.country)}; };
        for (const char *s : r.maleFirst)
            l.maleFirst << word(utf8(s));
        for (const char *s : r.femaleFirst)
            l.femaleFirst << word(utf8(s));
        for (const char *s : r.surnames) {
            const QString both = utf8(s);
            QString male = both.section(u'|', 0, 0);
            QString female = both.contains(u'|')            ? both.section(u'|', 1, 1)
                             : r.country == Country::Russia ? russianFemale(male)
                             : r.country == Country::Poland ? polishFemale(male)
                                                            : male;
            l.surnames << Surname{word(male), word(female)};
        }
        for (const RawCity &c : r.cities) {
            l.cities << City{word(utf8(c.name)), utf8(c.postal),
                             utf8(c.landline ? c.landline : r.landline)};
            for (int w = 0; w < c.weight; ++w)
                l.cityPicks << int(l.cities.size() - 1);
        }
        l.streets = strings(r.streets);
        l.mobiles = strings(r.mobiles);
        l.landline = utf8(r.landline);
        l.freeMail = strings(r.freeMail);
        for (const char *s : r.titles) {
            const QString both = utf8(s);
            l.titles << Title{both.section(u'|', 0, 0), both.section(u'|', -1)};
        }
        for (const char *s : r.companyAdjectives) {
            const QString both = utf8(s);
            l.adjectives << Adjective{word(both.section(u'|', 0, 0)), word(both.section(u'|', -1))};
        }
        for (const RawCompanyNoun &n : r.companyNouns)
            l.nouns << Noun{word(utf8(n.text)), utf8(n.industry), n.plural};
        l.legalForms = strings(r.legalForms);
        l.partnersForm = utf8(r.partnersForm);
    }

    // Shares of contacts by country: the Baltic first users, then the rest.
    const int weights[CountryCount] = {22, 14, 20, 16, 14, 14};
    for (int i = 0; i < CountryCount; ++i) {
        for (int w = 0; w < weights[i]; ++w)
            p.localePicks << i;
    }

    p.englishTitles = {QStringLiteral("Sales Manager"),
                       QStringLiteral("CEO"),
                       QStringLiteral("CFO"),
                       QStringLiteral("CTO"),
                       QStringLiteral("Head of Procurement"),
                       QStringLiteral("Marketing Director"),
                       QStringLiteral("Project Manager"),
                       QStringLiteral("Software Engineer"),
                       QStringLiteral("Accountant"),
                       QStringLiteral("Office Manager"),
                       QStringLiteral("Logistics Coordinator"),
                       QStringLiteral("Account Executive"),
                       QStringLiteral("Purchasing Manager"),
                       QStringLiteral("Founder"),
                       QStringLiteral("Managing Director"),
                       QStringLiteral("HR Business Partner"),
                       QStringLiteral("Operations Manager"),
                       QStringLiteral("Business Development Manager"),
                       QStringLiteral("Customer Success Manager"),
                       QStringLiteral("Legal Counsel")};
    p.sources = {QStringLiteral("Website"),         QStringLiteral("Referral"),
                 QStringLiteral("Trade fair"),      QStringLiteral("Cold call"),
                 QStringLiteral("LinkedIn"),        QStringLiteral("Partner"),
                 QStringLiteral("E-mail campaign"), QStringLiteral("Webinar"),
                 QStringLiteral("Walk-in"),         QStringLiteral("Import")};
    p.tags = {QStringLiteral("VIP"),
              QStringLiteral("Newsletter"),
              QStringLiteral("Partner"),
              QStringLiteral("Key account"),
              QStringLiteral("Decision maker"),
              QStringLiteral("Technical contact"),
              QStringLiteral("Billing"),
              QStringLiteral("Follow-up"),
              QStringLiteral("Hot lead"),
              QStringLiteral("Reseller"),
              QStringLiteral("Supplier"),
              QStringLiteral("Trade fair 2025"),
              QStringLiteral("Webinar"),
              QStringLiteral("Press")};
    p.companyTags = {QStringLiteral("Key account"), QStringLiteral("Partner"),
                     QStringLiteral("Reseller"), QStringLiteral("Supplier")};
    // One tag per country in its language: the season's greetings list.
    const char *localTags[CountryCount] = {"Ziemassvētku kartīte",    "Jõulukaart",
                                           "Новогодний подарок",      "Życzenia świąteczne",
                                           "Χριστουγεννιάτικη κάρτα", "Christmas card"};
    for (int i = 0; i < CountryCount; ++i)
        p.locales[size_t(i)].localTag = utf8(localTags[i]);
    p.notes = {QStringLiteral("Prefers e-mail over phone calls."),
               QStringLiteral("Asked for a quote for the annual plan."),
               QStringLiteral("Decision expected next quarter."),
               QStringLiteral("Introduced by a partner; send the reference case study."),
               QStringLiteral("Call back after the summer holidays.")};
    p.locales[int(Country::Latvia)].notes = {utf8("Zvanīt pēc 15. datuma."),
                                             utf8("Interesējas par gada līgumu.")};
    p.locales[int(Country::Estonia)].notes = {utf8("Helistada pärast puhkust."),
                                              utf8("Soovib pakkumist järgmiseks kvartaliks.")};
    p.locales[int(Country::Russia)].notes = {utf8("Перезвонить после праздников."),
                                             utf8("Просит коммерческое предложение.")};
    p.locales[int(Country::Poland)].notes = {utf8("Prosi o ofertę do końca miesiąca."),
                                             utf8("Woli kontakt mailowy.")};
    p.locales[int(Country::Greece)].notes = {utf8("Ενδιαφέρεται για την ετήσια συνδρομή."),
                                             utf8("Προτιμά επικοινωνία μέσω email.")};
    p.locales[int(Country::UnitedKingdom)].notes = {
        QStringLiteral("Met at the London Tech Week stand."),
        QStringLiteral("Send the renewal reminder in March.")};
    return p;
}

const Pools &pools()
{
    static const Pools p = buildPools(); // thread-safe initialisation
    return p;
}

// A pattern with '#' for a digit and '@' for a capital letter.
QString fill(const QString &pattern, Rng &rng)
{
    static constexpr char16_t letters[] = u"ABDEFGHJLNPQRSTUWXYZ";
    QString out = pattern;
    QChar *d = out.data();
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (d[i] == u'#')
            d[i] = QChar(u'0' + rng.below(10));
        else if (d[i] == u'@')
            d[i] = QChar(letters[rng.below(std::size(letters) - 1)]);
    }
    return out;
}

QString street(const Locale &l, Rng &rng)
{
    const QString &name = rng.pick(l.streets);
    const QString number = QString::number(1 + rng.below(rng.percent(70) ? 40 : 160));
    switch (l.streetStyle) {
    case StreetStyle::NameNumberFlat:
        if (rng.percent(45))
            return name + u' ' + number + u'-' + QString::number(1 + rng.below(90));
        return name + u' ' + number;
    case StreetStyle::RussianStyle:
        if (rng.percent(75))
            return name + u", д. " + number + u", кв. " + QString::number(1 + rng.below(250));
        return name + u", д. " + number;
    case StreetStyle::PolishStyle:
        if (rng.percent(55))
            return name + u' ' + number + u'/' + QString::number(1 + rng.below(60));
        return name + u' ' + number;
    case StreetStyle::NameNumber:
        return name + u' ' + number;
    case StreetStyle::NumberName:
        if (rng.percent(15))
            return u"Flat " + QString::number(1 + rng.below(30)) + u", " + number + u' ' + name;
        return number + u' ' + name;
    }
    return name;
}

// The local part of an e-mail address in one of the usual shapes.
QString mailbox(const Word &first, const Word &last, int birthYear, Rng &rng)
{
    switch (rng.below(9)) {
    case 0:
    case 1:
    case 2:
        return first.ascii + u'.' + last.ascii;
    case 3:
        return first.ascii.left(1) + u'.' + last.ascii;
    case 4:
        return first.ascii + last.ascii;
    case 5:
        return first.ascii + u'_' + last.ascii;
    case 6:
        return last.ascii + u'.' + first.ascii;
    case 7:
        return first.ascii + u'.' + last.ascii +
               QString::number(birthYear % 100).rightJustified(2, u'0');
    default:
        return first.ascii.left(1) + last.ascii + QString::number(10 + rng.below(90));
    }
}

// A company a contact may work for: its id, web domain and country.
struct CompanyRef
{
    QByteArray id;
    QString domain;
    QString city;
};

struct CompanyIndex
{
    std::array<QList<CompanyRef>, CountryCount> byCountry;
    QList<CompanyRef> all;
};

QString domainOf(const QString &website)
{
    QString d = website;
    if (const qsizetype scheme = d.indexOf(u"://"); scheme >= 0)
        d = d.mid(scheme + 3);
    if (d.startsWith(u"www."))
        d = d.mid(4);
    return d.section(u'/', 0, 0).toLower();
}

int countryOf(const QString &countryName)
{
    const Pools &p = pools();
    for (int i = 0; i < CountryCount; ++i) {
        if (p.locales[i].countryName == countryName)
            return i;
    }
    return -1;
}

Company makeCompany(qint64 number, quint32 seed)
{
    const Pools &p = pools();
    Rng rng = Rng::forRecord(seed, 0xC0, number);
    const Locale &l = p.locales[size_t(number % CountryCount)];
    Company c;
    c.country = l.countryName;
    const City &city = l.cities[rng.pick(l.cityPicks)];
    c.city = city.name.text;
    QString domainWord;
    if (rng.percent(80)) {
        const Adjective &a = rng.pick(l.adjectives);
        const Noun &n = rng.pick(l.nouns);
        const Word &adjective = n.plural ? a.plural : a.singular;
        c.name = rng.pick(l.legalForms).arg(adjective.text + u' ' + n.word.text);
        c.industry = n.industry;
        domainWord = adjective.ascii + n.word.ascii;
    } else {
        const Surname &s = rng.pick(l.surnames);
        c.name = l.partnersForm.arg(s.male.text);
        const bool law = rng.percent(50);
        c.industry = law ? QStringLiteral("Legal") : QStringLiteral("Accounting");
        domainWord = s.male.ascii + (law ? u"law" : u"audit");
    }
    c.website = u"www." + domainWord + u'.' + l.tld;
    c.phone = fill(city.landline, rng);
    c.street = street(l, rng);
    c.postalCode = fill(city.postal, rng);
    if (rng.percent(20))
        c.notes = rng.percent(50) ? rng.pick(p.notes) : rng.pick(l.notes);
    if (rng.percent(30))
        c.tags << rng.pick(p.companyTags);
    // Its own stream, so the fields above stay what they were before companies had a status.
    Rng statusRng = Rng::forRecord(seed, 0xC1, number);
    const int s = statusRng.below(100);
    c.status = s < 30   ? LifecycleStatus::Lead
               : s < 55 ? LifecycleStatus::Prospect
               : s < 92 ? LifecycleStatus::Customer
                        : LifecycleStatus::Former;
    return c;
}

Contact makeContact(qint64 number, quint32 seed, const CompanyIndex &companies)
{
    const Pools &p = pools();
    Rng rng = Rng::forRecord(seed, 0xC1, number);
    const int li = rng.pick(p.localePicks);
    const Locale &l = p.locales[size_t(li)];
    Contact c;
    const bool female = rng.percent(50);
    const Word &first = female ? rng.pick(l.femaleFirst) : rng.pick(l.maleFirst);
    const Surname &surname = rng.pick(l.surnames);
    const Word &last = female ? surname.female : surname.male;
    c.firstName = first.text;
    c.lastName = last.text;

    const CompanyRef *company = nullptr;
    if (rng.percent(80)) {
        const QList<CompanyRef> &own = companies.byCountry[size_t(li)];
        if (!own.isEmpty() && rng.percent(92))
            company = &rng.pick(own);
        else if (!companies.all.isEmpty())
            company = &rng.pick(companies.all);
    }
    if (company)
        c.companyId = company->id;
    if (rng.percent(company ? 80 : 20)) {
        if (rng.percent(55) || l.titles.isEmpty()) {
            c.title = rng.pick(p.englishTitles);
        } else {
            const Title &t = rng.pick(l.titles);
            c.title = female ? t.female : t.male;
        }
    }

    const int birthYear = 1950 + rng.below(55);
    if (rng.percent(35))
        c.birthday = QDate(birthYear, 1, 1).addDays(rng.below(365));

    // E-mails: at work on the company's domain, or a free-mail address of the country.
    if (rng.percent(92)) {
        const bool work = company && !company->domain.isEmpty() && rng.percent(80);
        const QString box = mailbox(first, last, birthYear, rng);
        const QString domain = work ? company->domain : rng.pick(l.freeMail);
        c.emails << EmailAddress{
            {}, work ? QStringLiteral("work") : QStringLiteral("home"), box + u'@' + domain};
        if (work && rng.percent(25)) {
            const QString home = mailbox(first, last, birthYear, rng);
            c.emails << EmailAddress{
                {}, QStringLiteral("home"), home + u'@' + rng.pick(l.freeMail)};
        }
    }

    const City &city = l.cities[rng.pick(l.cityPicks)];
    if (rng.percent(93))
        c.phones << PhoneNumber{{}, QStringLiteral("mobile"), fill(rng.pick(l.mobiles), rng)};
    if (rng.percent(company ? 40 : 8))
        c.phones << PhoneNumber{{}, QStringLiteral("work"), fill(city.landline, rng)};
    if (rng.percent(3))
        c.phones << PhoneNumber{{}, QStringLiteral("home"), fill(l.landline, rng)};

    if (rng.percent(96)) {
        c.city = city.name.text;
        c.country = l.countryName;
        if (rng.percent(70)) {
            c.street = street(l, rng);
            c.postalCode = fill(city.postal, rng);
        }
    }

    c.source = rng.pick(p.sources);
    const int s = rng.below(100);
    c.status = s < 35   ? LifecycleStatus::Lead
               : s < 60 ? LifecycleStatus::Prospect
               : s < 90 ? LifecycleStatus::Customer
                        : LifecycleStatus::Former;

    const int t = rng.below(100);
    const int tagCount = t < 55 ? 0 : t < 85 ? 1 : t < 97 ? 2 : 3;
    for (int i = 0; i < tagCount; ++i) {
        const QString &tag = rng.percent(15) ? l.localTag : rng.pick(p.tags);
        if (!c.tags.contains(tag))
            c.tags << tag;
    }
    if (rng.percent(8))
        c.notes = rng.percent(50) ? rng.pick(p.notes) : rng.pick(l.notes);
    if (rng.percent(4))
        c.visibility = QStringLiteral("private");
    return c;
}

QList<Contact> makeRange(qint64 first, int count, quint32 seed, const CompanyIndex &companies)
{
    QList<Contact> out;
    out.reserve(std::max(0, count));
    for (int i = 0; i < count; ++i)
        out << makeContact(first + i, seed, companies);
    return out;
}

} // namespace

QList<Company> makeCompanies(int count, quint32 seed)
{
    QList<Company> out;
    out.reserve(std::max(0, count));
    for (int i = 0; i < count; ++i)
        out << makeCompany(i, seed);
    return out;
}

QList<Contact> makeContacts(int count, quint32 seed, const QList<QByteArray> &companyIds)
{
    // Without the companies themselves: companies made by makeCompanies take the countries
    // in turn, so the position still says the country; work e-mails use free-mail domains.
    CompanyIndex index;
    for (qsizetype i = 0; i < companyIds.size(); ++i) {
        const CompanyRef ref{companyIds[i], {}, {}};
        index.byCountry[size_t(i % CountryCount)] << ref;
        index.all << ref;
    }
    return makeRange(0, count, seed, index);
}

QList<Contact> makeContactRange(qint64 first, int count, quint32 seed,
                                const QList<Company> &companies)
{
    CompanyIndex index;
    for (const Company &c : companies) {
        const CompanyRef ref{c.id, domainOf(c.website), c.city};
        if (const int country = countryOf(c.country); country >= 0)
            index.byCountry[size_t(country)] << ref;
        index.all << ref;
    }
    return makeRange(first, count, seed, index);
}

namespace {

// `count` second entries of people among the first `originals` contacts, spread over them,
// each written as another tool or colleague would have: the e-mail in capitals without the
// company, the phone in international form (00…) without the address, or the name without
// its diacritics. Each keeps what makes it findable (an e-mail, a phone, a name and place).
QList<Contact> twiceOver(int originals, int count, quint32 seed, const QList<Company> &companies)
{
    QList<Contact> out;
    for (int i = 0; i < count; ++i) {
        const int variant = i % 3;
        for (qint64 at = qint64(i + 1) * originals / (count + 1); at < originals; ++at) {
            const Contact c = makeContactRange(at, 1, seed, companies).constFirst();
            const bool fits =
                variant == 0 ? !c.emails.isEmpty()
                : variant == 1
                    ? !c.phones.isEmpty()
                    : TextFolder::withoutAccents(c.lastName) != c.lastName && !c.phones.isEmpty();
            if (!fits)
                continue;
            Contact d = c;
            d.emails.clear();
            d.phones.clear();
            d.tags.clear();
            d.notes.clear();
            if (variant == 0) {
                for (const EmailAddress &e : c.emails)
                    d.emails << EmailAddress{{}, e.label, e.address.toUpper()};
                d.companyId.clear();
                d.title.clear();
            } else if (variant == 1) {
                for (const PhoneNumber &p : c.phones)
                    d.phones << PhoneNumber{
                        {}, p.label, QStringLiteral("00") + TextFolder::digits(p.number)};
                d.street.clear();
                d.postalCode.clear();
            } else {
                d.firstName = TextFolder::withoutAccents(c.firstName);
                d.lastName = TextFolder::withoutAccents(c.lastName);
                d.phones = {c.phones.constFirst()};
            }
            out << d;
            break;
        }
    }
    return out;
}

} // namespace

Result<int> populate(const DatabasePtr &db, int contacts, quint32 seed,
                     const std::function<bool(int)> &progress, const QDateTime &now)
{
    if (contacts <= 0)
        return 0;
    CompanyRepository companyRepo(db);
    QList<Company> companies = makeCompanies(std::max(1, contacts / 8), seed);
    for (qsizetype i = 0; i < companies.size(); ++i) {
        if (progress && i % 50 == 0 && !progress(0))
            return 0;
        auto id = companyRepo.create(companies[i]);
        if (!id)
            return id.error();
        companies[i].id = id.value();
    }

    // A few people come twice, as in a CRM fed from several places (see twiceOver()).
    const int twice = contacts >= 40 ? std::max(1, contacts / 75) : 0;
    const int originals = contacts - twice;

    // Chunks keep memory flat for large sets; each chunk commits in batches of 1,000.
    constexpr int Chunk = 20000;
    ContactRepository contactRepo(db);
    int done = 0;
    bool cancelled = false;
    auto write = [&](const QList<Contact> &batch) -> Status {
        const int base = done;
        auto written = contactRepo.createMany(batch, 1000, [&](int k) {
            if (progress && !progress(base + k)) {
                cancelled = true;
                return false;
            }
            return true;
        });
        if (!written)
            return written.error();
        done += written.value();
        return {};
    };
    // A large set builds the contacts' random-order indexes after its rows.
    std::optional<IndexesAside> aside;
    QSqlDatabase connection = db->connection();
    auto worthIt = IndexesAside::worthItForContacts(connection, contacts);
    if (!worthIt)
        return worthIt.error();
    if (worthIt.value()) {
        aside.emplace(connection, IndexesAside::contactIndexes());
        if (!aside->begun())
            return aside->begun().error();
    }
    while (done < originals && !cancelled) {
        const int n = std::min(Chunk, originals - done);
        if (auto s = write(makeContactRange(done, n, seed, companies)); !s)
            return s.error();
    }
    if (!cancelled && twice > 0) {
        if (auto s = write(twiceOver(originals, twice, seed, companies)); !s)
            return s.error();
    }
    if (aside) {
        if (auto s = aside->restore(); !s)
            return s.error();
    }
    if (cancelled)
        return done;
    if (auto sales = addSalesLife(db, companies, seed, now); !sales)
        return sales.error();
    return done;
}

} // namespace crm::core::DemoData
