// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolocales.h"

namespace crm::core::DemoData {

namespace {

// ---------------------------------------------------------------- Latvia
constexpr const char *lvMale[] = {
    "Jānis",     "Andris",   "Mārtiņš", "Pēteris",   "Kārlis",   "Edgars",    "Aivars", "Juris",
    "Māris",     "Guntis",   "Valdis",  "Artūrs",    "Roberts",  "Raimonds",  "Uldis",  "Ivars",
    "Gints",     "Kristaps", "Rihards", "Dāvis",     "Ēriks",    "Oskars",    "Reinis", "Toms",
    "Krišjānis", "Ģirts",    "Aigars",  "Normunds",  "Ainārs",   "Dainis",    "Gatis",  "Armands",
    "Arnis",     "Imants",   "Jurģis",  "Kaspars",   "Lauris",   "Matīss",    "Modris", "Viesturs",
    "Žanis",     "Agris",    "Ēvalds",  "Voldemārs", "Zigfrīds", "Kristiāns", "Emīls",  "Niks"};
constexpr const char *lvFemale[] = {
    "Anna",   "Līga",   "Inese",   "Ilze",    "Kristīne", "Laura",     "Dace",    "Sandra",
    "Ieva",   "Anita",  "Baiba",   "Zane",    "Agnese",   "Elīna",     "Ināra",   "Māra",
    "Marta",  "Evija",  "Dzintra", "Gunta",   "Rūta",     "Solvita",   "Sanita",  "Linda",
    "Santa",  "Madara", "Signe",   "Katrīna", "Alise",    "Dārta",     "Ērika",   "Jolanta",
    "Lelde",  "Ligita", "Ārija",   "Vija",    "Aija",     "Skaidrīte", "Zaiga",   "Anete",
    "Žanete", "Agita",  "Ilona",   "Sarmīte", "Gundega",  "Jana",      "Everita", "Evita"};
constexpr const char *lvSurnames[] = {"Bērziņš|Bērziņa",
                                      "Kalniņš|Kalniņa",
                                      "Ozoliņš|Ozoliņa",
                                      "Jansons|Jansone",
                                      "Ozols|Ozola",
                                      "Liepiņš|Liepiņa",
                                      "Krūmiņš|Krūmiņa",
                                      "Balodis|Balode",
                                      "Eglītis|Eglīte",
                                      "Zariņš|Zariņa",
                                      "Pētersons|Pētersone",
                                      "Vītols|Vītola",
                                      "Kļaviņš|Kļaviņa",
                                      "Kārkliņš|Kārkliņa",
                                      "Vanags|Vanaga",
                                      "Lapiņš|Lapiņa",
                                      "Jurēvičs|Jurēviča",
                                      "Siliņš|Siliņa",
                                      "Sproģis|Sproģe",
                                      "Lācis|Lāce",
                                      "Šmits|Šmite",
                                      "Kalējs|Kalēja",
                                      "Ābols|Ābola",
                                      "Dūmiņš|Dūmiņa",
                                      "Upītis|Upīte",
                                      "Grīnbergs|Grīnberga",
                                      "Zvaigzne",
                                      "Bite",
                                      "Strautiņš|Strautiņa",
                                      "Priede",
                                      "Ķēniņš|Ķēniņa",
                                      "Rozenbergs|Rozenberga",
                                      "Freimanis|Freimane",
                                      "Briedis|Briede",
                                      "Āboliņš|Āboliņa",
                                      "Kazaks|Kazaka",
                                      "Vilks|Vilka",
                                      "Roze",
                                      "Žagars|Žagare",
                                      "Zālītis|Zālīte",
                                      "Ziediņš|Ziediņa",
                                      "Putniņš|Putniņa",
                                      "Dzenis|Dzene",
                                      "Celmiņš|Celmiņa",
                                      "Auziņš|Auziņa",
                                      "Bērzs|Bērza",
                                      "Ķirsons|Ķirsone",
                                      "Muižnieks|Muižniece",
                                      "Saulītis|Saulīte",
                                      "Gailis|Gaile",
                                      "Cīrulis|Cīrule",
                                      "Krastiņš|Krastiņa",
                                      "Mūrnieks|Mūrniece",
                                      "Čakste",
                                      "Purviņš|Purviņa",
                                      "Kalns|Kalna",
                                      "Skujiņš|Skujiņa",
                                      "Apinis|Apine",
                                      "Grants|Grante",
                                      "Leimanis|Leimane"};
constexpr RawCity lvCities[] = {
    {"Rīga", "LV-10##", "+371 67## ####", 40},     {"Daugavpils", "LV-54##", "+371 654# ####", 6},
    {"Liepāja", "LV-34##", "+371 634# ####", 5},   {"Jelgava", "LV-30##", "+371 630# ####", 4},
    {"Jūrmala", "LV-20##", "+371 677# ####", 4},   {"Ventspils", "LV-36##", "+371 636# ####", 3},
    {"Rēzekne", "LV-46##", "+371 646# ####", 3},   {"Valmiera", "LV-42##", "+371 642# ####", 3},
    {"Ogre", "LV-50##", "+371 650# ####", 2},      {"Cēsis", "LV-41##", "+371 641# ####", 2},
    {"Tukums", "LV-31##", "+371 631# ####", 2},    {"Sigulda", "LV-21##", "+371 679# ####", 2},
    {"Kuldīga", "LV-33##", "+371 633# ####", 2},   {"Jēkabpils", "LV-52##", "+371 652# ####", 2},
    {"Salaspils", "LV-21##", "+371 679# ####", 2}, {"Ādaži", "LV-21##", "+371 679# ####", 1}};
constexpr const char *lvStreets[] = {
    "Brīvības iela", "Elizabetes iela",      "Krišjāņa Barona iela", "Tērbatas iela",
    "Dzirnavu iela", "Ģertrūdes iela",       "Lāčplēša iela",        "Krišjāņa Valdemāra iela",
    "Maskavas iela", "Aleksandra Čaka iela", "Kalnciema iela",       "Ūdens iela",
    "Skolas iela",   "Rūpniecības iela",     "Dzelzceļa iela",       "Pils iela",
    "Jūras iela",    "Liepu iela",           "Ozolu iela",           "Meža prospekts"};
constexpr const char *lvMobiles[] = {"+371 2# ### ###"};
constexpr const char *lvFreeMail[] = {"inbox.lv", "gmail.com", "apollo.lv", "outlook.com"};
constexpr const char *lvTitles[] = {
    "Valdes priekšsēdētājs|Valdes priekšsēdētāja", "Valdes loceklis|Valdes locekle",
    "Projektu vadītājs|Projektu vadītāja",         "Pārdošanas vadītājs|Pārdošanas vadītāja",
    "Galvenais grāmatvedis|Galvenā grāmatvede",    "Iepirkumu speciālists|Iepirkumu speciāliste",
    "Mārketinga vadītājs|Mārketinga vadītāja",     "Loģistikas speciālists|Loģistikas speciāliste"};
constexpr const char *lvAdjectives[] = {"Rīgas",    "Baltijas", "Latvijas", "Kurzemes",
                                        "Vidzemes", "Latgales", "Zemgales", "Daugavas",
                                        "Jūras",    "Ziemeļu",  "Gaujas",   "Ķemeru"};
constexpr RawCompanyNoun lvNouns[] = {{"Koks", "Timber", false},
                                      {"Piens", "Food & Beverage", false},
                                      {"Maiznīca", "Food & Beverage", false},
                                      {"Būve", "Construction", false},
                                      {"Loģistika", "Logistics", false},
                                      {"Tehnoloģijas", "Software", false},
                                      {"Enerģija", "Energy", false},
                                      {"Dizains", "Design", false},
                                      {"Tekstils", "Manufacturing", false},
                                      {"Apdrošināšana", "Insurance", false},
                                      {"Konsultācijas", "Consulting", false},
                                      {"Tīkli", "Telecommunications", false},
                                      {"Mēbeles", "Manufacturing", false},
                                      {"Aptieka", "Healthcare", false},
                                      {"Ceļojumi", "Tourism", false},
                                      {"Zivis", "Food & Beverage", false}};
constexpr const char *lvLegal[] = {"SIA %1", "SIA %1", "SIA %1", "AS %1"};

// ---------------------------------------------------------------- Estonia
constexpr const char *eeMale[] = {
    "Jaan",     "Andres", "Toomas", "Rein",   "Tõnu",   "Mart",  "Margus", "Priit",
    "Aivar",    "Urmas",  "Kalev",  "Siim",   "Rasmus", "Märt",  "Ott",    "Mihkel",
    "Kristjan", "Karl",   "Jüri",   "Peeter", "Tiit",   "Madis", "Indrek", "Raivo",
    "Erki",     "Taavi",  "Kaido",  "Tarmo",  "Hannes", "Lauri", "Sander", "Joosep",
    "Oskar",    "Henri",  "Robin",  "Ülo",    "Sten",   "Heino", "Väino",  "Kristo",
    "Tõnis",    "Enn",    "Ahto",   "Kaarel", "Rünno",  "Meelis"};
constexpr const char *eeFemale[] = {
    "Mari",   "Kadri",  "Tiina",  "Kersti",  "Katrin",    "Liis",      "Triin",  "Anu",
    "Maarja", "Piret",  "Ülle",   "Merike",  "Kristiina", "Helen",     "Eha",    "Reet",
    "Sirje",  "Aino",   "Ene",    "Küllike", "Mare",      "Tiiu",      "Malle",  "Pille",
    "Kai",    "Margit", "Annika", "Grete",   "Laura",     "Elisabeth", "Sandra", "Mirjam",
    "Õie",    "Külli",  "Liina",  "Jaanika", "Kätlin",    "Mari-Liis", "Eve",    "Ülvi",
    "Marge",  "Egle",   "Kärt",   "Hele",    "Tuuli",     "Signe"};
constexpr const char *eeSurnames[] = {
    "Tamm",   "Saar",   "Sepp",   "Mägi",      "Kask",    "Kukk",    "Rebane",   "Ilves",
    "Pärn",   "Koppel", "Karu",   "Lepik",     "Kuusk",   "Oja",     "Kallas",   "Luik",
    "Lõhmus", "Laur",   "Kaasik", "Raudsepp",  "Vaher",   "Põder",   "Kivi",     "Kütt",
    "Mets",   "Teder",  "Lill",   "Järv",      "Kõiv",    "Tooming", "Kangur",   "Kull",
    "Paju",   "Mänd",   "Ots",    "Sild",      "Vares",   "Õunapuu", "Jõgi",     "Männik",
    "Rätsep", "Toom",   "Valk",   "Jürgenson", "Sarapuu", "Hunt",    "Aas",      "Kruus",
    "Kärner", "Rand",   "Põldma", "Kuusik",    "Allik",   "Mölder",  "Unt",      "Pihlak",
    "Liiv",   "Laas",   "Väli",   "Roos",      "Mõttus",  "Kõrts",   "Tõnisson", "Pärtel"};
constexpr RawCity eeCities[] = {
    {"Tallinn", "1####", "+372 6## ####", 40},     {"Tartu", "5####", "+372 7## ####", 12},
    {"Narva", "20###", "+372 35# ####", 5},        {"Pärnu", "80###", "+372 44# ####", 5},
    {"Kohtla-Järve", "30###", "+372 33# ####", 3}, {"Viljandi", "71###", "+372 43# ####", 3},
    {"Rakvere", "44###", "+372 32# ####", 2},      {"Maardu", "74###", "+372 6## ####", 2},
    {"Kuressaare", "93###", "+372 45# ####", 2},   {"Sillamäe", "40###", "+372 39# ####", 1},
    {"Võru", "65###", "+372 78# ####", 2},         {"Valga", "68###", "+372 76# ####", 1},
    {"Haapsalu", "90###", "+372 47# ####", 2},     {"Jõhvi", "41###", "+372 33# ####", 1},
    {"Paide", "72###", "+372 38# ####", 1},        {"Keila", "76###", "+372 6## ####", 1}};
constexpr const char *eeStreets[] = {"Narva mnt", "Pärnu mnt",   "Tartu mnt",    "Viru tn",
                                     "Pikk tn",   "Lai tn",      "Kentmanni tn", "Tõnismägi",
                                     "Endla tn",  "Rüütli tn",   "Sõpruse pst",  "Mustamäe tee",
                                     "Jõe tn",    "Ülikooli tn", "Küütri tn",    "Riia tn",
                                     "Mäe tn",    "Järve tn",    "Kalda tee",    "Põhja pst"};
constexpr const char *eeMobiles[] = {"+372 5### ####", "+372 5## ####"};
constexpr const char *eeFreeMail[] = {"gmail.com", "hot.ee", "mail.ee", "neti.ee"};
constexpr const char *eeTitles[] = {"Juhatuse liige", "Tegevjuht",       "Müügijuht",
                                    "Projektijuht",   "Raamatupidaja",   "Ostujuht",
                                    "Turundusjuht",   "Tarkvaraarendaja"};
constexpr const char *eeAdjectives[] = {"Tallinna", "Tartu",  "Eesti",  "Põhja",
                                        "Lõuna",    "Saare",  "Viru",   "Läänemere",
                                        "Pärnu",    "Peipsi", "Emajõe", "Järva"};
constexpr RawCompanyNoun eeNouns[] = {{"Puit", "Timber", false},
                                      {"Piim", "Food & Beverage", false},
                                      {"Pagar", "Food & Beverage", false},
                                      {"Ehitus", "Construction", false},
                                      {"Logistika", "Logistics", false},
                                      {"Tarkvara", "Software", false},
                                      {"Energia", "Energy", false},
                                      {"Disain", "Design", false},
                                      {"Tekstiil", "Manufacturing", false},
                                      {"Kindlustus", "Insurance", false},
                                      {"Konsult", "Consulting", false},
                                      {"Side", "Telecommunications", false},
                                      {"Mööbel", "Manufacturing", false},
                                      {"Apteek", "Healthcare", false},
                                      {"Reisid", "Tourism", false},
                                      {"Kala", "Food & Beverage", false}};
constexpr const char *eeLegal[] = {"%1 OÜ", "%1 OÜ", "%1 OÜ", "%1 AS"};

// ---------------------------------------------------------------- Russia
constexpr const char *ruMale[] = {
    "Александр", "Сергей",  "Дмитрий", "Андрей",   "Алексей",  "Максим",  "Евгений",
    "Иван",      "Михаил",  "Артём",   "Никита",   "Владимир", "Николай", "Павел",
    "Олег",      "Игорь",   "Роман",   "Денис",    "Виктор",   "Юрий",    "Константин",
    "Антон",     "Кирилл",  "Илья",    "Егор",     "Пётр",     "Фёдор",   "Семён",
    "Матвей",    "Тимофей", "Вадим",   "Григорий", "Борис",    "Леонид",  "Станислав",
    "Василий",   "Георгий", "Глеб",    "Ярослав",  "Степан",   "Аркадий", "Всеволод",
    "Лев",       "Эдуард",  "Руслан",  "Вячеслав"};
constexpr const char *ruFemale[] = {
    "Анна",    "Елена",      "Ольга",     "Наталья",   "Екатерина", "Татьяна",  "Мария",
    "Ирина",   "Светлана",   "Юлия",      "Анастасия", "Дарья",     "Ксения",   "Алёна",
    "Марина",  "Людмила",    "Галина",    "Валентина", "Вера",      "Надежда",  "Любовь",
    "Полина",  "Виктория",   "Елизавета", "Софья",     "Алина",     "Кристина", "Оксана",
    "Евгения", "Александра", "Варвара",   "Таисия",    "Ульяна",    "Арина",    "Лариса",
    "Зоя",     "Нина",       "Тамара",    "Жанна",     "Вероника",  "Фёкла",    "Эльвира",
    "Яна",     "Раиса",      "Диана",     "Маргарита"};
// Female forms by rule: -ов/-ев/-ёв/-ин + а, -ий/-ой → -ая.
constexpr const char *ruSurnames[] = {
    "Иванов",     "Смирнов",  "Кузнецов", "Попов",      "Соколов",  "Лебедев",   "Козлов",
    "Новиков",    "Морозов",  "Петров",   "Волков",     "Соловьёв", "Васильев",  "Зайцев",
    "Павлов",     "Семёнов",  "Голубев",  "Виноградов", "Богданов", "Воробьёв",  "Фёдоров",
    "Михайлов",   "Беляев",   "Тарасов",  "Белов",      "Комаров",  "Орлов",     "Киселёв",
    "Макаров",    "Андреев",  "Ковалёв",  "Ильин",      "Гусев",    "Титов",     "Кузьмин",
    "Кудрявцев",  "Баранов",  "Куликов",  "Алексеев",   "Степанов", "Яковлев",   "Сорокин",
    "Сергеев",    "Романов",  "Захаров",  "Борисов",    "Королёв",  "Герасимов", "Пономарёв",
    "Григорьев",  "Лазарев",  "Медведев", "Ершов",      "Никитин",  "Соболев",   "Рябов",
    "Поляков",    "Цветков",  "Данилов",  "Жуков",      "Фролов",   "Журавлёв",  "Николаев",
    "Крылов",     "Максимов", "Сидоров",  "Осипов",     "Белоусов", "Егоров",    "Матвеев",
    "Щукин",      "Шестаков", "Чернов",   "Селезнёв",   "Лихачёв",  "Толстой",   "Достоевский",
    "Вишневский", "Троицкий", "Хохлов",   "Жданов",     "Щербаков", "Юдин",      "Эйдельман"};
constexpr RawCity ruCities[] = {{"Москва", "12####", "+7 495 ###-##-##", 30},
                                {"Санкт-Петербург", "19####", "+7 812 ###-##-##", 15},
                                {"Новосибирск", "630###", "+7 383 ###-##-##", 4},
                                {"Екатеринбург", "620###", "+7 343 ###-##-##", 4},
                                {"Казань", "420###", "+7 843 ###-##-##", 4},
                                {"Нижний Новгород", "603###", "+7 831 ###-##-##", 3},
                                {"Челябинск", "454###", "+7 351 ###-##-##", 3},
                                {"Самара", "443###", "+7 846 ###-##-##", 3},
                                {"Омск", "644###", "+7 381 ###-##-##", 2},
                                {"Ростов-на-Дону", "344###", "+7 863 ###-##-##", 3},
                                {"Уфа", "450###", "+7 347 ###-##-##", 2},
                                {"Красноярск", "660###", "+7 391 ###-##-##", 2},
                                {"Пермь", "614###", "+7 342 ###-##-##", 2},
                                {"Воронеж", "394###", "+7 473 ###-##-##", 2},
                                {"Калининград", "236###", "+7 401 ###-##-##", 2},
                                {"Ярославль", "150###", "+7 485 ###-##-##", 1},
                                {"Псков", "180###", "+7 811 ###-##-##", 1},
                                {"Великий Новгород", "173###", "+7 816 ###-##-##", 1}};
constexpr const char *ruStreets[] = {
    "ул. Ленина",   "ул. Пушкина",    "Невский пр.",        "ул. Гагарина",   "ул. Советская",
    "ул. Мира",     "Ленинский пр.",  "ул. Тверская",       "ул. Садовая",    "ул. Лесная",
    "ул. Школьная", "ул. Набережная", "ул. Зелёная",        "ул. Молодёжная", "пр. Победы",
    "ул. Кирова",   "ул. Чехова",     "ул. Новослободская", "ул. Щорса",      "Литейный пр."};
constexpr const char *ruMobiles[] = {"+7 9## ###-##-##"};
constexpr const char *ruFreeMail[] = {"mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"};
constexpr const char *ruTitles[] = {"Генеральный директор",    "Менеджер по продажам",
                                    "Главный бухгалтер",       "Руководитель отдела закупок",
                                    "Ведущий инженер",         "Коммерческий директор",
                                    "Специалист по логистике", "Руководитель проектов"};
constexpr const char *ruAdjectives[] = {"Северная", "Уральская",    "Сибирская",  "Волжская",
                                        "Невская",  "Столичная",    "Балтийская", "Первая",
                                        "Новая",    "Объединённая", "Камская",    "Окская"};
constexpr RawCompanyNoun ruNouns[] = {
    {"Мануфактура", "Manufacturing", false},
    {"Пекарня", "Food & Beverage", false},
    {"Логистика", "Logistics", false},
    {"Энергетика", "Energy", false},
    {"Типография", "Printing", false},
    {"Верфь", "Shipping", false},
    {"Строительная Компания", "Construction", false},
    {"Аптека", "Healthcare", false},
    {"Страховая Группа", "Insurance", false},
    {"Консалтинговая Группа", "Consulting", false},
    {"Цифровая Лаборатория", "Software", false},
    {"Мебельная Фабрика", "Manufacturing", false},
    {"Торговая Сеть", "Retail", false},
    {"Телекоммуникационная Компания", "Telecommunications", false}};
constexpr const char *ruLegal[] = {"ООО «%1»", "ООО «%1»", "ООО «%1»", "АО «%1»"};

// ---------------------------------------------------------------- Poland
constexpr const char *plMale[] = {
    "Piotr",    "Krzysztof", "Andrzej",  "Tomasz",     "Paweł",    "Michał",     "Marcin",
    "Jakub",    "Adam",      "Łukasz",   "Marek",      "Grzegorz", "Mateusz",    "Wojciech",
    "Mariusz",  "Dariusz",   "Zbigniew", "Jerzy",      "Maciej",   "Rafał",      "Kamil",
    "Robert",   "Jacek",     "Sławomir", "Przemysław", "Szymon",   "Bartłomiej", "Dawid",
    "Kacper",   "Filip",     "Antoni",   "Stanisław",  "Józef",    "Zdzisław",   "Bogdan",
    "Mirosław", "Jarosław",  "Wiesław",  "Radosław",   "Ryszard",  "Czesław",    "Bożydar",
    "Ignacy",   "Leszek",    "Witold",   "Żelisław"};
constexpr const char *plFemale[] = {
    "Anna",     "Katarzyna", "Małgorzata", "Agnieszka", "Barbara",    "Ewa",      "Krystyna",
    "Elżbieta", "Magdalena", "Joanna",     "Zofia",     "Aleksandra", "Monika",   "Teresa",
    "Danuta",   "Natalia",   "Karolina",   "Marta",     "Beata",      "Dorota",   "Jadwiga",
    "Halina",   "Janina",    "Irena",      "Grażyna",   "Bożena",     "Urszula",  "Jolanta",
    "Renata",   "Iwona",     "Justyna",    "Paulina",   "Weronika",   "Wiktoria", "Zuzanna",
    "Łucja",    "Agata",     "Kinga",      "Sylwia",    "Żaneta",     "Jagoda",   "Ludmiła",
    "Bogumiła", "Wanda",     "Hanna",      "Aniela"};
// Female forms by rule: -ski/-cki/-dzki → -ska/-cka/-dzka; others invariable.
constexpr const char *plSurnames[] = {
    "Nowak",       "Kowalski",    "Wiśniewski",    "Wójcik",      "Kowalczyk",   "Kamiński",
    "Lewandowski", "Zieliński",   "Szymański",     "Woźniak",     "Dąbrowski",   "Kozłowski",
    "Jankowski",   "Mazur",       "Wojciechowski", "Kwiatkowski", "Krawczyk",    "Kaczmarek",
    "Piotrowski",  "Grabowski",   "Zając",         "Pawłowski",   "Michalski",   "Król",
    "Wieczorek",   "Jabłoński",   "Wróbel",        "Nowakowski",  "Majewski",    "Olszewski",
    "Stępień",     "Malinowski",  "Jaworski",      "Adamczyk",    "Dudek",       "Nowicki",
    "Pawlak",      "Górski",      "Witkowski",     "Walczak",     "Sikora",      "Baran",
    "Rutkowski",   "Michalak",    "Szewczyk",      "Ostrowski",   "Tomaszewski", "Pietrzak",
    "Zalewski",    "Wróblewski",  "Marciniak",     "Jasiński",    "Zawadzki",    "Bąk",
    "Jakubowski",  "Sadowski",    "Duda",          "Włodarczyk",  "Wilk",        "Chmielewski",
    "Sokołowski",  "Szczepański", "Sawicki",       "Kołodziej",   "Czarnecki",   "Głowacki",
    "Łuczak",      "Żak",         "Ziółkowski",    "Ślusarczyk",  "Gałązka",     "Kędzierski",
    "Przybylski",  "Domański",    "Wąsowicz",      "Żukowski",    "Kaźmierczak", "Świątek"};
constexpr RawCity plCities[] = {{"Warszawa", "0#-###", "+48 22 ### ## ##", 25},
                                {"Kraków", "3#-###", "+48 12 ### ## ##", 10},
                                {"Łódź", "9#-###", "+48 42 ### ## ##", 8},
                                {"Wrocław", "5#-###", "+48 71 ### ## ##", 8},
                                {"Poznań", "6#-###", "+48 61 ### ## ##", 7},
                                {"Gdańsk", "80-###", "+48 58 ### ## ##", 6},
                                {"Szczecin", "7#-###", "+48 91 ### ## ##", 4},
                                {"Bydgoszcz", "85-###", "+48 52 ### ## ##", 3},
                                {"Lublin", "20-###", "+48 81 ### ## ##", 4},
                                {"Białystok", "15-###", "+48 85 ### ## ##", 3},
                                {"Katowice", "40-###", "+48 32 ### ## ##", 4},
                                {"Gdynia", "81-###", "+48 58 ### ## ##", 3},
                                {"Częstochowa", "42-2##", "+48 34 ### ## ##", 2},
                                {"Toruń", "87-1##", "+48 56 ### ## ##", 2},
                                {"Rzeszów", "35-###", "+48 17 ### ## ##", 2},
                                {"Kielce", "25-###", "+48 41 ### ## ##", 2},
                                {"Olsztyn", "10-###", "+48 89 ### ## ##", 2},
                                {"Zielona Góra", "65-###", "+48 68 ### ## ##", 1},
                                {"Bielsko-Biała", "43-3##", "+48 33 ### ## ##", 1},
                                {"Gorzów Wielkopolski", "66-4##", "+48 95 ### ## ##", 1}};
constexpr const char *plStreets[] = {
    "ul. Marszałkowska", "ul. Piotrkowska",      "ul. Długa",         "ul. Floriańska",
    "ul. Świętokrzyska", "ul. Mickiewicza",      "ul. Słowackiego",   "ul. Kościuszki",
    "ul. Żeromskiego",   "ul. Wojska Polskiego", "ul. Jana Pawła II", "ul. Kwiatowa",
    "ul. Polna",         "ul. Łąkowa",           "ul. Ogrodowa",      "al. Jerozolimskie",
    "ul. Grunwaldzka",   "ul. Źródlana",         "ul. Szkolna",       "ul. Leśna"};
constexpr const char *plMobiles[] = {"+48 5## ### ###", "+48 6## ### ###", "+48 7## ### ###",
                                     "+48 88# ### ###"};
constexpr const char *plFreeMail[] = {"wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"};
constexpr const char *plTitles[] = {"Prezes zarządu",
                                    "Kierownik projektu|Kierowniczka projektu",
                                    "Księgowy|Księgowa",
                                    "Główny księgowy|Główna księgowa",
                                    "Specjalista ds. sprzedaży|Specjalistka ds. sprzedaży",
                                    "Dyrektor handlowy",
                                    "Przedstawiciel handlowy|Przedstawicielka handlowa",
                                    "Kierownik zakupów|Kierowniczka zakupów"};
constexpr const char *plAdjectives[] = {"Mazowiecka", "Wielkopolska", "Bałtycka",  "Śląska",
                                        "Krakowska",  "Pomorska",     "Warmińska", "Podlaska",
                                        "Łódzka",     "Polska",       "Kujawska",  "Świętokrzyska"};
constexpr RawCompanyNoun plNouns[] = {
    {"Drukarnia", "Printing", false},          {"Piekarnia", "Food & Beverage", false},
    {"Hurtownia", "Wholesale", false},         {"Stocznia", "Shipping", false},
    {"Fabryka Mebli", "Manufacturing", false}, {"Agencja Reklamowa", "Marketing", false},
    {"Kancelaria Prawna", "Legal", false},     {"Spedycja", "Logistics", false},
    {"Energetyka", "Energy", false},           {"Grupa Budowlana", "Construction", false},
    {"Apteka", "Healthcare", false},           {"Grupa Informatyczna", "Software", false},
    {"Mleczarnia", "Food & Beverage", false},  {"Przychodnia", "Healthcare", false}};
constexpr const char *plLegal[] = {"%1 sp. z o.o.", "%1 sp. z o.o.", "%1 S.A.", "%1 sp.j."};

// ---------------------------------------------------------------- Greece
constexpr const char *grMale[] = {
    "Γιώργος",    "Δημήτρης",  "Κωνσταντίνος", "Γιάννης",    "Νίκος",    "Παναγιώτης", "Βασίλης",
    "Χρήστος",    "Αθανάσιος", "Μιχάλης",      "Ευάγγελος",  "Σπύρος",   "Αντώνης",    "Ανδρέας",
    "Θανάσης",    "Στέλιος",   "Ηλίας",        "Αλέξανδρος", "Παύλος",   "Σωτήρης",    "Μανώλης",
    "Πέτρος",     "Φώτης",     "Θοδωρής",      "Άγγελος",    "Στέφανος", "Λευτέρης",   "Απόστολος",
    "Γρηγόρης",   "Κυριάκος",  "Αριστοτέλης",  "Ιάσονας",    "Οδυσσέας", "Θεόδωρος",   "Σταύρος",
    "Χαράλαμπος", "Εμμανουήλ", "Νεκτάριος",    "Τάσος",      "Λάμπρος",  "Προκόπης",   "Ευστάθιος"};
constexpr const char *grFemale[] = {
    "Μαρία",    "Ελένη",       "Αικατερίνη", "Βασιλική",  "Σοφία",    "Αγγελική",  "Γεωργία",
    "Δήμητρα",  "Κωνσταντίνα", "Ευαγγελία",  "Ιωάννα",    "Χριστίνα", "Παναγιώτα", "Αναστασία",
    "Ειρήνη",   "Δέσποινα",    "Θεοδώρα",    "Αθηνά",     "Φωτεινή",  "Ευθυμία",   "Κατερίνα",
    "Νικολέτα", "Αλεξάνδρα",   "Ζωή",        "Χαρίκλεια", "Στυλιανή", "Ουρανία",   "Ευτυχία",
    "Ροδάνθη",  "Μαργαρίτα",   "Αφροδίτη",   "Πηνελόπη",  "Χρυσούλα", "Σταυρούλα", "Ξανθή",
    "Φανή",     "Άννα",        "Λαμπρινή",   "Ασπασία",   "Καλλιόπη", "Ευφροσύνη", "Αιμιλία"};
constexpr const char *grSurnames[] = {"Παπαδόπουλος|Παπαδοπούλου",
                                      "Γεωργίου",
                                      "Οικονόμου",
                                      "Παπαγεωργίου",
                                      "Νικολάου",
                                      "Βασιλείου",
                                      "Ιωάννου",
                                      "Κωνσταντίνου",
                                      "Δημητρίου",
                                      "Αθανασίου",
                                      "Χριστοδούλου",
                                      "Παπαδάκης|Παπαδάκη",
                                      "Μαυρίδης|Μαυρίδου",
                                      "Καραγιάννης|Καραγιάννη",
                                      "Βλάχος|Βλάχου",
                                      "Αντωνόπουλος|Αντωνοπούλου",
                                      "Μακρής|Μακρή",
                                      "Νικολαΐδης|Νικολαΐδου",
                                      "Γεωργιάδης|Γεωργιάδου",
                                      "Πετρόπουλος|Πετροπούλου",
                                      "Κωνσταντινίδης|Κωνσταντινίδου",
                                      "Ιωαννίδης|Ιωαννίδου",
                                      "Χατζής|Χατζή",
                                      "Χατζηδάκης|Χατζηδάκη",
                                      "Αλεξανδρόπουλος|Αλεξανδροπούλου",
                                      "Σταυρόπουλος|Σταυροπούλου",
                                      "Δημόπουλος|Δημοπούλου",
                                      "Παππάς|Παππά",
                                      "Λαμπράκης|Λαμπράκη",
                                      "Σπυρόπουλος|Σπυροπούλου",
                                      "Μιχαηλίδης|Μιχαηλίδου",
                                      "Θεοδωρίδης|Θεοδωρίδου",
                                      "Ζαχαρίου",
                                      "Κυριακίδης|Κυριακίδου",
                                      "Αναστασίου",
                                      "Στεφανίδης|Στεφανίδου",
                                      "Μαρκόπουλος|Μαρκοπούλου",
                                      "Καλογεράκης|Καλογεράκη",
                                      "Ραφαηλίδης|Ραφαηλίδου",
                                      "Φραγκιαδάκης|Φραγκιαδάκη",
                                      "Τσακίρης|Τσακίρη",
                                      "Κουτσογιάννης|Κουτσογιάννη",
                                      "Σαμαράς|Σαμαρά",
                                      "Βενιζέλος|Βενιζέλου",
                                      "Παπανδρέου",
                                      "Τρικούπης|Τρικούπη",
                                      "Σιδηρόπουλος|Σιδηροπούλου",
                                      "Ξανθόπουλος|Ξανθοπούλου",
                                      "Κατσαρός|Κατσαρού",
                                      "Ζερβός|Ζερβού",
                                      "Γιαννόπουλος|Γιαννοπούλου",
                                      "Αργυρόπουλος|Αργυροπούλου",
                                      "Πολυχρόνης|Πολυχρόνη",
                                      "Ψαρράς|Ψαρρά",
                                      "Καραμανλής|Καραμανλή",
                                      "Λιάπης|Λιάπη",
                                      "Αλεξίου",
                                      "Παναγιωτόπουλος|Παναγιωτοπούλου",
                                      "Χριστάκης|Χριστάκη",
                                      "Ρήγας|Ρήγα"};
constexpr RawCity grCities[] = {{"Αθήνα", "10# ##", "+30 21# ### ####", 30},
                                {"Θεσσαλονίκη", "54# ##", "+30 231 ### ####", 12},
                                {"Πάτρα", "26# ##", "+30 261 ### ####", 5},
                                {"Ηράκλειο", "71# ##", "+30 281 ### ####", 5},
                                {"Λάρισα", "41# ##", "+30 241 ### ####", 4},
                                {"Βόλος", "38# ##", "+30 242 ### ####", 3},
                                {"Ιωάννινα", "45# ##", "+30 265 ### ####", 3},
                                {"Χανιά", "73# ##", "+30 282 ### ####", 3},
                                {"Ρόδος", "851 00", "+30 224 ### ####", 2},
                                {"Καλαμάτα", "241 00", "+30 272 ### ####", 2},
                                {"Πειραιάς", "185 ##", "+30 21# ### ####", 6},
                                {"Καβάλα", "65# ##", "+30 251 ### ####", 2},
                                {"Σέρρες", "621 ##", "+30 232 ### ####", 1},
                                {"Κέρκυρα", "491 00", "+30 266 ### ####", 2},
                                {"Χαλκίδα", "341 00", "+30 222 ### ####", 1},
                                {"Αλεξανδρούπολη", "681 00", "+30 255 ### ####", 1}};
constexpr const char *grStreets[] = {"Ερμού",
                                     "Πανεπιστημίου",
                                     "Σταδίου",
                                     "Ακαδημίας",
                                     "Βασιλίσσης Σοφίας",
                                     "Εγνατίας",
                                     "Τσιμισκή",
                                     "Αριστοτέλους",
                                     "Κηφισίας",
                                     "Πατησίων",
                                     "Αγίου Νικολάου",
                                     "Ελευθερίου Βενιζέλου",
                                     "Μητροπόλεως",
                                     "Καραϊσκάκη",
                                     "Αθηνάς",
                                     "Λεωφόρος Αλεξάνδρας",
                                     "Αγίας Σοφίας",
                                     "Κολοκοτρώνη",
                                     "Ηρώων Πολυτεχνείου",
                                     "Μιαούλη"};
constexpr const char *grMobiles[] = {"+30 69# ### ####"};
constexpr const char *grFreeMail[] = {"gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"};
constexpr const char *grTitles[] = {"Διευθύνων Σύμβουλος",
                                    "Υπεύθυνος Πωλήσεων|Υπεύθυνη Πωλήσεων",
                                    "Λογιστής|Λογίστρια",
                                    "Μηχανικός",
                                    "Διευθυντής Marketing|Διευθύντρια Marketing",
                                    "Υπεύθυνος Προμηθειών|Υπεύθυνη Προμηθειών",
                                    "Σύμβουλος Επιχειρήσεων",
                                    "Προϊστάμενος Λογιστηρίου|Προϊσταμένη Λογιστηρίου"};
constexpr const char *grAdjectives[] = {"Ελληνική|Ελληνικές",     "Μακεδονική|Μακεδονικές",
                                        "Κρητική|Κρητικές",       "Αθηναϊκή|Αθηναϊκές",
                                        "Ιονική|Ιονικές",         "Θεσσαλική|Θεσσαλικές",
                                        "Ηπειρωτική|Ηπειρωτικές", "Νέα|Νέες",
                                        "Αιγαιακή|Αιγαιακές",     "Πελοποννησιακή|Πελοποννησιακές",
                                        "Θρακική|Θρακικές",       "Ολυμπιακή|Ολυμπιακές"};
constexpr RawCompanyNoun grNouns[] = {
    {"Ναυτιλία", "Shipping", false},         {"Ενέργεια", "Energy", false},
    {"Τεχνολογία", "Software", false},       {"Αρτοποιία", "Food & Beverage", false},
    {"Ζυθοποιία", "Food & Beverage", false}, {"Μεταφορές", "Logistics", true},
    {"Κατασκευές", "Construction", true},    {"Εκδόσεις", "Publishing", true},
    {"Ασφάλειες", "Insurance", true},        {"Τηλεπικοινωνίες", "Telecommunications", true},
    {"Συμβουλευτική", "Consulting", false},  {"Φαρμακευτική", "Healthcare", false},
    {"Επιπλοποιία", "Manufacturing", false}, {"Ελαιουργία", "Food & Beverage", false}};
constexpr const char *grLegal[] = {"%1 Α.Ε.", "%1 Α.Ε.", "%1 Ε.Π.Ε.", "%1 Ι.Κ.Ε."};

// ---------------------------------------------------------------- United Kingdom
constexpr const char *gbMale[] = {
    "Oliver",  "George",  "Harry",   "Jack",      "Jacob",    "Noah",   "Charlie", "Thomas",
    "Oscar",   "William", "James",   "Henry",     "Leo",      "Alfie",  "Joshua",  "Freddie",
    "Archie",  "Ethan",   "Isaac",   "Alexander", "Daniel",   "Samuel", "David",   "Michael",
    "Matthew", "Andrew",  "Richard", "Paul",      "Mark",     "Peter",  "Stephen", "Christopher",
    "Simon",   "Robert",  "John",    "Edward",    "Benjamin", "Lewis",  "Callum",  "Ryan",
    "Rhys",    "Hamish",  "Nigel",   "Graham",    "Gareth",   "Declan"};
constexpr const char *gbFemale[] = {
    "Olivia",  "Amelia",   "Isla",    "Ava",     "Emily",    "Sophia",    "Grace",     "Mia",
    "Poppy",   "Ella",     "Lily",    "Evie",    "Isabella", "Sophie",    "Jessica",   "Charlotte",
    "Emma",    "Sarah",    "Rebecca", "Hannah",  "Lucy",     "Katherine", "Elizabeth", "Rachel",
    "Helen",   "Victoria", "Laura",   "Claire",  "Joanne",   "Nicola",    "Louise",    "Amy",
    "Chloe",   "Megan",    "Holly",   "Abigail", "Eleanor",  "Harriet",   "Zoe",       "Fiona",
    "Siobhan", "Bethan",   "Niamh",   "Gemma",   "Philippa", "Imogen"};
constexpr const char *gbSurnames[] = {
    "Smith",     "Jones",      "Williams", "Taylor",  "Brown",    "Davies",     "Evans",
    "Wilson",    "Thomas",     "Johnson",  "Roberts", "Robinson", "Thompson",   "Wright",
    "Walker",    "White",      "Edwards",  "Hughes",  "Green",    "Hall",       "Lewis",
    "Harris",    "Clarke",     "Patel",    "Jackson", "Wood",     "Turner",     "Martin",
    "Cooper",    "Hill",       "Ward",     "Morris",  "Moore",    "Clark",      "Lee",
    "King",      "Baker",      "Harrison", "Morgan",  "Allen",    "James",      "Scott",
    "Phillips",  "Watson",     "Davis",    "Parker",  "Price",    "Bennett",    "Young",
    "Griffiths", "Mitchell",   "Kelly",    "Cook",    "Carter",   "Richardson", "Bailey",
    "Collins",   "Bell",       "Shaw",     "Murphy",  "Khan",     "Marshall",   "Singh",
    "O'Brien",   "Fitzgerald", "McDonald", "Ali",     "Hussain",  "Llewellyn",  "Campbell"};
constexpr RawCity gbCities[] = {{"London", "EC# #@@", "+44 20 #### ####", 30},
                                {"Manchester", "M# #@@", "+44 161 ### ####", 6},
                                {"Birmingham", "B# #@@", "+44 121 ### ####", 6},
                                {"Leeds", "LS# #@@", "+44 113 ### ####", 4},
                                {"Glasgow", "G# #@@", "+44 141 ### ####", 4},
                                {"Liverpool", "L# #@@", "+44 151 ### ####", 3},
                                {"Bristol", "BS# #@@", "+44 117 ### ####", 3},
                                {"Sheffield", "S# #@@", "+44 114 ### ####", 3},
                                {"Edinburgh", "EH# #@@", "+44 131 ### ####", 4},
                                {"Cardiff", "CF1# #@@", "+44 29 #### ####", 3},
                                {"Leicester", "LE# #@@", "+44 116 ### ####", 2},
                                {"Nottingham", "NG# #@@", "+44 115 ### ####", 2},
                                {"Newcastle upon Tyne", "NE# #@@", "+44 191 ### ####", 2},
                                {"Cambridge", "CB# #@@", "+44 1223 ######", 2},
                                {"Oxford", "OX# #@@", "+44 1865 ######", 2},
                                {"Brighton", "BN# #@@", "+44 1273 ######", 2},
                                {"Belfast", "BT# #@@", "+44 28 #### ####", 2},
                                {"York", "YO# #@@", "+44 1904 ######", 1}};
constexpr const char *gbStreets[] = {
    "High Street",   "Station Road",  "Church Lane",   "Victoria Road", "Green Lane",
    "Park Road",     "Manor Road",    "Queen Street",  "King Street",   "Mill Lane",
    "New Road",      "London Road",   "Oxford Street", "Baker Street",  "Deansgate",
    "Castle Street", "George Street", "Albert Road",   "The Crescent",  "Chapel Street"};
constexpr const char *gbMobiles[] = {"+44 7### ######"};
constexpr const char *gbFreeMail[] = {"gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk",
                                      "hotmail.co.uk"};
constexpr const char *gbTitles[] = {
    "Sales Manager",  "Managing Director",  "Finance Director", "Head of Procurement",
    "Office Manager", "Operations Manager", "Account Director", "Solicitor"};
constexpr const char *gbAdjectives[] = {"Thames",   "Pennine", "Mersey",   "Cotswold",
                                        "Northern", "Albion",  "Severn",   "Highland",
                                        "Kingsway", "Windsor", "Tyneside", "Solent"};
constexpr RawCompanyNoun gbNouns[] = {
    {"Logistics", "Logistics", false},     {"Software", "Software", false},
    {"Bakery", "Food & Beverage", false},  {"Construction", "Construction", false},
    {"Energy", "Energy", false},           {"Design", "Design", false},
    {"Textiles", "Manufacturing", false},  {"Insurance", "Insurance", false},
    {"Consulting", "Consulting", false},   {"Networks", "Telecommunications", false},
    {"Furniture", "Manufacturing", false}, {"Pharmacy", "Healthcare", false},
    {"Travel", "Tourism", false},          {"Brewery", "Food & Beverage", false}};
constexpr const char *gbLegal[] = {"%1 Ltd", "%1 Ltd", "%1 Ltd", "%1 plc"};

constexpr RawLocale kLocales[] = {
    {Country::Latvia, "Latvia", "lv", StreetStyle::NameNumberFlat, lvMale, lvFemale, lvSurnames,
     lvCities, lvStreets, lvMobiles, "+371 67## ####", lvFreeMail, lvTitles, lvAdjectives, lvNouns,
     lvLegal, "%1 un partneri"},
    {Country::Estonia, "Estonia", "ee", StreetStyle::NameNumberFlat, eeMale, eeFemale, eeSurnames,
     eeCities, eeStreets, eeMobiles, "+372 6## ####", eeFreeMail, eeTitles, eeAdjectives, eeNouns,
     eeLegal, "%1 & Partnerid OÜ"},
    {Country::Russia, "Russia", "ru", StreetStyle::RussianStyle, ruMale, ruFemale, ruSurnames,
     ruCities, ruStreets, ruMobiles, "+7 495 ###-##-##", ruFreeMail, ruTitles, ruAdjectives,
     ruNouns, ruLegal, "ООО «%1 и партнёры»"},
    {Country::Poland, "Poland", "pl", StreetStyle::PolishStyle, plMale, plFemale, plSurnames,
     plCities, plStreets, plMobiles, "+48 22 ### ## ##", plFreeMail, plTitles, plAdjectives,
     plNouns, plLegal, "%1 i Wspólnicy sp.k."},
    {Country::Greece, "Greece", "gr", StreetStyle::NameNumber, grMale, grFemale, grSurnames,
     grCities, grStreets, grMobiles, "+30 21# ### ####", grFreeMail, grTitles, grAdjectives,
     grNouns, grLegal, "%1 & Συνεργάτες"},
    {Country::UnitedKingdom, "United Kingdom", "co.uk", StreetStyle::NumberName, gbMale, gbFemale,
     gbSurnames, gbCities, gbStreets, gbMobiles, "+44 20 #### ####", gbFreeMail, gbTitles,
     gbAdjectives, gbNouns, gbLegal, "%1 & Partners LLP"},
};

} // namespace

std::span<const RawLocale> rawLocales()
{
    return kLocales;
}

} // namespace crm::core::DemoData
