<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>crm::cli::ActivityCommands</name>
    <message>
        <source>looking up the id: %1</source>
        <translation>поиск ID: %1</translation>
    </message>
    <message>
        <source>no activity with id %1</source>
        <translation>нет дела с ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several activities; give more digits</source>
        <translation>префикс ID %1 подходит к нескольким делам; укажите больше цифр</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DDTHH:MM (local time), with Z or +HH:MM for another zone, or YYYY-MM-DD</source>
        <translation>«%1» не является датой и временем; пишите в виде YYYY-MM-DDTHH:MM (местное время), с Z или +HH:MM для другого пояса, или YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>activity add: give --kind and --subject (see crm-cli activity add --help)</source>
        <translation>activity add: укажите --kind и --subject (см. crm-cli activity add --help)</translation>
    </message>
    <message>
        <source>activity add: --kind: “%1” is not one of %2</source>
        <translation>activity add: --kind: «%1» не входит в %2</translation>
    </message>
    <message>
        <source>activity add: give --due or --start, not both</source>
        <translation>activity add: укажите --due или --start, но не оба</translation>
    </message>
    <message>
        <source>activity add: --end needs --start</source>
        <translation>activity add: для --end нужен --start</translation>
    </message>
    <message>
        <source>activity add: --reminder: “%1” is not a number of minutes</source>
        <translation>activity add: --reminder: «%1» не является числом минут</translation>
    </message>
    <message>
        <source>activity add: --deal: give the deal&apos;s full id</source>
        <translation>activity add: --deal: укажите полный ID сделки</translation>
    </message>
    <message>
        <source>activity list: give one of --overdue, --today and --week, not several</source>
        <translation>activity list: укажите один из --overdue, --today и --week, а не несколько</translation>
    </message>
    <message>
        <source>activity %1 is deleted</source>
        <translation>дело %1 удалено</translation>
    </message>
    <message>
        <source>%1 created, %2 updated</source>
        <translation>создано: %1, обновлено: %2</translation>
    </message>
    <message>
        <source>ics export: give -o FILE (or --output FILE)</source>
        <translation>ics export: укажите -o FILE (или --output FILE)</translation>
    </message>
</context>
<context>
    <name>crm::cli::ArgumentParser</name>
    <message>
        <source>(see crm-cli %1 --help)</source>
        <translation>(см. crm-cli %1 --help)</translation>
    </message>
    <message>
        <source>unknown option %1 %2</source>
        <translation>неизвестный параметр %1 %2</translation>
    </message>
    <message>
        <source>unknown option --%1 %2</source>
        <translation>неизвестный параметр --%1 %2</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 указан более одного раза</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 не принимает значения</translation>
    </message>
    <message>
        <source>--%1: missing value (%2)</source>
        <translation>--%1: отсутствует значение (%2)</translation>
    </message>
    <message>
        <source>missing %1 %2</source>
        <translation>отсутствует %1 %2</translation>
    </message>
    <message>
        <source>unexpected argument “%1” %2</source>
        <translation>неожиданный аргумент «%1» %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::BulkCommands</name>
    <message>
        <source>“%1” is not FIELD=VALUE</source>
        <translation>«%1» — не FIELD=VALUE</translation>
    </message>
    <message>
        <source>bulk: give one of --set, --add-tag, --remove-tag, --owner or --delete</source>
        <translation>bulk: укажите одно из --set, --add-tag, --remove-tag, --owner или --delete</translation>
    </message>
    <message>
        <source>“%1” is not contacts, companies or deals</source>
        <translation>«%1» — не contacts, companies или deals</translation>
    </message>
    <message>
        <source>bulk: give one of --ids, --search or --all</source>
        <translation>bulk: укажите одно из --ids, --search или --all</translation>
    </message>
    <message>
        <source>no such field; the fields are: %1</source>
        <translation>нет такого поля; поля: %1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Пробный запуск</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>bulk undo: “%1” is not a bulk edit number (see crm-cli bulk list)</source>
        <translation>bulk undo: «%1» не является номером массового редактирования (см. crm-cli bulk list)</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %1 undone: %n record(s) put back.</source>
        <translation>
            <numerusform>Массовое редактирование %1 отменено: возвращена %n запись.</numerusform>
            <numerusform>Массовое редактирование %1 отменено: возвращены %n записи.</numerusform>
            <numerusform>Массовое редактирование %1 отменено: возвращено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %1 undone: %2 put back; %n left as they were changed after it: %3</source>
        <translation>
            <numerusform>Массовое редактирование %1 отменено: возвращено %2; %n запись оставлена как есть, так как изменена после него: %3</numerusform>
            <numerusform>Массовое редактирование %1 отменено: возвращено %2; %n записи оставлены как есть, так как изменены после него: %3</numerusform>
            <numerusform>Массовое редактирование %1 отменено: возвращено %2; %n записей оставлено как есть, так как изменены после него: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Начато (UTC)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Оставлено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandDispatcher</name>
    <message>
        <source>Usage: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</source>
        <translation>Использование: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Contacts and companies of the CRM from the command line.</source>
        <translation>Контакты и компании CRM из командной строки.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Options (before or after the command):</source>
        <translation>Параметры (до или после команды):</translation>
    </message>
    <message>
        <source>show this help; crm-cli COMMAND --help for one command</source>
        <translation>показать эту справку; crm-cli COMMAND --help — справка по одной команде</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>показать версию</translation>
    </message>
    <message>
        <source>The database is %1 unless --database or $CRM_DATABASE names another file; only the add commands create a missing one.</source>
        <translation>База данных — %1, если --database или $CRM_DATABASE не указывают другой файл; отсутствующую базу создают только команды add.</translation>
    </message>
    <message>
        <source>An ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation>ID — это полный идентификатор или его уникальный префикс не короче 8 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>Formats: table (aligned columns; show prints &quot;Field: value&quot; lines), csv (RFC 4180, header row, UTF-8) and json (an array of objects; one object for show).</source>
        <translation>Форматы: table (выровненные столбцы; show выводит строки &quot;Поле: значение&quot;), csv (RFC 4180, строка заголовков, UTF-8) и json (массив объектов; для show — один объект).</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (not found, invalid value, database refused), 2 wrong usage. Errors are one line on stderr.</source>
        <translation>Код завершения: 0 — успех, 1 — ошибка (не найдено, недопустимое значение, отказ базы данных), 2 — неверное использование. Ошибки выводятся одной строкой в stderr.</translation>
    </message>
    <message>
        <source>Usage: crm-cli %1 SUBCOMMAND [ARGUMENTS]</source>
        <translation>Использование: crm-cli %1 SUBCOMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Подкоманды:</translation>
    </message>
    <message>
        <source>crm-cli %1 SUBCOMMAND --help describes its options.</source>
        <translation>crm-cli %1 SUBCOMMAND --help описывает её параметры.</translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation> [OPTIONS]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Общие параметры:</translation>
    </message>
    <message>
        <source>ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation>ID — это полный идентификатор или его уникальный префикс не короче 8 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>--%1: missing value</source>
        <translation>--%1: отсутствует значение</translation>
    </message>
    <message>
        <source>unknown option %1 (see crm-cli --help)</source>
        <translation>неизвестный параметр %1 (см. crm-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see crm-cli --help)</source>
        <translation>команда не указана (см. crm-cli --help)</translation>
    </message>
    <message>
        <source>help: unknown command “%1” (see crm-cli --help)</source>
        <translation>help: неизвестная команда «%1» (см. crm-cli --help)</translation>
    </message>
    <message>
        <source>%1: missing subcommand (%2)</source>
        <translation>%1: отсутствует подкоманда (%2)</translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2” (%3)</source>
        <translation>%1: неизвестная подкоманда «%2» (%3)</translation>
    </message>
    <message>
        <source>unknown command “%1” (see crm-cli --help)</source>
        <translation>неизвестная команда «%1» (см. crm-cli --help)</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, csv or json</source>
        <translation>--format: неизвестный формат «%1»; используйте table, csv или json</translation>
    </message>
    <message>
        <source>--database: the path is empty</source>
        <translation>--database: путь пуст</translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandSupport</name>
    <message>
        <source>--limit: “%1” is not a positive number</source>
        <translation>--limit: «%1» не является положительным числом</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not comma, semicolon or tab</source>
        <translation>--delimiter: «%1» — не comma, semicolon или tab</translation>
    </message>
</context>
<context>
    <name>crm::cli::CompanyCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>company add: give --name (see crm-cli company add --help)</source>
        <translation>company add: укажите --name (см. crm-cli company add --help)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>company edit: nothing to change; give the fields to change (see crm-cli company edit --help)</source>
        <translation>company edit: нечего изменять; укажите изменяемые поля (см. crm-cli company edit --help)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation>неизвестный статус «%1»; используйте lead, prospect, customer или former</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>crm::cli::ContactCommands</name>
    <message>
        <source>unknown label “%1”; use work, mobile, home or other</source>
        <translation>неизвестный тип «%1»; используйте work, mobile, home или other</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>«%1» — неверный адрес электронной почты</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>«%1» не является номером телефона</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation>неизвестный статус «%1»; используйте lead, prospect, customer или former</translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation>метка не может быть пустой</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address of this contact</source>
        <translation>«%1» не является адресом эл. почты этого контакта</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of this contact</source>
        <translation>«%1» не является номером телефона этого контакта</translation>
    </message>
    <message>
        <source>“%1” is not a tag of this contact</source>
        <translation>«%1» не является меткой этого контакта</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID компании</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>contact add: give --first-name or --last-name (see crm-cli contact add --help)</source>
        <translation>contact add: укажите --first-name или --last-name (см. crm-cli contact add --help)</translation>
    </message>
    <message>
        <source>contact edit: nothing to change; give the fields to change (see crm-cli contact edit --help)</source>
        <translation>contact edit: нечего изменять; укажите изменяемые поля (см. crm-cli contact edit --help)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
</context>
<context>
    <name>crm::cli::DealCommands</name>
    <message>
        <source>looking up the id: %1</source>
        <translation>поиск ID: %1</translation>
    </message>
    <message>
        <source>no deal with id %1</source>
        <translation>нет сделки с ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several deals; give more digits</source>
        <translation>префикс ID %1 подходит к нескольким сделкам; укажите больше цифр</translation>
    </message>
    <message>
        <source>there is no pipeline</source>
        <translation type="vanished">нет ни одной воронки</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>«%1» не является датой; пишите в виде YYYY-MM-DD</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 0 to 100</source>
        <translation>«%1» не является целым числом от 0 до 100</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Зависла</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>deal add: give --title, --amount and --currency (see crm-cli deal add --help)</source>
        <translation>deal add: укажите --title, --amount и --currency (см. crm-cli deal add --help)</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>«%1» не является кодом валюты; используйте, например, EUR, USD или PLN</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>сумма не может быть отрицательной</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>у сделки должно быть название</translation>
    </message>
    <message>
        <source>deal move: give --stage (see crm-cli deal move --help)</source>
        <translation>deal move: укажите --stage (см. crm-cli deal move --help)</translation>
    </message>
    <message>
        <source>a lost deal needs the reason; use crm-cli deal lost %1 --reason TEXT</source>
        <translation>для проигранной сделки нужна причина; используйте crm-cli deal lost %1 --reason TEXT</translation>
    </message>
    <message>
        <source>deal lost: give --reason: why the deal was lost (see crm-cli deal lost --help)</source>
        <translation>deal lost: укажите --reason: почему сделка проиграна (см. crm-cli deal lost --help)</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost</source>
        <translation>для проигранной сделки нужна причина проигрыша</translation>
    </message>
</context>
<context>
    <name>crm::cli::DedupCommands</name>
    <message>
        <source>--kind: “%1” is not contact or company</source>
        <translation>--kind: «%1» — не contact и не company</translation>
    </message>
    <message>
        <source>--min-score: “%1” is not a number from 0 to 1</source>
        <translation>--min-score: «%1» — не число от 0 до 1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>--field: “%1” is not NAME=ID</source>
        <translation>--field: «%1» — не NAME=ID</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only records of one kind merge</source>
        <translation>%1 — это %2, а %3 — %4: объединяются только записи одного вида</translation>
    </message>
    <message>
        <source>--field: unknown field “%1” (one of %2)</source>
        <translation>--field: неизвестное поле «%1» (одно из %2)</translation>
    </message>
    <message>
        <source>no merge with id %1</source>
        <translation>нет объединения с id %1</translation>
    </message>
    <message>
        <source>%1 names more than one merge</source>
        <translation>%1 соответствует нескольким объединениям</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>Объединение %1 отменено.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Не восстановлено: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::ExportCommands</name>
    <message>
        <source>--format: unknown format “%1”; use csv or vcard</source>
        <translation>--format: неизвестный формат «%1»; используйте csv или vcard</translation>
    </message>
    <message>
        <source>-o/--output: the file to write is required</source>
        <translation>-o/--output: требуется файл для записи</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 exported to %2.</source>
        <translation>Экспорт в %2 завершён: %1.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 контакт</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>контактов — %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::FieldCommands</name>
    <message>
        <source>“%1” is not contact, company or deal</source>
        <translation>«%1» — не contact, company или deal</translation>
    </message>
    <message>
        <source>“%1” is not a type; use one of %2</source>
        <translation>«%1» — не тип; используйте один из %2</translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation>используйте yes или no</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE</source>
        <translation>«%1» — не KEY=VALUE</translation>
    </message>
    <message>
        <source>field add: give --entity, --key and --label (see crm-cli field add --help)</source>
        <translation>field add: укажите --entity, --key и --label (см. crm-cli field add --help)</translation>
    </message>
</context>
<context>
    <name>crm::cli::Help</name>
    <message>
        <source>the database file</source>
        <translation>файл базы данных</translation>
    </message>
    <message>
        <source>output format (default: table)</source>
        <translation>формат вывода (по умолчанию: table)</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (можно повторять)</translation>
    </message>
    <message>
        <source>name of the company</source>
        <translation>название компании</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <source>web address (example.lv or https://example.lv)</source>
        <translation>веб-адрес (example.lv или https://example.lv)</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>адрес (улица, дом)</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>почтовый индекс</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>who may see the company (default: team)</source>
        <translation>кто может видеть компанию (по умолчанию: team)</translation>
    </message>
    <message>
        <source>print at most N companies</source>
        <translation>вывести не более N компаний</translation>
    </message>
    <message>
        <source>Add a company and print its id.</source>
        <translation>Добавить компанию и вывести её ID.</translation>
    </message>
    <message>
        <source>Example:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</source>
        <translation>Пример:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</translation>
    </message>
    <message>
        <source>List the companies (not the deleted ones) by name.</source>
        <translation>Вывести список компаний (кроме удалённых) по названию.</translation>
    </message>
    <message>
        <source>Show every field of a company and its contacts.</source>
        <translation>Показать все поля компании и её контакты.</translation>
    </message>
    <message>
        <source>Change the fields given; the others stay.</source>
        <translation>Изменить указанные поля; остальные не меняются.</translation>
    </message>
    <message>
        <source>Delete a company (softly: company restore brings it back). Its contacts stay.</source>
        <translation>Удалить компанию (обратимо: company restore возвращает её). Её контакты остаются.</translation>
    </message>
    <message>
        <source>Bring a deleted company back.</source>
        <translation>Восстановить удалённую компанию.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>e-mail address, repeatable; LABEL is work (default), mobile, home or other; in edit it replaces all e-mails (--email &quot;&quot; removes them)</source>
        <translation>адрес эл. почты, можно повторять; LABEL — work (по умолчанию), mobile, home или other; в edit заменяет все адреса (--email &quot;&quot; удаляет их)</translation>
    </message>
    <message>
        <source>phone number, repeatable; LABEL is mobile (default), work, home or other; in edit it replaces all phones (--phone &quot;&quot; removes them)</source>
        <translation>номер телефона, можно повторять; LABEL — mobile (по умолчанию), work, home или other; в edit заменяет все номера (--phone &quot;&quot; удаляет их)</translation>
    </message>
    <message>
        <source>the company of that name, created when there is none; --company &quot;&quot; unlinks</source>
        <translation>компания с таким названием, создаётся, если её нет; --company &quot;&quot; отвязывает</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>lifecycle status: lead (default), prospect, customer or former</source>
        <translation>статус жизненного цикла: lead (по умолчанию), prospect, customer или former</translation>
    </message>
    <message>
        <source>tag, repeatable; in edit it replaces all tags (--tag &quot;&quot; removes them)</source>
        <translation>метка, можно повторять; в edit заменяет все метки (--tag &quot;&quot; удаляет их)</translation>
    </message>
    <message>
        <source>birthday; --birthday &quot;&quot; clears it</source>
        <translation>день рождения; --birthday &quot;&quot; очищает его</translation>
    </message>
    <message>
        <source>where the contact came from</source>
        <translation>откуда пришёл контакт</translation>
    </message>
    <message>
        <source>who may see the contact (default: team)</source>
        <translation>кто может видеть контакт (по умолчанию: team)</translation>
    </message>
    <message>
        <source>add an e-mail address</source>
        <translation>добавить адрес эл. почты</translation>
    </message>
    <message>
        <source>remove an e-mail address</source>
        <translation>удалить адрес эл. почты</translation>
    </message>
    <message>
        <source>add a phone number</source>
        <translation>добавить номер телефона</translation>
    </message>
    <message>
        <source>remove a phone number (compared by its digits)</source>
        <translation>удалить номер телефона (сравнивается по цифрам)</translation>
    </message>
    <message>
        <source>add a tag</source>
        <translation>добавить метку</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>удалить метку</translation>
    </message>
    <message>
        <source>print at most N contacts</source>
        <translation>вывести не более N контактов</translation>
    </message>
    <message>
        <source>Add a contact and print its id.</source>
        <translation>Добавить контакт и вывести его ID.</translation>
    </message>
    <message>
        <source>Give --first-name or --last-name (or both). Example:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</source>
        <translation>Укажите --first-name или --last-name (или оба). Пример:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</translation>
    </message>
    <message>
        <source>List the contacts (not the deleted ones) by name.</source>
        <translation>Вывести список контактов (кроме удалённых) по имени.</translation>
    </message>
    <message>
        <source>Show every field of a contact.</source>
        <translation>Показать все поля контакта.</translation>
    </message>
    <message>
        <source>--email, --phone and --tag replace the whole list; --add-… and --remove-… change one item.</source>
        <translation>--email, --phone и --tag заменяют весь список; --add-… и --remove-… изменяют один элемент.</translation>
    </message>
    <message>
        <source>Delete a contact (softly: contact restore brings it back).</source>
        <translation>Удалить контакт (обратимо: contact restore возвращает его).</translation>
    </message>
    <message>
        <source>Bring a deleted contact back.</source>
        <translation>Восстановить удалённый контакт.</translation>
    </message>
    <message>
        <source>Show who changed which field of a contact or company, when (UTC), from what to what.</source>
        <translation>Показать, кто, когда (UTC) и как изменил поля контакта или компании.</translation>
    </message>
    <message>
        <source>The field is &quot;created&quot; for the creation of the record; a contact&apos;s e-mails, phones and tags are part of its history.</source>
        <translation>Для создания записи поле называется &quot;created&quot;; адреса эл. почты, телефоны и метки контакта входят в его историю.</translation>
    </message>
    <message>
        <source>Find contacts and companies: every word must start a word of the record.</source>
        <translation>Найти контакты и компании: каждое слово должно быть началом слова в записи.</translation>
    </message>
    <message>
        <source>Case, accents and alphabets are folded: &quot;berzins&quot; finds Bērziņš, &quot;ivanov&quot; finds Иванов. A phone number is found by its digits: &quot;29123456&quot; finds +371 2912 3456.</source>
        <translation>Регистр, диакритика и алфавиты не различаются: &quot;berzins&quot; находит Bērziņš, &quot;ivanov&quot; находит Иванов. Номер телефона ищется по цифрам: &quot;29123456&quot; находит +371 2912 3456.</translation>
    </message>
    <message>
        <source>at most N contacts and N companies (default 50)</source>
        <translation>не более N контактов и N компаний (по умолчанию 50)</translation>
    </message>
    <message>
        <source>Sign this database in to a team server.</source>
        <translation>Подключить эту базу данных к серверу команды.</translation>
    </message>
    <message>
        <source>The token is kept in the keychain, or in DATABASE.token (readable only by you) when no keychain runs.</source>
        <translation>Токен хранится в связке ключей, а если её нет — в файле DATABASE.token (доступен для чтения только вам).</translation>
    </message>
    <message>
        <source>the server, e.g. https://crm.example.com</source>
        <translation>сервер, например https://crm.example.com</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>ваше имя пользователя на сервере</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>прочитать пароль со стандартного ввода</translation>
    </message>
    <message>
        <source>Push local changes to the team server and pull the others&apos;.</source>
        <translation>Отправить локальные изменения на сервер команды и получить изменения других.</translation>
    </message>
    <message>
        <source>Prints what was pushed, pulled and which conflicts arose; exits with 1 when the server cannot be reached.</source>
        <translation>Выводит, что отправлено и получено и какие возникли конфликты; завершается с кодом 1, если сервер недоступен.</translation>
    </message>
    <message>
        <source>List open conflicts from sync.</source>
        <translation>Вывести открытые конфликты синхронизации.</translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation>также разрешённые</translation>
    </message>
    <message>
        <source>Resolve a conflict: keep my value, theirs, or both.</source>
        <translation>Разрешить конфликт: оставить моё значение, чужое или оба.</translation>
    </message>
    <message>
        <source>Both is for e-mail addresses and phone numbers. For an edit of a deleted record, mine restores it with the edit when the edit was mine.</source>
        <translation>Оба — для адресов эл. почты и номеров телефонов. Для изменения удалённой записи mine восстанавливает её с изменением, если изменение было моим.</translation>
    </message>
    <message>
        <source>which value stays</source>
        <translation>какое значение остаётся</translation>
    </message>
    <message>
        <source>what kind of activity</source>
        <translation>тип дела</translation>
    </message>
    <message>
        <source>what it is about</source>
        <translation>о чём оно</translation>
    </message>
    <message>
        <source>the contact it concerns</source>
        <translation>контакт, к которому оно относится</translation>
    </message>
    <message>
        <source>the company it concerns</source>
        <translation>компания, к которой оно относится</translation>
    </message>
    <message>
        <source>the deal it concerns (its full id)</source>
        <translation>сделка, к которой оно относится (её полный ID)</translation>
    </message>
    <message>
        <source>when a task is due (a date alone: the end of that day)</source>
        <translation>срок задачи (только дата: конец этого дня)</translation>
    </message>
    <message>
        <source>when a meeting, visit or call starts</source>
        <translation>когда начинается встреча, визит или звонок</translation>
    </message>
    <message>
        <source>when it ends</source>
        <translation>когда заканчивается</translation>
    </message>
    <message>
        <source>where</source>
        <translation>где</translation>
    </message>
    <message>
        <source>remind this many minutes before the start or due</source>
        <translation>напомнить за столько минут до начала или срока</translation>
    </message>
    <message>
        <source>only open tasks past their due time</source>
        <translation>только открытые задачи с истёкшим сроком</translation>
    </message>
    <message>
        <source>only what stands on today</source>
        <translation>только запланированное на сегодня</translation>
    </message>
    <message>
        <source>only what stands on this week</source>
        <translation>только запланированное на эту неделю</translation>
    </message>
    <message>
        <source>print at most N activities</source>
        <translation>вывести не более N дел</translation>
    </message>
    <message>
        <source>Add an activity and print its id.</source>
        <translation>Добавить дело и вывести его ID.</translation>
    </message>
    <message>
        <source>Times without Z or an offset are local time in the system&apos;s time zone.
Example:
  crm-cli activity add --kind meeting --subject &quot;Pārrunas&quot; --start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15</source>
        <translation>Время без Z или смещения — местное, в часовом поясе системы.
Пример:
  crm-cli activity add --kind meeting --subject &quot;Pārrunas&quot; --start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15</translation>
    </message>
    <message>
        <source>List activities, newest first, or the agenda: overdue, today or this week, by time.</source>
        <translation>Вывести дела, сначала новые, или ежедневник: просроченные, на сегодня или на эту неделю, по времени.</translation>
    </message>
    <message>
        <source>Tick an activity off.</source>
        <translation>Отметить дело как выполненное.</translation>
    </message>
    <message>
        <source>Import an iCalendar file: events become meetings, to-dos tasks; known UIDs update. A file with an error imports nothing.</source>
        <translation>Импортировать файл iCalendar: события становятся встречами, to-do — задачами; известные UID обновляются. Файл с ошибкой не импортируется совсем.</translation>
    </message>
    <message>
        <source>Export meetings, visits and tasks to an iCalendar file.</source>
        <translation>Экспортировать встречи, визиты и задачи в файл iCalendar.</translation>
    </message>
    <message>
        <source>the .ics file to write (also -o FILE)</source>
        <translation>файл .ics для записи (также -o FILE)</translation>
    </message>
    <message>
        <source>pipeline (default: the default pipeline)</source>
        <translation>воронка (по умолчанию: основная воронка)</translation>
    </message>
    <message>
        <source>Add a deal and print its id.</source>
        <translation>Добавить сделку и вывести её ID.</translation>
    </message>
    <message>
        <source>The amount is in the currency&apos;s units with a &apos;.&apos; before the cents.
Example:
  crm-cli deal add --title &quot;Fleet renewal&quot; --amount 12500.00 --currency EUR --company &quot;SIA Koks&quot; --stage Qualified --close 2027-03-31</source>
        <translation>Сумма указывается в единицах валюты с &apos;.&apos; перед центами.
Пример:
  crm-cli deal add --title &quot;Fleet renewal&quot; --amount 12500.00 --currency EUR --company &quot;SIA Koks&quot; --stage Qualified --close 2027-03-31</translation>
    </message>
    <message>
        <source>what the deal is</source>
        <translation>суть сделки</translation>
    </message>
    <message>
        <source>amount, e.g. 1250 or 1250.50</source>
        <translation>сумма, например 1250 или 1250.50</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. EUR</source>
        <translation>код валюты ISO 4217, например EUR</translation>
    </message>
    <message>
        <source>the company with that id, or of that name (created when there is none)</source>
        <translation>компания с этим ID или названием (создаётся, если её нет)</translation>
    </message>
    <message>
        <source>a contact on the deal (repeatable)</source>
        <translation>контакт по сделке (можно повторять)</translation>
    </message>
    <message>
        <source>stage (default: the first open stage)</source>
        <translation>этап (по умолчанию: первый открытый этап)</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>ожидаемая дата закрытия</translation>
    </message>
    <message>
        <source>probability in percent (default: the stage&apos;s)</source>
        <translation>вероятность в процентах (по умолчанию: как на этапе)</translation>
    </message>
    <message>
        <source>where the deal came from</source>
        <translation>откуда пришла сделка</translation>
    </message>
    <message>
        <source>the next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <source>who may see the deal (default: team)</source>
        <translation>кто может видеть сделку (по умолчанию: team)</translation>
    </message>
    <message>
        <source>List the deals (not the deleted ones) by pipeline, stage and close date. Amounts are plain numbers with a &apos;.&apos; before the cents.</source>
        <translation>Вывести список сделок (кроме удалённых) по воронке, этапу и дате закрытия. Суммы — простые числа с &apos;.&apos; перед центами.</translation>
    </message>
    <message>
        <source>only the deals in this stage</source>
        <translation>только сделки на этом этапе</translation>
    </message>
    <message>
        <source>only open deals (not won or lost)</source>
        <translation>только открытые сделки (не выигранные и не проигранные)</translation>
    </message>
    <message>
        <source>print at most N deals</source>
        <translation>вывести не более N сделок</translation>
    </message>
    <message>
        <source>Move a deal to another stage of its pipeline (recorded in its history).</source>
        <translation>Перенести сделку на другой этап её воронки (записывается в историю).</translation>
    </message>
    <message>
        <source>the stage to move to</source>
        <translation>этап, на который перенести</translation>
    </message>
    <message>
        <source>Mark a deal won.</source>
        <translation>Отметить сделку как выигранную.</translation>
    </message>
    <message>
        <source>Mark a deal lost, with the reason.</source>
        <translation>Отметить сделку как проигранную, с причиной.</translation>
    </message>
    <message>
        <source>why the deal was lost (required)</source>
        <translation>почему сделка проиграна (обязательно)</translation>
    </message>
    <message>
        <source>Write every contact to a CSV or vCard file.</source>
        <translation>Записать все контакты в файл CSV или vCard.</translation>
    </message>
    <message>
        <source>CSV is UTF-8 with a header row; cells starting with = + - @ get a leading &apos; so spreadsheets do not run them. vCard is version 4.0.</source>
        <translation>CSV — в UTF-8 со строкой заголовков; к ячейкам, начинающимся с = + - @, добавляется ведущий &apos;, чтобы электронные таблицы их не выполняли. vCard — версии 4.0.</translation>
    </message>
    <message>
        <source>file format (default: csv)</source>
        <translation>формат файла (по умолчанию: csv)</translation>
    </message>
    <message>
        <source>the file to write (also -o FILE)</source>
        <translation>файл для записи (также -o FILE)</translation>
    </message>
    <message>
        <source>CSV field separator (default: comma)</source>
        <translation>разделитель полей CSV (по умолчанию: comma)</translation>
    </message>
    <message>
        <source>start the CSV with a UTF-8 byte-order mark</source>
        <translation>начинать CSV с метки порядка байтов UTF-8</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file as one undoable batch.</source>
        <translation>Импортировать контакты из файла CSV или vCard одним пакетом, который можно откатить.</translation>
    </message>
    <message>
        <source>Prints how many rows are new, update a contact, repeat an earlier row or are invalid (each invalid row with its line and reason), then imports the valid ones and prints the import&apos;s number for `import undo`. Duplicates are found by e-mail, by phone in E.164 and by names compared after folding accents and Cyrillic or Greek to Latin. CSV headers of Google Contacts, Outlook, HubSpot and Salesforce exports are recognised; a mapping chosen in the app for the same headers is used.</source>
        <translation>Выводит, сколько строк новые, обновляют контакт, повторяют более раннюю строку или ошибочны (каждую ошибочную строку — с номером и причиной), затем импортирует корректные и выводит номер импорта для `import undo`. Дубликаты ищутся по эл. почте, по телефону в формате E.164 и по именам, сравниваемым после удаления диакритики и перевода кириллицы или греческого в латиницу. Заголовки CSV из экспорта Google Contacts, Outlook, HubSpot и Salesforce распознаются; используется сопоставление, выбранное в приложении для тех же заголовков.</translation>
    </message>
    <message>
        <source>file format (default: by the file&apos;s name and contents)</source>
        <translation>формат файла (по умолчанию: по имени и содержимому файла)</translation>
    </message>
    <message>
        <source>CSV encoding, e.g. UTF-8, UTF-16LE, windows-1257, windows-1251, windows-1250, windows-1253 (default: detected)</source>
        <translation>кодировка CSV, например UTF-8, UTF-16LE, windows-1257, windows-1251, windows-1250, windows-1253 (по умолчанию: определяется)</translation>
    </message>
    <message>
        <source>CSV field separator (default: detected)</source>
        <translation>разделитель полей CSV (по умолчанию: определяется)</translation>
    </message>
    <message>
        <source>what to do with a row that matches a contact or an earlier row: merge into it (fill empty fields, add e-mails, phones and tags; the default), skip it, or create a contact anyway</source>
        <translation>что делать со строкой, совпадающей с контактом или более ранней строкой: объединить (заполнить пустые поля, добавить адреса, телефоны и метки; по умолчанию), пропустить или всё равно создать контакт</translation>
    </message>
    <message>
        <source>country of phone numbers without a country code, e.g. LV (default: the phone_region setting, else the locale&apos;s)</source>
        <translation>страна телефонных номеров без кода страны, например LV (по умолчанию: настройка phone_region, иначе из локали)</translation>
    </message>
    <message>
        <source>print the preview and write nothing</source>
        <translation>вывести предпросмотр и ничего не записывать</translation>
    </message>
    <message>
        <source>Undo an import: delete the contacts it created and restore the ones it updated.</source>
        <translation>Откатить импорт: удалить созданные им контакты и восстановить обновлённые.</translation>
    </message>
    <message>
        <source>Refuses, naming them, when records of the import were changed after it.</source>
        <translation>Отказывается, называя их, если записи импорта изменялись после него.</translation>
    </message>
    <message>
        <source>List the imports, newest first.</source>
        <translation>Вывести список импортов, сначала новые.</translation>
    </message>
    <message>
        <source>Show everything about a contact, company or deal, newest first: activities, deals opened, moved, won and lost, and field changes.</source>
        <translation>Показать всё о контакте, компании или сделке, сначала новое: дела, открытые, перемещённые, выигранные и проигранные сделки и изменения полей.</translation>
    </message>
    <message>
        <source>A company&apos;s timeline includes the activities of its contacts and deals. Times are UTC; kind is call, meeting, visit, task, note, email, deal_opened, stage_changed, deal_won, deal_lost, created, field_changed, deleted or restored; record and record_id name the record an entry belongs to.</source>
        <translation>Хронология компании включает дела её контактов и сделок. Время в UTC; kind — call, meeting, visit, task, note, email, deal_opened, stage_changed, deal_won, deal_lost, created, field_changed, deleted или restored; record и record_id указывают запись, к которой относится событие.</translation>
    </message>
    <message>
        <source>print at most N entries</source>
        <translation>вывести не более N событий</translation>
    </message>
    <message>
        <source>List the built-in and saved reports.</source>
        <translation>Вывести встроенные и сохранённые отчёты.</translation>
    </message>
    <message>
        <source>Run a report (a built-in&apos;s name, a saved report&apos;s title or id).</source>
        <translation>Выполнить отчёт (имя встроенного, название или ID сохранённого).</translation>
    </message>
    <message>
        <source>Parameters: period (all, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — as each report lists them. Money is totalled per currency. CSV streams rows as they come; PDF needs -o FILE.
  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf
  crm-cli report run won-lost --param period=previous_quarter --format csv -o won.csv</source>
        <translation>Параметры: period (all, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days или YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — как их перечисляет каждый отчёт. Деньги суммируются по валютам. CSV выводит строки по мере готовности; для PDF нужен -o FILE.
  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf
  crm-cli report run won-lost --param period=previous_quarter --format csv -o won.csv</translation>
    </message>
    <message>
        <source>a parameter of the report</source>
        <translation>параметр отчёта</translation>
    </message>
    <message>
        <source>PDF page size (default: a4)</source>
        <translation>размер страницы PDF (по умолчанию: a4)</translation>
    </message>
    <message>
        <source>PDF orientation (default: portrait)</source>
        <translation>ориентация PDF (по умолчанию: portrait)</translation>
    </message>
    <message>
        <source>Show what the last sync runs did, newest first.</source>
        <translation>Показать, что сделали последние синхронизации, сначала новые.</translation>
    </message>
    <message>
        <source>Runs alike in a row (nothing to do, or the same error while offline) are one line with their number. Times are UTC; outcome is ok, offline, signed_out or failed.</source>
        <translation>Одинаковые синхронизации подряд (нечего делать или та же ошибка без сети) — одна строка с их числом. Время в UTC; outcome — ok, offline, signed_out или failed.</translation>
    </message>
    <message>
        <source>at most N lines</source>
        <translation>не более N строк</translation>
    </message>
    <message>
        <source>what forms and lists call the field</source>
        <translation>как поле называется в формах и списках</translation>
    </message>
    <message>
        <source>text (default), longtext, number, money, date, yesno, choice, multichoice or url</source>
        <translation>text (по умолчанию), longtext, number, money, date, yesno, choice, multichoice или url</translation>
    </message>
    <message>
        <source>a choice of a choice or multichoice field, repeatable, in order; in edit it replaces the list</source>
        <translation>вариант поля choice или multichoice, повторяемый, по порядку; в edit заменяет список</translation>
    </message>
    <message>
        <source>whether every record needs a value</source>
        <translation>нужно ли значение каждой записи</translation>
    </message>
    <message>
        <source>the records the field belongs to</source>
        <translation>записи, к которым относится поле</translation>
    </message>
    <message>
        <source>a custom field&apos;s value, repeatable (see crm-cli field list); numbers 1234.5, money &quot;1234.50 EUR&quot;, dates YYYY-MM-DD, yes/no, several choices separated by ;  KEY= clears it</source>
        <translation>значение дополнительного поля, повторяемое (см. crm-cli field list); числа 1234.5, деньги &quot;1234.50 EUR&quot;, даты YYYY-MM-DD, yes/no, несколько вариантов через ;  KEY= очищает его</translation>
    </message>
    <message>
        <source>the field&apos;s fixed key: lower-case letters, digits and _ (industry)</source>
        <translation>неизменный ключ поля: строчные буквы, цифры и _ (industry)</translation>
    </message>
    <message>
        <source>List the custom fields, in their order.</source>
        <translation>Показать дополнительные поля по порядку.</translation>
    </message>
    <message>
        <source>Add a custom field to contacts, companies or deals.</source>
        <translation>Добавить дополнительное поле контактам, компаниям или сделкам.</translation>
    </message>
    <message>
        <source>Example:
  crm-cli field add --entity contact --key industry --label Industry --type choice --choice Retail --choice Banking</source>
        <translation>Пример:
  crm-cli field add --entity contact --key industry --label Industry --type choice --choice Retail --choice Banking</translation>
    </message>
    <message>
        <source>Change a custom field&apos;s label, type, choices or whether it is required; its key stays.</source>
        <translation>Изменить подпись, тип, варианты или обязательность дополнительного поля; ключ остаётся.</translation>
    </message>
    <message>
        <source>Delete a custom field: it and its values hide; adding the key again brings them back.</source>
        <translation>Удалить дополнительное поле: оно и его значения скрываются; повторное добавление ключа возвращает их.</translation>
    </message>
    <message>
        <source>List likely duplicates, best first, with the reasons.</source>
        <translation>Показать вероятные дубликаты, сначала наиболее вероятные, с причинами.</translation>
    </message>
    <message>
        <source>Contacts: the same e-mail, the same phone (E.164) or similar names after folding accents and Cyrillic or Greek to Latin. Companies: the same name, website domain or phone. Pairs marked &quot;not a duplicate&quot; in the app are left out.</source>
        <translation>Контакты: тот же e-mail, тот же телефон (E.164) или похожие имена после снятия диакритики и перевода кириллицы или греческого в латиницу. Компании: то же название, домен сайта или телефон. Пары, отмеченные в приложении как &quot;не дубликат&quot;, пропускаются.</translation>
    </message>
    <message>
        <source>which records (default: contact)</source>
        <translation>какие записи (по умолчанию: contact)</translation>
    </message>
    <message>
        <source>least confidence, 0 to 1 (default: 0.5)</source>
        <translation>наименьшая уверенность, от 0 до 1 (по умолчанию: 0.5)</translation>
    </message>
    <message>
        <source>Merge contacts (or companies) into one and print the merge&apos;s id.</source>
        <translation>Объединить контакты (или компании) в одну запись и вывести id объединения.</translation>
    </message>
    <message>
        <source>The first record (or --keep) survives; a field keeps its value, or another record&apos;s when it is empty, unless --field says whose value to keep. E-mails, phones and tags are joined; activities, deals and contacts move to the survivor; the others are deleted. `unmerge` takes it back.</source>
        <translation>Первая запись (или --keep) остаётся; поле сохраняет своё значение, а если оно пустое — значение другой записи, если только --field не указывает, чьё значение оставить. E-mail, телефоны и метки объединяются; дела, сделки и контакты переходят к оставшейся записи; остальные удаляются. `unmerge` всё возвращает.</translation>
    </message>
    <message>
        <source>the record that survives</source>
        <translation>запись, которая остаётся</translation>
    </message>
    <message>
        <source>keep this record&apos;s value of a field (first_name, city, …); repeatable</source>
        <translation>оставить значение поля этой записи (first_name, city, …); повторяемый</translation>
    </message>
    <message>
        <source>Take a merge back: restore the merged records and their links.</source>
        <translation>Отменить объединение: восстановить объединённые записи и их связи.</translation>
    </message>
    <message>
        <source>A field or link changed after the merge keeps its new value; each such one is printed. Refuses when the surviving record was deleted.</source>
        <translation>Поле или связь, изменённые после объединения, сохраняют новое значение; каждое такое выводится. Отказывает, если оставшаяся запись удалена.</translation>
    </message>
    <message>
        <source>vCard photos: keep them on the contacts (the default; at most 512 KB each) or skip them</source>
        <translation>фото из vCard: сохранить у контактов (по умолчанию; не больше 512 КБ каждое) или пропустить</translation>
    </message>
    <message>
        <source>Set a field, add or remove a tag, change the owner or delete many records at once; all or nothing, captured for sync.</source>
        <translation>Задать поле, добавить или убрать метку, сменить владельца или удалить много записей сразу; всё или ничего, с учётом для синхронизации.</translation>
    </message>
    <message>
        <source>Fields: contacts status, owner, source, title, company, street, postal_code, city, country, birthday, visibility, notes; companies owner, industry, website, phone, street, postal_code, city, country, visibility, notes; deals stage, owner, currency, expected_close, probability, source, next_step, company, title, visibility, notes; and custom fields by key (crm-cli field list). FIELD= clears it.
Example:
  crm-cli bulk contacts --search riga --set status=customer</source>
        <translation>Поля: contacts status, owner, source, title, company, street, postal_code, city, country, birthday, visibility, notes; companies owner, industry, website, phone, street, postal_code, city, country, visibility, notes; deals stage, owner, currency, expected_close, probability, source, next_step, company, title, visibility, notes; и дополнительные поля по ключу (crm-cli field list). FIELD= очищает поле.
Пример:
  crm-cli bulk contacts --search riga --set status=customer</translation>
    </message>
    <message>
        <source>these records (ids or unique prefixes)</source>
        <translation>эти записи (ID или уникальные префиксы)</translation>
    </message>
    <message>
        <source>every live record the list&apos;s search finds</source>
        <translation>каждая неудалённая запись, которую находит поиск списка</translation>
    </message>
    <message>
        <source>every live record</source>
        <translation>каждая неудалённая запись</translation>
    </message>
    <message>
        <source>set a built-in or custom field</source>
        <translation>задать встроенное или дополнительное поле</translation>
    </message>
    <message>
        <source>change the owner</source>
        <translation>сменить владельца</translation>
    </message>
    <message>
        <source>delete (softly; restore undoes it)</source>
        <translation>удалить (обратимо; restore отменяет это)</translation>
    </message>
    <message>
        <source>check and count, write nothing</source>
        <translation>проверить и подсчитать, ничего не записывать</translation>
    </message>
    <message>
        <source>Undo a bulk edit: put back each record&apos;s earlier value.</source>
        <translation>Отменить массовое редактирование: вернуть каждой записи прежнее значение.</translation>
    </message>
    <message>
        <source>Also after a restart. A record whose edited field (or the record) changed after the bulk edit keeps its newer value and is named.</source>
        <translation>Работает и после перезапуска. Запись, у которой отредактированное поле (или сама запись) изменилось после массового редактирования, сохраняет более новое значение и выводится.</translation>
    </message>
    <message>
        <source>List the recent bulk edits, newest first.</source>
        <translation>Вывести последние массовые редактирования, сначала новые.</translation>
    </message>
</context>
<context>
    <name>crm::cli::HistoryCommand</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>добавлено: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>удалено: %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>crm::cli::IdResolver</name>
    <message>
        <source>“%1” is not an id (a UUID, or at least 8 of its leading hex digits)</source>
        <translation>«%1» не является ID (UUID или не менее 8 его начальных шестнадцатеричных цифр)</translation>
    </message>
    <message>
        <source>looking up the id: %1</source>
        <translation>поиск ID: %1</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>нет контакта с ID %1</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>нет компании с ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several contacts; give more digits</source>
        <translation>префикс ID %1 подходит к нескольким контактам; укажите больше цифр</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several companies; give more digits</source>
        <translation>префикс ID %1 подходит к нескольким компаниям; укажите больше цифр</translation>
    </message>
    <message>
        <source>no contact or company with id %1</source>
        <translation>нет контакта или компании с ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several records; give more digits</source>
        <translation>префикс ID %1 подходит к нескольким записям; укажите больше цифр</translation>
    </message>
    <message>
        <source>no contact, company or deal with id %1</source>
        <translation>нет контакта, компании или сделки с ID %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::ImportCommands</name>
    <message>
        <source>--format: unknown format “%1”; use csv or vcard</source>
        <translation>--format: неизвестный формат «%1»; используйте csv или vcard</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding “%1” (for example %2)</source>
        <translation>--encoding: неизвестная кодировка «%1» (например, %2)</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not comma, semicolon, tab or pipe</source>
        <translation>--delimiter: «%1» — не comma, semicolon, tab или pipe</translation>
    </message>
    <message>
        <source>--on-duplicate: “%1” is not update, skip or create</source>
        <translation>--on-duplicate: «%1» — не update, skip или create</translation>
    </message>
    <message>
        <source>--region: “%1” is not a two-letter country code</source>
        <translation>--region: «%1» не является двухбуквенным кодом страны</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: нет такого файла</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV, %1, разделитель «%2»</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Файл: %1 (%2)</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Новых: %1</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Обновить: %1</translation>
    </message>
    <message>
        <source>Duplicate in file: %1</source>
        <translation>Дубликатов в файле: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ошибочных: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>Import %1: created %2, updated %3, skipped %4, invalid %5.</source>
        <translation>Импорт %1: создано %2, обновлено %3, пропущено %4, ошибочных %5.</translation>
    </message>
    <message>
        <source>import undo: “%1” is not an import number (see crm-cli import list)</source>
        <translation>import undo: «%1» не является номером импорта (см. crm-cli import list)</translation>
    </message>
    <message>
        <source>Import %1 undone.</source>
        <translation>Импорт %1 откачен.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Начат (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ошибочных</translation>
    </message>
    <message>
        <source>--photos: “%1” is not keep or skip</source>
        <translation>--photos: «%1» — не keep и не skip</translation>
    </message>
    <message>
        <source>Imported with warnings: %1</source>
        <translation>Импортировано с предупреждениями: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::OutputFormatter</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>crm::cli::ReportCommands</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, json, csv or pdf</source>
        <translation>--format: неизвестный формат «%1»; используйте table, json, csv или pdf</translation>
    </message>
    <message>
        <source>-o/--output: a PDF needs a file to write</source>
        <translation>-o/--output: для PDF нужен файл для записи</translation>
    </message>
    <message>
        <source>--param: “%1” is not KEY=VALUE</source>
        <translation>--param: «%1» не в виде KEY=VALUE</translation>
    </message>
    <message>
        <source>--param: %1 is given twice</source>
        <translation>--param: %1 указан дважды</translation>
    </message>
    <message>
        <source>--page-size: “%1” is not a4 or letter</source>
        <translation>--page-size: «%1» — не a4 и не letter</translation>
    </message>
    <message>
        <source>--orientation: “%1” is not portrait or landscape</source>
        <translation>--orientation: «%1» — не portrait и не landscape</translation>
    </message>
    <message>
        <source>unknown report “%1” (see crm-cli report list)</source>
        <translation>неизвестный отчёт «%1» (см. crm-cli report list)</translation>
    </message>
    <message>
        <source>--param: %1</source>
        <translation>--param: %1</translation>
    </message>
    <message>
        <source>PDF output needs the graphics library; run crm-cli with --format pdf as its own command</source>
        <translation>для вывода в PDF нужна графическая библиотека; запустите crm-cli с --format pdf отдельной командой</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Отчёт записан в %1.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Rows: %1 · written to %2</source>
        <translation>Строк: %1 · записано в %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::SearchCommand</name>
    <message>
        <source>search: the query is empty</source>
        <translation>search: пустой запрос</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncCommands</name>
    <message>
        <source>account login: --server and --user are required</source>
        <translation>account login: требуются --server и --user</translation>
    </message>
    <message>
        <source>account login: give the password on standard input with --password-stdin</source>
        <translation>account login: передайте пароль через стандартный ввод с --password-stdin</translation>
    </message>
    <message>
        <source>account login: cannot read the password</source>
        <translation>account login: не удаётся прочитать пароль</translation>
    </message>
    <message>
        <source>account login: the password on standard input is empty</source>
        <translation>account login: пароль на стандартном вводе пуст</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (team %3).</source>
        <translation>Вход на %1 выполнен как %2 (команда %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>sync: %1</source>
        <translation>sync: %1</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>Уже на сервере</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применено</translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation>Новые конфликты</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Чужое</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>conflicts resolve: --keep must be mine, theirs or both, not &quot;%1&quot;</source>
        <translation>conflicts resolve: --keep должен быть mine, theirs или both, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>conflicts resolve: &quot;%1&quot; is not a conflict id</source>
        <translation>conflicts resolve: &quot;%1&quot; не является ID конфликта</translation>
    </message>
    <message>
        <source>Resolved; the choice syncs with the next sync.</source>
        <translation>Разрешено; выбор будет передан при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Запусков</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>crm::cli::TimelineCommand</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID записи</translation>
    </message>
</context>
<context>
    <name>crm::core</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not an iCalendar content line</source>
        <translation>«%1» не является строкой содержимого iCalendar</translation>
    </message>
    <message>
        <source>a parameter of %1 has no value</source>
        <translation>у параметра %1 нет значения</translation>
    </message>
    <message>
        <source>a quoted parameter of %1 is not closed</source>
        <translation>параметр %1 в кавычках не закрыт</translation>
    </message>
    <message>
        <source>%1 has no value (no “:”)</source>
        <translation>у %1 нет значения (нет «:»)</translation>
    </message>
    <message>
        <source>a continuation line comes before any property</source>
        <translation>строка продолжения стоит перед каким-либо свойством</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>строка длиннее %1 байт</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>текст не в кодировке UTF-8</translation>
    </message>
    <message>
        <source>BEGIN without a component name</source>
        <translation>BEGIN без имени компонента</translation>
    </message>
    <message>
        <source>%1 outside a VCALENDAR</source>
        <translation>%1 вне VCALENDAR</translation>
    </message>
    <message>
        <source>components nest too deep</source>
        <translation>слишком глубокая вложенность компонентов</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 без соответствующего BEGIN</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 (begun on line %3) was expected</source>
        <translation>END:%1 там, где ожидался END:%2 (начат в строке %3)</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never ended (the file ends early)</source>
        <translation>BEGIN:%1 не завершён (файл обрывается)</translation>
    </message>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>не файл iCalendar (нет BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date</source>
        <translation>«%1» в %2 не является датой</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date-time</source>
        <translation>«%1» в %2 не является датой и временем</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>the UID of %1 is longer than 1000 characters</source>
        <translation>UID в %1 длиннее 1000 символов</translation>
    </message>
    <message>
        <source>(task without a title)</source>
        <translation>(задача без названия)</translation>
    </message>
    <message>
        <source>(event without a title)</source>
        <translation>(событие без названия)</translation>
    </message>
    <message>
        <source>PRIORITY is a number from 0 to 9, not “%1”</source>
        <translation>PRIORITY — число от 0 до 9, а не «%1»</translation>
    </message>
    <message>
        <source>the VEVENT has no DTSTART</source>
        <translation>у VEVENT нет DTSTART</translation>
    </message>
    <message>
        <source>“%1” is not a duration</source>
        <translation>«%1» не является длительностью</translation>
    </message>
    <message>
        <source>the %1 ends before it starts</source>
        <translation>%1 заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>the VALARM has no TRIGGER</source>
        <translation>у VALARM нет TRIGGER</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>у сделки должно быть название</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>«%1» не является кодом валюты; используйте, например, EUR, USD или PLN</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>сумма не может быть отрицательной</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100, not %1</source>
        <translation>вероятность должна быть от 0 до 100, а не %1</translation>
    </message>
    <message>
        <source>visibility must be “team” or “private”, not “%1”</source>
        <translation>видимость должна быть «team» или «private», а не «%1»</translation>
    </message>
    <message>
        <source>the contact %1 is on the deal twice</source>
        <translation>контакт %1 указан в сделке дважды</translation>
    </message>
    <message>
        <source>there is no pipeline with an open stage</source>
        <translation>нет воронки с открытым этапом</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>нет компании с ID %1</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>нет контакта с ID %1</translation>
    </message>
    <message>
        <source>no deal with id %1</source>
        <translation>нет сделки с ID %1</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>у этапа должно быть название</translation>
    </message>
    <message>
        <source>“stale after” must be a number of days above 0, not %1</source>
        <translation>«зависает через» должно быть числом дней больше 0, а не %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Личное</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Вероятность %</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>crm::core::Activity</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Визит к клиенту</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>crm::core::AgendaModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
</context>
<context>
    <name>crm::core::BoardModel</name>
    <message>
        <source>Stale: in %1 for %2 days, longer than its limit of %3</source>
        <translation type="vanished">Зависла: на этапе «%1» уже %2 дн., дольше лимита в %3</translation>
    </message>
    <message>
        <source>Stale: no activity for %1 days, longer than the stage&apos;s limit of %2</source>
        <translation type="vanished">Зависла: нет дел %1 дн., дольше лимита этапа в %2</translation>
    </message>
    <message>
        <source>Stale: no activity since it was opened %1 days ago, longer than the stage&apos;s limit of %2</source>
        <translation type="vanished">Зависла: нет дел с момента открытия %1 дн. назад, дольше лимита этапа в %2</translation>
    </message>
    <message>
        <source>Deals: %1; weighted: %2</source>
        <translation>Сделки: %1; взвешенная сумма: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Дней на этом этапе: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::BulkEdit</name>
    <message>
        <source>a tag needs a name</source>
        <translation>метке нужно имя</translation>
    </message>
    <message>
        <source>the tag is too long</source>
        <translation>метка слишком длинная</translation>
    </message>
    <message>
        <source>no such field of %1; the fields are: %2</source>
        <translation>у %1 нет такого поля; поля: %2</translation>
    </message>
    <message>
        <source>the value is too long</source>
        <translation>значение слишком длинное</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» нет среди: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100, not %1</source>
        <translation>вероятность должна быть от 0 до 100, а не %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>«%1» — не веб-адрес</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>«%1» не является номером телефона</translation>
    </message>
    <message>
        <source>there is no company named “%1”</source>
        <translation>нет компании с названием «%1»</translation>
    </message>
    <message>
        <source>there is no stage named “%1”</source>
        <translation>нет этапа с названием «%1»</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost: mark deals lost one at a time</source>
        <translation>для проигранной сделки нужна причина проигрыша: отмечайте сделки проигранными по одной</translation>
    </message>
    <message>
        <source>“%1” is not a currency code</source>
        <translation>«%1» не является кодом валюты</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1: значение обязательно</translation>
    </message>
    <message>
        <source>undoing the finished part failed: %1</source>
        <translation>не удалось отменить выполненную часть: %1</translation>
    </message>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>отменено: ничего не изменено</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Добавить метку «%1»</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Убрать метку «%1»</translation>
    </message>
    <message>
        <source>Clear the owner</source>
        <translation>Очистить владельца</translation>
    </message>
    <message>
        <source>Change owner to %1</source>
        <translation>Сменить владельца на %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Очистить: %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Задать %1 = %2</translation>
    </message>
    <message>
        <source>The list changed while the rows were selected; select them again.</source>
        <translation>Список изменился, пока строки были выбраны; выберите их снова.</translation>
    </message>
    <message>
        <source>bulk edit %1 is not undone; there is nothing to redo</source>
        <translation>массовое редактирование %1 не отменено; повторять нечего</translation>
    </message>
    <message>
        <source>bulk edit %1 was undone already</source>
        <translation>массовое редактирование %1 уже отменено</translation>
    </message>
    <message>
        <source>there is no bulk edit %1</source>
        <translation>массового редактирования %1 нет</translation>
    </message>
</context>
<context>
    <name>crm::core::CalendarService</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: не удаётся прочитать файл: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: файл больше %2 МБ</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: не удаётся записать файл: %2</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>импорт отменён; ничего не импортировано</translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>экспорт отменён; файл не записан</translation>
    </message>
</context>
<context>
    <name>crm::core::CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactPhotos</name>
    <message>
        <source>the photo is %1 KB; at most %2 KB are kept</source>
        <translation>фото %1 КБ; хранится не больше %2 КБ</translation>
    </message>
    <message>
        <source>the photo is not a JPEG, PNG, GIF or WebP image</source>
        <translation>фото — не изображение JPEG, PNG, GIF или WebP</translation>
    </message>
</context>
<context>
    <name>crm::core::CustomField</name>
    <message>
        <source>one line only</source>
        <translation>только одна строка</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <source>“%1” is not an amount with a currency, like 1250.50 EUR</source>
        <translation>«%1» — не сумма с валютой, например 1250.50 EUR</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>«%1» — не «да» и не «нет»</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» нет среди: %2</translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…)</source>
        <translation>«%1» — не веб-адрес (https://…)</translation>
    </message>
    <message>
        <source>there is no custom field “%1”</source>
        <translation>нет дополнительного поля «%1»</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>значение обязательно</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>crm::core::CustomFieldRepository</name>
    <message>
        <source>%1 have no custom field “%2”</source>
        <translation>%1: нет дополнительного поля «%2»</translation>
    </message>
    <message>
        <source>“%1” is not a key: use lower-case letters, digits and _, starting with a letter (at most 40)</source>
        <translation>«%1» — не ключ: используйте строчные буквы, цифры и _, начиная с буквы (не более 40)</translation>
    </message>
    <message>
        <source>a field needs a label</source>
        <translation>полю нужна подпись</translation>
    </message>
    <message>
        <source>a choice field needs at least one choice</source>
        <translation>полю выбора нужен хотя бы один вариант</translation>
    </message>
    <message>
        <source>“%1” is not a choice (empty, or with ;)</source>
        <translation>«%1» — не вариант (пусто или с ;)</translation>
    </message>
    <message>
        <source>the choice “%1” is listed twice</source>
        <translation>вариант «%1» указан дважды</translation>
    </message>
    <message>
        <source>%1 already have a field “%2”</source>
        <translation>%1: поле «%2» уже есть</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>нет такого дополнительного поля</translation>
    </message>
    <message>
        <source>%1 records have a value in “%2”: its type cannot change</source>
        <translation>записей со значением в «%2»: %1; его тип нельзя изменить</translation>
    </message>
    <message>
        <source>the search refresh was stopped</source>
        <translation>обновление поиска остановлено</translation>
    </message>
</context>
<context>
    <name>crm::core::DealListModel</name>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>crm::core::DealRepository</name>
    <message>
        <source>the stage %1 was deleted</source>
        <translation>этап %1 удалён</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost</source>
        <translation>для проигранной сделки нужна причина проигрыша</translation>
    </message>
    <message>
        <source>the deal “%1” is deleted</source>
        <translation>сделка «%1» удалена</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost; mark it lost with a reason</source>
        <translation>для проигранной сделки нужна причина проигрыша; отметьте её как проигранную, указав причину</translation>
    </message>
</context>
<context>
    <name>crm::core::DealStaleness</name>
    <message>
        <source>Stale: in %1 for %2 days, longer than its limit of %3</source>
        <translation>Зависла: на этапе %1 дней: %2, дольше предела %3</translation>
    </message>
    <message>
        <source>Stale: no activity for %1 days, longer than the stage&apos;s limit of %2</source>
        <translation>Зависла: дней без дел: %1, дольше предела этапа %2</translation>
    </message>
    <message>
        <source>Stale: no activity since it was opened %1 days ago, longer than the stage&apos;s limit of %2</source>
        <translation>Зависла: нет дел с открытия, дней назад: %1, дольше предела этапа %2</translation>
    </message>
</context>
<context>
    <name>crm::core::ICalendar</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>файл больше %1 МБ</translation>
    </message>
</context>
<context>
    <name>crm::core::LeadConversion</name>
    <message>
        <source>the contact %1 is deleted</source>
        <translation>контакт %1 удалён</translation>
    </message>
    <message>
        <source>%1 is not a lead; only leads are converted</source>
        <translation>%1 не является лидом; конвертировать можно только лиды</translation>
    </message>
    <message>
        <source>%1 has no company; give the company&apos;s name</source>
        <translation>у %1 нет компании; укажите название компании</translation>
    </message>
    <message>
        <source>the company %1 is deleted</source>
        <translation>компания %1 удалена</translation>
    </message>
    <message>
        <source>%1 is not a contact of %2</source>
        <translation>%1 не является контактом компании %2</translation>
    </message>
    <message>
        <source>give the name of the person at %1 the deal is with</source>
        <translation>укажите имя человека из %1, с которым заключается сделка</translation>
    </message>
</context>
<context>
    <name>crm::core::Lifecycle</name>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Бывший клиент</translation>
    </message>
</context>
<context>
    <name>crm::core::ListFilter</name>
    <message>
        <source>“%1:” needs a value, e.g. %1:something</source>
        <translation>«%1:» нужно значение, например %1:что-то</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use lead, prospect, customer or former</source>
        <translation>Неизвестный статус «%1»: используйте lead, prospect, customer или former</translation>
    </message>
    <message>
        <source>No tag is named “%1”</source>
        <translation>Нет метки с именем «%1»</translation>
    </message>
    <message>
        <source>Unknown field “%1”. Fields: %2</source>
        <translation>Неизвестное поле «%1». Поля: %2</translation>
    </message>
    <message>
        <source>Unknown stage “%1”: use %2</source>
        <translation>Неизвестный этап «%1»: используйте %2</translation>
    </message>
    <message>
        <source>Unknown pipeline “%1”: use %2</source>
        <translation>Неизвестная воронка «%1»: используйте %2</translation>
    </message>
    <message>
        <source>Unknown currency “%1”: use a code such as EUR</source>
        <translation>Неизвестная валюта «%1»: используйте код, например EUR</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use open, won or lost</source>
        <translation>Неизвестный статус «%1»: используйте open, won или lost</translation>
    </message>
</context>
<context>
    <name>crm::core::Money</name>
    <message>
        <source>“%1” is not an amount; write it like 1250 or 1250.50</source>
        <translation>«%1» не является суммой; пишите, например, 1250 или 1250.50</translation>
    </message>
    <message>
        <source>%1 has no minor units; write “%2” without decimals</source>
        <translation>у %1 нет дробных единиц; пишите «%2» без десятичных знаков</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places; “%3” has more</source>
        <translation>у %1 %2 знака после запятой; в «%3» их больше</translation>
    </message>
    <message>
        <source>the amount “%1” is too large</source>
        <translation>сумма «%1» слишком велика</translation>
    </message>
</context>
<context>
    <name>crm::core::Pipeline</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирована</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Предложение отправлено</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
</context>
<context>
    <name>crm::core::PipelineRepository</name>
    <message>
        <source>no pipeline with id %1</source>
        <translation>нет воронки с ID %1</translation>
    </message>
    <message>
        <source>no stage with id %1</source>
        <translation>нет этапа с ID %1</translation>
    </message>
    <message>
        <source>no pipeline “%1”; there are: %2</source>
        <translation>нет воронки «%1»; есть: %2</translation>
    </message>
    <message>
        <source>no stage “%1” in the pipeline %2; its stages are: %3</source>
        <translation>в воронке %2 нет этапа «%1»; её этапы: %3</translation>
    </message>
    <message>
        <source>the pipeline %1 has no won stage</source>
        <translation>в воронке %1 нет этапа выигрыша</translation>
    </message>
    <message>
        <source>the pipeline %1 has no lost stage</source>
        <translation>в воронке %1 нет этапа проигрыша</translation>
    </message>
    <message>
        <source>a pipeline needs a name</source>
        <translation>у воронки должно быть название</translation>
    </message>
    <message>
        <source>the pipeline already has a %1 stage (%2)</source>
        <translation>в воронке уже есть этап %1 (%2)</translation>
    </message>
    <message>
        <source>deals in this stage: %1; move them first</source>
        <translation type="vanished">сделок на этом этапе: %1; сначала переместите их</translation>
    </message>
    <message>
        <source>a stage keeps its outcome: every pipeline has exactly one won and one lost stage</source>
        <translation>этап сохраняет свой итог: в каждой воронке ровно один этап выигрыша и один этап проигрыша</translation>
    </message>
    <message>
        <source>the %1 stage stays: every pipeline has exactly one won and one lost stage</source>
        <translation>этап %1 остаётся: в каждой воронке ровно один этап выигрыша и один этап проигрыша</translation>
    </message>
    <message>
        <source>the %1 stage is the pipeline&apos;s last open stage</source>
        <translation>этап %1 — последний открытый этап воронки</translation>
    </message>
    <message>
        <source>deals in this stage: %1; choose the stage they move to</source>
        <translation>сделок на этом этапе: %1; выберите этап, куда их перенести</translation>
    </message>
    <message>
        <source>the deals can only move to another open stage of the pipeline %1</source>
        <translation>сделки можно перенести только на другой открытый этап воронки %1</translation>
    </message>
    <message>
        <source>a new order must name every stage of the pipeline %1 once</source>
        <translation>новый порядок должен назвать каждый этап воронки %1 один раз</translation>
    </message>
    <message>
        <source>there is no pipeline</source>
        <translation>нет ни одной воронки</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>%1 is the last pipeline; add another one first</source>
        <translation>%1 — последняя воронка; сначала добавьте другую</translation>
    </message>
    <message>
        <source>deals in this pipeline: %1; choose the pipeline they move to</source>
        <translation>сделок в этой воронке: %1; выберите воронку, куда их перенести</translation>
    </message>
    <message>
        <source>the deals can only move to another pipeline</source>
        <translation>сделки можно перенести только в другую воронку</translation>
    </message>
    <message>
        <source>the pipeline %1 has no stage for these deals</source>
        <translation>в воронке %1 нет этапа для этих сделок</translation>
    </message>
</context>
<context>
    <name>crm::core::Preferences</name>
    <message>
        <source>“%1” is not a region code such as LV, EE or PL</source>
        <translation>«%1» не является кодом региона, например LV, EE или PL</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR, USD or PLN</source>
        <translation>«%1» не является кодом валюты, например EUR, USD или PLN</translation>
    </message>
</context>
<context>
    <name>crm::core::Reader</name>
    <message>
        <source>Inbound</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Deal opened: %1</source>
        <translation>Сделка открыта: %1</translation>
    </message>
    <message>
        <source>Deal won: %1</source>
        <translation>Сделка выиграна: %1</translation>
    </message>
    <message>
        <source>Deal lost: %1</source>
        <translation>Сделка проиграна: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Deal moved: %1</source>
        <translation>Сделка перемещена: %1</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Личное</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Контакт создан</translation>
    </message>
    <message>
        <source>Company created</source>
        <translation>Компания создана</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Запись создана</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1: добавлено</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1: удалено</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1: изменено</translation>
    </message>
</context>
<context>
    <name>crm::core::ReminderEngine</name>
    <message>
        <source>give the time to snooze until</source>
        <translation>укажите, до какого времени отложить</translation>
    </message>
</context>
<context>
    <name>crm::core::Reports</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>больше</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>одно из</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>не пусто</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>в периоде</translation>
    </message>
    <message>
        <source>is in the past</source>
        <translation>в прошлом</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Бывший клиент</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Воронка по этапам</translation>
    </message>
    <message>
        <source>Open deals per pipeline and stage: how many, their total and their weighted amount, per currency.</source>
        <translation>Открытые сделки по воронкам и этапам: количество, общая и взвешенная сумма в каждой валюте.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Sales forecast</source>
        <translation>Прогноз продаж</translation>
    </message>
    <message>
        <source>Open deals by the month they are expected to close, weighted by their probability.</source>
        <translation>Открытые сделки по месяцу ожидаемого закрытия, взвешенные по вероятности.</translation>
    </message>
    <message>
        <source>Won and lost deals</source>
        <translation>Выигранные и проигранные сделки</translation>
    </message>
    <message>
        <source>Deals closed in the period, won or lost, with the reasons they were lost.</source>
        <translation>Сделки, закрытые за период, выигранные или проигранные, с причинами проигрыша.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Activity per owner</source>
        <translation>Дела по владельцам</translation>
    </message>
    <message>
        <source>Calls, meetings, visits, tasks, notes and e-mails per owner and kind: how many, how many done.</source>
        <translation>Звонки, встречи, визиты, задачи, заметки и письма по владельцам и типам: сколько всего и сколько выполнено.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Lead source effectiveness</source>
        <translation>Эффективность источников лидов</translation>
    </message>
    <message>
        <source>Per source: the leads it brought, how many were qualified, their deals and the value won.</source>
        <translation>По каждому источнику: привлечённые лиды, сколько квалифицировано, их сделки и выигранная сумма.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицировано</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Выигранная сумма</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Companies that bought from us: when we last spoke to them and what they bought in all.</source>
        <translation>Компании, которые у нас покупали: когда мы последний раз с ними общались и на какую сумму они купили всего.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>Open tasks past their due time, the oldest first.</source>
        <translation>Открытые задачи с истёкшим сроком, сначала самые старые.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Month created</source>
        <translation>Месяц создания</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Lifetime won value</source>
        <translation>Выиграно за всё время</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Вероятность %</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Месяц закрытия</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>На этапе с</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
</context>
<context>
    <name>crm::core::TagRepository</name>
    <message>
        <source>a tag needs a name</source>
        <translation>метке нужно имя</translation>
    </message>
    <message>
        <source>there is a tag “%1” already; merge the two instead</source>
        <translation>метка «%1» уже есть; лучше объедините их</translation>
    </message>
    <message>
        <source>“%1” is not a colour like #1976d2</source>
        <translation>«%1» — не цвет вида #1976d2</translation>
    </message>
</context>
<context>
    <name>crm::core::Timeline</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Визит к клиенту</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Deal opened</source>
        <translation>Сделка открыта</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Этап изменён</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>Поле изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
</context>
<context>
    <name>crm::core::TimelineModel</name>
    <message>
        <source>Today %1</source>
        <translation>Сегодня %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Вчера %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Завтра %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>crm::core::TimelineRepository</name>
    <message>
        <source>no contact, company or deal with this id</source>
        <translation>нет контакта, компании или сделки с таким ID</translation>
    </message>
</context>
<context>
    <name>crm::core::Validation</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>«%1» — не дата; введите её в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>дня %1 нет в календаре</translation>
    </message>
    <message>
        <source>a birthday must lie between 1900 and today</source>
        <translation>дата рождения должна быть между 1900 годом и сегодняшним днём</translation>
    </message>
    <message>
        <source>a contact needs a first or a last name</source>
        <translation>у контакта должно быть имя или фамилия</translation>
    </message>
    <message>
        <source>the first name is too long</source>
        <translation>имя слишком длинное</translation>
    </message>
    <message>
        <source>the last name is too long</source>
        <translation>фамилия слишком длинная</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>«%1» — неверный адрес электронной почты</translation>
    </message>
    <message>
        <source>unknown label “%1”</source>
        <translation>неизвестный тип «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>«%1» — не номер телефона</translation>
    </message>
    <message>
        <source>visibility is “team” or “private”</source>
        <translation>видимость может быть только «team» или «private»</translation>
    </message>
    <message>
        <source>a company needs a name</source>
        <translation>у компании должно быть название</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>название слишком длинное</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>«%1» — не веб-адрес</translation>
    </message>
    <message>
        <source>give the activity a subject</source>
        <translation>укажите тему дела</translation>
    </message>
    <message>
        <source>the subject is longer than 500 characters</source>
        <translation>тема длиннее 500 символов</translation>
    </message>
    <message>
        <source>a meeting or visit needs a start time</source>
        <translation>для встречи или визита нужно время начала</translation>
    </message>
    <message>
        <source>an end time needs a start time</source>
        <translation>для времени окончания нужно время начала</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>окончание раньше начала</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone</source>
        <translation>«%1» не является известным часовым поясом</translation>
    </message>
    <message>
        <source>the direction is inbound or outbound, not “%1”</source>
        <translation>направление — inbound или outbound, а не «%1»</translation>
    </message>
    <message>
        <source>the duration cannot be negative</source>
        <translation>длительность не может быть отрицательной</translation>
    </message>
    <message>
        <source>the priority is a number from 0 to 9</source>
        <translation>приоритет — число от 0 до 9</translation>
    </message>
    <message>
        <source>a reminder needs a start or a due time</source>
        <translation>для напоминания нужно время начала или срок</translation>
    </message>
    <message>
        <source>a reminder is between 0 minutes and a year ahead</source>
        <translation>напоминание возможно от 0 минут до года вперёд</translation>
    </message>
    <message>
        <source>the visibility is team or private, not “%1”</source>
        <translation>видимость — team или private, а не «%1»</translation>
    </message>
    <message>
        <source>an attendee needs a contact, a name or an e-mail</source>
        <translation>для участника нужен контакт, имя или эл. почта</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» не является адресом эл. почты</translation>
    </message>
    <message>
        <source>give the new date and time</source>
        <translation>укажите новые дату и время</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Новые контакты</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Новые лиды</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Проигранные сделки</translation>
    </message>
    <message>
        <source>Deals closed</source>
        <translation>Закрытые сделки</translation>
    </message>
    <message>
        <source>Deals won (sales cycle)</source>
        <translation>Выигранные сделки (цикл продажи)</translation>
    </message>
    <message>
        <source>Open deals · %1</source>
        <translation>Открытые сделки · %1</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Выполнено: %1</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Выполненные дела</translation>
    </message>
    <message>
        <source>Won from %1</source>
        <translation>Выиграно у %1</translation>
    </message>
    <message>
        <source>Deals won · %1</source>
        <translation>Выигранные сделки · %1</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard::DashboardPeriod</name>
    <message>
        <source>the dashboard needs a period with a start, not “%1”</source>
        <translation>главному экрану нужен период с началом, а не «%1»</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard::DashboardService</name>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Зависшие сделки</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup</name>
    <message>
        <source>a merge needs at least two records</source>
        <translation>для объединения нужны хотя бы две записи</translation>
    </message>
    <message>
        <source>a record is named twice in the merge</source>
        <translation>запись указана в объединении дважды</translation>
    </message>
    <message>
        <source>the record to keep (%1) is not one of the merged records</source>
        <translation>оставляемая запись (%1) не входит в объединяемые</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>неизвестное поле %1</translation>
    </message>
    <message>
        <source>field %1: record %2 is not one of the merged records</source>
        <translation>поле %1: запись %2 не входит в объединяемые</translation>
    </message>
    <message>
        <source>no record with id %1</source>
        <translation>нет записи с id %1</translation>
    </message>
    <message>
        <source>record %1 is deleted</source>
        <translation>запись %1 удалена</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::DuplicateFinder</name>
    <message>
        <source>a pair needs two different records</source>
        <translation>для пары нужны две разные записи</translation>
    </message>
    <message>
        <source>contacts are being imported; look for duplicates again when the import has finished</source>
        <translation>идёт импорт контактов; повторите поиск дубликатов, когда импорт завершится</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::MergeService</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>no merge with id %1</source>
        <translation>нет объединения с id %1</translation>
    </message>
    <message>
        <source>merge %1 was already undone</source>
        <translation>объединение %1 уже отменено</translation>
    </message>
    <message>
        <source>%1 was changed after the merge and keeps its new value</source>
        <translation>%1 изменено после объединения и сохраняет новое значение</translation>
    </message>
    <message>
        <source>cannot unmerge: the record kept by the merge no longer exists</source>
        <translation>невозможно разъединить: запись, оставленная при объединении, больше не существует</translation>
    </message>
    <message>
        <source>cannot unmerge: %1, the record kept by the merge, was deleted after it; restore it first</source>
        <translation>невозможно разъединить: %1, запись, оставленная при объединении, была удалена после него; сначала восстановите её</translation>
    </message>
    <message>
        <source>the activity “%1” was deleted after the merge</source>
        <translation>дело «%1» удалено после объединения</translation>
    </message>
    <message>
        <source>the activity “%1” was linked elsewhere after the merge</source>
        <translation>дело «%1» после объединения привязано к другой записи</translation>
    </message>
    <message>
        <source>the deal “%1” was deleted after the merge</source>
        <translation>сделка «%1» удалена после объединения</translation>
    </message>
    <message>
        <source>the deal “%1” was moved to another company after the merge</source>
        <translation>сделка «%1» перенесена в другую компанию после объединения</translation>
    </message>
    <message>
        <source>the deal “%1” no longer has the contact after the merge</source>
        <translation>у сделки «%1» после объединения больше нет этого контакта</translation>
    </message>
    <message>
        <source>the contact %1 was deleted after the merge</source>
        <translation>контакт %1 удалён после объединения</translation>
    </message>
    <message>
        <source>the contact %1 was moved to another company after the merge</source>
        <translation>контакт %1 перенесён в другую компанию после объединения</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::Scan</name>
    <message>
        <source>same website domain %1</source>
        <translation>тот же домен сайта %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>тот же телефон %1</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>то же имя: %1</translation>
    </message>
    <message>
        <source>the search for duplicates was cancelled</source>
        <translation>поиск дубликатов отменён</translation>
    </message>
</context>
<context>
    <name>crm::core::import</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>неизвестная кодировка «%1»</translation>
    </message>
    <message>
        <source>not a text file (binary data at byte %1)</source>
        <translation>не текстовый файл (двоичные данные в байте %1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>line %1: there is no custom field “%2” for contacts; its value “%3” is skipped</source>
        <translation>строка %1: у контактов нет дополнительного поля «%2»; его значение «%3» пропущено</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ColumnMapping</name>
    <message>
        <source>(do not import)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>Эл. почта (рабочая)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>Эл. почта (домашняя)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>Эл. почта (другая)</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Тип эл. почты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Телефон (рабочий)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Телефон (мобильный)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Телефон (домашний)</translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation>Телефон (другой)</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Тип телефона</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD, DD.MM.YYYY or MM/DD/YYYY)</source>
        <translation>«%1» не является датой (ожидается ГГГГ-ММ-ДД, ДД.ММ.ГГГГ или ММ/ДД/ГГГГ)</translation>
    </message>
    <message>
        <source>“%1” is not a status (lead, prospect, customer or former)</source>
        <translation>«%1» не является статусом (lead, prospect, customer или former)</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ContactImporter</name>
    <message>
        <source>%1: no column is mapped to a contact field (headers: %2)</source>
        <translation>%1: ни один столбец не сопоставлен с полем контакта (заголовки: %2)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>импорт отменён</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>%1; undoing the partial import %2 failed: %3</source>
        <translation>%1; не удалось откатить частичный импорт %2: %3</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing of it was kept</source>
        <translation>импорт отменён; ничего из него не сохранено</translation>
    </message>
    <message>
        <source>the import has no preview</source>
        <translation>у импорта нет предварительного просмотра</translation>
    </message>
</context>
<context>
    <name>crm::core::import::Evidence</name>
    <message>
        <source>same e-mail %1</source>
        <translation type="vanished">тот же адрес эл. почты %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="vanished">тот же телефон %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="vanished">то же имя</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="vanished">похожее имя</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ImportBatches</name>
    <message>
        <source>no import with number %1</source>
        <translation>нет импорта с номером %1</translation>
    </message>
    <message>
        <source>import %1 was already undone</source>
        <translation>импорт %1 уже откачен</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <source>import %1 cannot be undone: records were changed after it: %2</source>
        <translation>импорт %1 нельзя откатить: после него записи были изменены: %2</translation>
    </message>
    <message>
        <source>the undo was stopped</source>
        <translation>откат остановлен</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ImportSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>the file is too large for a vCard file</source>
        <translation>файл слишком велик для файла vCard</translation>
    </message>
    <message>
        <source>bytes that are not valid %1 text</source>
        <translation>байты, не являющиеся допустимым текстом %1</translation>
    </message>
    <message>
        <source>line %1: %2; skipped</source>
        <translation>строка %1: %2; пропущено</translation>
    </message>
</context>
<context>
    <name>crm::core::import::MatchEvidence</name>
    <message>
        <source>same e-mail %1</source>
        <translation>тот же e-mail %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>тот же телефон %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>похожее имя</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>то же имя: %1</translation>
    </message>
    <message>
        <source>similar names: %1 / %2 %3</source>
        <translation>похожие имена: %1 / %2 %3</translation>
    </message>
    <message>
        <source>but different e-mails or phones</source>
        <translation>но разные e-mail или телефоны</translation>
    </message>
    <message>
        <source>an office&apos;s address</source>
        <translation>адрес офиса</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>тот же день рождения</translation>
    </message>
    <message>
        <source>but different first names</source>
        <translation>но разные имена</translation>
    </message>
    <message>
        <source>but different birthdays</source>
        <translation>но разные дни рождения</translation>
    </message>
    <message>
        <source>but different places</source>
        <translation>но разные места</translation>
    </message>
</context>
<context>
    <name>crm::core::io</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mail %1 - Label</source>
        <translation>Эл. почта %1 - Тип</translation>
    </message>
    <message>
        <source>E-mail %1 - Value</source>
        <translation>Эл. почта %1 - Значение</translation>
    </message>
    <message>
        <source>Phone %1 - Label</source>
        <translation>Телефон %1 - Тип</translation>
    </message>
    <message>
        <source>Phone %1 - Value</source>
        <translation>Телефон %1 - Значение</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>не удаётся записать файл: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>экспорт отменён</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a property (NAME:value)</source>
        <translation>«%1» не является свойством (ИМЯ:значение)</translation>
    </message>
    <message>
        <source>line %1: the photo is not valid base64; skipped</source>
        <translation>строка %1: фото не в корректном base64; пропущено</translation>
    </message>
    <message>
        <source>line %1: the photo is not a base64 data URI; skipped</source>
        <translation>строка %1: фото не является data URI в base64; пропущено</translation>
    </message>
    <message>
        <source>line %1: birthday “%2” is not a date; skipped</source>
        <translation>строка %1: день рождения «%2» не является датой; пропущено</translation>
    </message>
    <message>
        <source>a vCard begins inside the one that begins on line %1</source>
        <translation>vCard начинается внутри другой, начатой в строке %1</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD без BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside a vCard (BEGIN:VCARD … END:VCARD): “%1”</source>
        <translation>текст вне vCard (BEGIN:VCARD … END:VCARD): «%1»</translation>
    </message>
    <message>
        <source>the vCard that begins here does not end (END:VCARD is missing)</source>
        <translation>vCard, начинающаяся здесь, не завершена (нет END:VCARD)</translation>
    </message>
    <message>
        <source>no vCard in the file (BEGIN:VCARD is missing)</source>
        <translation>в файле нет vCard (нет BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>line %1: the photo is a link to elsewhere (“%2”), not a picture in the file; skipped</source>
        <translation>строка %1: фото — ссылка на другое место («%2»), а не изображение в файле; пропущено</translation>
    </message>
    <message>
        <source>line %1: %2 without X-KEY (the field it is for); skipped</source>
        <translation>строка %1: %2 без X-KEY (поля, к которому оно относится); пропущено</translation>
    </message>
</context>
<context>
    <name>crm::core::io::CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>больше %1 полей</translation>
    </message>
    <message>
        <source>a quoted field that starts here is not closed</source>
        <translation>поле в кавычках, начинающееся здесь, не закрыто</translation>
    </message>
    <message>
        <source>“%1” after the closing quote of a field (a quote inside a field is written &quot;&quot;)</source>
        <translation>«%1» после закрывающей кавычки поля (кавычка внутри поля записывается как &quot;&quot;)</translation>
    </message>
    <message>
        <source>a field longer than %1 characters</source>
        <translation>поле длиннее %1 символов</translation>
    </message>
</context>
<context>
    <name>crm::core::io::CsvWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>не удаётся записать файл: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::reports</name>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>filter groups nest too deep (at most 8 levels)</source>
        <translation>слишком глубокая вложенность групп фильтров (не более 8 уровней)</translation>
    </message>
    <message>
        <source>“%1” is not all or any</source>
        <translation>«%1» — не all и не any</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>должно быть массивом</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must be a string, a number or a list</source>
        <translation>должно быть строкой, числом или списком</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2</source>
        <translation>неизвестное поле «%1» у %2</translation>
    </message>
    <message>
        <source>“%1” does not apply to %2 (use %3)</source>
        <translation>«%1» не применяется к %2 (используйте %3)</translation>
    </message>
    <message>
        <source>no parameter named “%1”</source>
        <translation>нет параметра с именем «%1»</translation>
    </message>
    <message>
        <source>must be a list for “in”</source>
        <translation>для «in» должен быть список</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>saved report %1: %2</source>
        <translation>сохранённый отчёт %1: %2</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::Compiler</name>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>: “%1” is not a whole number</source>
        <translation>: «%1» не является целым числом</translation>
    </message>
    <message>
        <source>: “%1” is not true or false</source>
        <translation>: «%1» не является true или false</translation>
    </message>
    <message>
        <source>: “%1” is not an amount</source>
        <translation>: «%1» не является суммой</translation>
    </message>
    <message>
        <source>: “%1” is not a date (YYYY-MM-DD)</source>
        <translation>: «%1» не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>: “%1” is not a date</source>
        <translation>: «%1» не является датой</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::Period</name>
    <message>
        <source>a period needs at least one day</source>
        <translation>период должен содержать хотя бы один день</translation>
    </message>
    <message>
        <source>“%1” holds a date that does not exist</source>
        <translation>«%1» содержит несуществующую дату</translation>
    </message>
    <message>
        <source>“%1” ends before it starts</source>
        <translation>«%1» заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>“%1” is not a period; use all, today, this_week, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>«%1» не является периодом; используйте all, today, this_week, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days или ГГГГ-ММ-ДД..ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::PlainFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportDefinition</name>
    <message>
        <source>line %1 (offset %2): %3</source>
        <translation>строка %1 (смещение %2): %3</translation>
    </message>
    <message>
        <source>a report definition must be a JSON object</source>
        <translation>определение отчёта должно быть объектом JSON</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>неподдерживаемая версия %1</translation>
    </message>
    <message>
        <source>“%1” is not contacts, companies, deals or activities</source>
        <translation>«%1» — не contacts, companies, deals или activities</translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation>должно быть массивом имён полей</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>должно быть массивом</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>a report needs a title</source>
        <translation>у отчёта должно быть название</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2</source>
        <translation>неизвестное поле «%1» у %2</translation>
    </message>
    <message>
        <source>a report without groups needs at least one column</source>
        <translation>для отчёта без групп нужен хотя бы один столбец</translation>
    </message>
    <message>
        <source>at most two group fields</source>
        <translation>не более двух полей группировки</translation>
    </message>
    <message>
        <source>“%1” cannot be grouped by</source>
        <translation>по «%1» нельзя группировать</translation>
    </message>
    <message>
        <source>the same field twice</source>
        <translation>одно и то же поле дважды</translation>
    </message>
    <message>
        <source>a grouped report needs at least one figure</source>
        <translation>для отчёта с группировкой нужен хотя бы один показатель</translation>
    </message>
    <message>
        <source>count takes no field</source>
        <translation>count не принимает поле</translation>
    </message>
    <message>
        <source>“%1” is not count, sum or avg</source>
        <translation>«%1» — не count, sum или avg</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» не является числом</translation>
    </message>
    <message>
        <source>amounts in several currencies can be summed, not averaged</source>
        <translation>суммы в разных валютах можно сложить, но нельзя усреднить</translation>
    </message>
    <message>
        <source>amounts in several currencies cannot be sorted</source>
        <translation>суммы в разных валютах нельзя сортировать</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>“%1” is not %2</source>
        <translation>«%1» не является %2</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>«%1» указан дважды</translation>
    </message>
    <message>
        <source>there is no figure %1</source>
        <translation>нет показателя %1</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportEngine</name>
    <message>
        <source>unknown parameter “%1” (this report takes: %2)</source>
        <translation>неизвестный параметр «%1» (этот отчёт принимает: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>параметр %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>parameter %1: “%2” is not a whole number</source>
        <translation>параметр %1: «%2» не является целым числом</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Sum of %1</source>
        <translation>Сумма: %1</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Среднее: %1</translation>
    </message>
    <message>
        <source>running the report “%1”</source>
        <translation>выполнение отчёта «%1»</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>отчёт отменён</translation>
    </message>
    <message>
        <source>Total · %1</source>
        <translation>Итого · %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Промежуточный итог</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportRepository</name>
    <message>
        <source>no saved report %1</source>
        <translation>нет сохранённого отчёта %1</translation>
    </message>
    <message>
        <source>“%1” names more than one report; use its id</source>
        <translation>«%1» соответствует нескольким отчётам; используйте его ID</translation>
    </message>
    <message>
        <source>no report named “%1”</source>
        <translation>нет отчёта с названием «%1»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
</context>
<context>
    <name>crm::ui</name>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No change · was %1</source>
        <translation>Без изменений · было %1</translation>
    </message>
    <message>
        <source>%1 from none before</source>
        <translation>%1 — раньше не было</translation>
    </message>
    <message>
        <source>%1 %2 · was %3</source>
        <translation>%1 %2 · было %3</translation>
    </message>
    <message>
        <source>%1, millions</source>
        <translation>%1, млн</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>%1, тыс.</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Отмена импорта %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Stopping after the current set…</source>
        <translation>Остановка после текущей порции…</translation>
    </message>
    <message>
        <source>Undone: %1 of %2</source>
        <translation>Отменено: %1 из %2</translation>
    </message>
    <message>
        <source>The undo was stopped. What was undone stays undone; undo the import again (File ▸ Import History) to finish it.</source>
        <translation>Отмена остановлена. Отменённое остаётся отменённым; чтобы закончить, отмените импорт ещё раз (Файл ▸ История импорта).</translation>
    </message>
</context>
<context>
    <name>crm::ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Outbound (I called)</source>
        <translation>Исходящий (звонил я)</translation>
    </message>
    <message>
        <source>Inbound (they called)</source>
        <translation>Входящий (звонили мне)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>дозвонился</translation>
    </message>
    <message>
        <source>left a voicemail</source>
        <translation>оставил голосовое сообщение</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>занято</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>неверный номер</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>An address, a room or a video link</source>
        <translation>Адрес, помещение или ссылка на видеозвонок</translation>
    </message>
    <message>
        <source>Type to invite a contact</source>
        <translation>Начните вводить, чтобы пригласить контакт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>В&amp;ыполнено</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <source>At the time</source>
        <translation>В момент начала</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>За %1 мин.</translation>
    </message>
    <message>
        <source>A day before</source>
        <translation>За день</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Те&amp;ма:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Комп&amp;ания:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>&amp;Сделка:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Нача&amp;ло:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>М&amp;есто:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Выполнить до:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>Rem&amp;inder:</source>
        <translation>Напом&amp;инание:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Сведени&amp;я</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Ко&amp;гда:</translation>
    </message>
    <message>
        <source>S&amp;ent:</source>
        <translation>Отправ&amp;лено:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” is not picked from the list</source>
        <translation>«%1» не выбран из списка</translation>
    </message>
    <message>
        <source>New activity “%1”</source>
        <translation>Новое дело «%1»</translation>
    </message>
    <message>
        <source>Edit activity “%1”</source>
        <translation>Изменить дело «%1»</translation>
    </message>
</context>
<context>
    <name>crm::ui::AgendaView</name>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Завтра</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Продолжение</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ежедневник</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Просро&amp;ченные</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>На этой &amp;неделе</translation>
    </message>
    <message>
        <source>Tick the selected activity off (Ctrl+Enter)</source>
        <translation>Отметить выбранное дело как выполненное (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Move the selected activity to the next day (Ctrl+Right; Ctrl+Left: a day back)</source>
        <translation>Перенести выбранное дело на следующий день (Ctrl+Right; Ctrl+Left: на день назад)</translation>
    </message>
    <message>
        <source>Finish the selected activity and add a follow-up task for tomorrow</source>
        <translation>Завершить выбранное дело и добавить задачу-продолжение на завтра</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Перенести на:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Move the selected activity to %1 at the same time (or drag it here)</source>
        <translation>Перенести выбранное дело на %1 в то же время (или перетащите его сюда)</translation>
    </message>
    <message>
        <source>Tick off “%1”</source>
        <translation>Выполнить «%1»</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Открыть заново «%1»</translation>
    </message>
    <message>
        <source>Reschedule “%1”</source>
        <translation>Перенести «%1»</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Продолжение: %1</translation>
    </message>
    <message>
        <source>Follow up “%1”</source>
        <translation>Продолжение «%1»</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditCommand</name>
    <message>
        <source>%1: cancelled, nothing was changed</source>
        <translation>%1: отменено, ничего не изменено</translation>
    </message>
    <message>
        <source>%1 failed, nothing was changed: %2</source>
        <translation>%1 — ошибка, ничего не изменено: %2</translation>
    </message>
    <message>
        <source>%1 · Changed: %2 of %3 — Ctrl+Z to undo</source>
        <translation>%1 · Изменено: %2 из %3 — Ctrl+Z для отмены</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>Отмена: %1…</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Не удалось отменить: %1</translation>
    </message>
    <message>
        <source>Redoing: %1…</source>
        <translation>Повтор: %1…</translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Не удалось повторить: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %1 put back; %n left as they were changed after the bulk edit</source>
        <translation>
            <numerusform>Отменено: возвращено %1; %n запись оставлена как есть, так как изменена после массового редактирования</numerusform>
            <numerusform>Отменено: возвращено %1; %n записи оставлены как есть, так как изменены после массового редактирования</numerusform>
            <numerusform>Отменено: возвращено %1; %n записей оставлено как есть, так как изменены после массового редактирования</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditDialog</name>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>По&amp;ле:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Bulk Edit · %1</source>
        <translation>Массовое редактирование · %1</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Задать поле</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Убрать метку</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Сменить владельца</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The stage&apos;s default</source>
        <translation>По умолчанию для этапа</translation>
    </message>
    <message>
        <source>Type a company&apos;s name; empty: no company</source>
        <translation>Введите название компании; пусто — без компании</translation>
    </message>
    <message>
        <source>The records are deleted; Undo (Ctrl+Z) brings them back.</source>
        <translation>Записи удаляются; отмена (Ctrl+Z) возвращает их.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>1234.50 EUR</source>
        <translation>1234.50 EUR</translation>
    </message>
    <message>
        <source>Empty: clears the field</source>
        <translation>Пусто — очищает поле</translation>
    </message>
    <message>
        <source>Empty: no owner</source>
        <translation>Пусто — без владельца</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditHistoryDialog</name>
    <message>
        <source>Bulk Edit History</source>
        <translation>История массового редактирования</translation>
    </message>
    <message>
        <source>The last %1 bulk edits. Undo puts back each record&apos;s earlier value, also after a restart; a record changed since the bulk edit keeps its newer value.</source>
        <translation>Последние %1 массовых редактирований. Отмена возвращает каждой записи прежнее значение, даже после перезапуска; запись, изменённая после массового редактирования, сохраняет более новое значение.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Undo Bulk Edit</source>
        <translation>&amp;Отменить массовое редактирование</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Undo interrupted</source>
        <translation>Отмена прервана</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прервано</translation>
    </message>
    <message numerus="yes">
        <source>%n left as changed since</source>
        <translation>
            <numerusform>%n запись оставлена: изменена позже</numerusform>
            <numerusform>%n записи оставлены: изменены позже</numerusform>
            <numerusform>%n записей оставлено: изменены позже</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Отменить массовое редактирование</translation>
    </message>
    <message>
        <source>Undo bulk edit %1 (%2): put back the earlier value of each record it changed?</source>
        <translation>Отменить массовое редактирование %1 (%2): вернуть прежнее значение каждой изменённой им записи?</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>Отмена: %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkJob</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>Массовое редактирование</translation>
    </message>
    <message>
        <source>Cancelling: putting back what was changed…</source>
        <translation>Отмена: возвращается то, что было изменено…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Meetings and visits</source>
        <translation>&amp;Встречи и визиты</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>Все &amp;даты</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Экспортировать:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Meetings start and tasks fall due in the chosen days. Calendars that imported an earlier export update their items.</source>
        <translation>Встречи начинаются и сроки задач приходятся на выбранные дни. Календари, импортировавшие прежний экспорт, обновляют свои элементы.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarFileDialog</name>
    <message>
        <source>An iCalendar file (.ics)</source>
        <translation>Файл iCalendar (.ics)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics *.ical *.ifb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Импорт календаря</translation>
    </message>
    <message>
        <source>Choose an .ics file: events become meetings and to-dos tasks; items imported before are updated.</source>
        <translation>Выберите файл .ics: события становятся встречами, to-do — задачами; импортированные ранее элементы обновляются.</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: такого файла нет</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>The file holds no events or to-dos.</source>
        <translation>В файле нет событий или to-do.</translation>
    </message>
    <message>
        <source>New meetings: %1 · New tasks: %2 · Updates: %3</source>
        <translation>Новых встреч: %1 · Новых задач: %2 · Обновлений: %3</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyConversionDialog</name>
    <message>
        <source>Convert lead — %1</source>
        <translation>Конвертировать лид — %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Deal with %1</source>
        <translation>Сделка с %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Конвертировать</translation>
    </message>
    <message>
        <source>The company becomes a prospect with its contact and a new deal; its history stays.</source>
        <translation>Компания становится потенциальным клиентом со своим контактом и новой сделкой; история сохраняется.</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>Ко&amp;нтакт:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Сделка:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Type an amount such as %1</source>
        <translation>Введите сумму, например %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — компания</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>напр., логистика</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Отрасль:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Индекс, &amp;город:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">Ст&amp;рана:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>&amp;Contacts (%L1)</source>
        <translation>&amp;Контакты (%L1)</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>A deal with this company</source>
        <translation>Сделка с этой компанией</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Записать дело…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail with this company</source>
        <translation>Записать звонок, встречу, задачу, заметку или письмо по этой компании</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Через запятую, например VIP, рассылка</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Конвертировать лид…</translation>
    </message>
    <message>
        <source>Turn this lead into a prospect with its contact and a deal, keeping its history</source>
        <translation>Превратить этот лид в потенциального клиента с его контактом и сделкой, сохранив историю</translation>
    </message>
    <message>
        <source>Save the company first, then convert it.</source>
        <translation>Сначала сохраните компанию, затем конвертируйте её.</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictBadgeDelegate</name>
    <message>
        <source>%1
This record has a sync conflict: choose which value stays in the conflicts inbox.</source>
        <translation>%1
У этой записи конфликт синхронизации: выберите в списке конфликтов, какое значение остаётся.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Не удалось прочитать конфликты: %1</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field while apart, you choose here which value stays.</source>
        <translation>Конфликтов нет. Если два человека независимо меняют одно поле, здесь вы выбираете, какое значение останется.</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1. The same field was changed on two devices at once; choose which value stays, and your choice syncs to everyone.</source>
        <translation>Конфликтов для решения: %1. Одно поле изменено на двух устройствах одновременно; выберите, какое значение останется, и выбор синхронизируется у всех.</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Компания %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Контакт %1</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(не найдено)</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Не удалось сохранить выбор: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Keep your side: your change, or your deletion</source>
        <translation>Оставить вашу сторону: ваше изменение или удаление</translation>
    </message>
    <message>
        <source>Put your value back in the field</source>
        <translation>Вернуть в поле ваше значение</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>Keep the other value; yours is dropped</source>
        <translation>Оставить другое значение; ваше отбрасывается</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>Keep both values as two entries</source>
        <translation>Оставить оба значения как две записи</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Открыть запись</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — контакт</translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation>напр., менеджер по продажам</translation>
    </message>
    <message>
        <source>Type to find or add a company</source>
        <translation>Начните вводить, чтобы найти или добавить компанию</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1984-03-27; leave empty if unknown</source>
        <translation>Год-месяц-день, например 1984-03-27; оставьте пустым, если неизвестно</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>напр., выставка, сайт, рекомендация</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Личное</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Через запятую, напр., VIP, рассылка</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Телефоны:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Индекс, &amp;город:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">Ст&amp;рана:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Д&amp;ень рождения:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Исто&amp;чник:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Видим&amp;ость:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="vanished">&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Сведе&amp;ния</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Истори&amp;я</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>There is no company “%1” yet. Create it?</source>
        <translation>Компании «%1» ещё нет. Создать её?</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>A deal with this contact and their company</source>
        <translation>Сделка с этим контактом и его компанией</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Записать дело…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail with this contact</source>
        <translation>Записать звонок, встречу, задачу, заметку или письмо по этому контакту</translation>
    </message>
    <message>
        <source>Log the e-mail?</source>
        <translation type="vanished">Записать письмо?</translation>
    </message>
    <message>
        <source>Log the call?</source>
        <translation type="vanished">Записать звонок?</translation>
    </message>
    <message>
        <source>Log your e-mail to %1 (%2) as an activity?</source>
        <translation type="vanished">Записать ваше письмо для %1 (%2) как дело?</translation>
    </message>
    <message>
        <source>Log your call to %1 (%2) as an activity?</source>
        <translation type="vanished">Записать ваш звонок %1 (%2) как дело?</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation type="vanished">Письмо для %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation type="vanished">Звонок: %1</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Фото:</translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Конвертировать лид…</translation>
    </message>
    <message>
        <source>Turn this lead into a prospect with a company and a deal, keeping its history</source>
        <translation>Превратить этот лид в потенциального клиента с компанией и сделкой, сохранив историю</translation>
    </message>
    <message>
        <source>Save the contact first, then convert it.</source>
        <translation>Сначала сохраните контакт, затем конвертируйте.</translation>
    </message>
    <message>
        <source>Convert lead — %1</source>
        <translation>Конвертировать лид — %1</translation>
    </message>
    <message>
        <source>The company this lead buys for</source>
        <translation>Компания, для которой покупает этот лид</translation>
    </message>
    <message>
        <source>Deal with %1</source>
        <translation>Сделка с %1</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Конвертировать</translation>
    </message>
    <message>
        <source>The contact becomes a prospect at the company, with a new deal; its history stays.</source>
        <translation>Контакт становится потенциальным клиентом в компании с новой сделкой; история сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Сделка:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactLink</name>
    <message>
        <source>Call this number (tel:)</source>
        <translation>Позвонить на этот номер (tel:)</translation>
    </message>
    <message>
        <source>Write to this address (mailto:)</source>
        <translation>Написать на этот адрес (mailto:)</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Открыть веб-сайт в браузере</translation>
    </message>
    <message>
        <source>Log the e-mail?</source>
        <translation>Записать письмо?</translation>
    </message>
    <message>
        <source>Log the call?</source>
        <translation>Записать звонок?</translation>
    </message>
    <message>
        <source>Log your e-mail to %1 (%2) as an activity?</source>
        <translation>Записать ваше письмо для %1 (%2) как дело?</translation>
    </message>
    <message>
        <source>Log your call to %1 (%2) as an activity?</source>
        <translation>Записать ваш звонок %1 (%2) как дело?</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>Письмо для %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Звонок: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactPointList</name>
    <message>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Добавить адрес эл. почты</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation>+371 2000 0000</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Удалить этот адрес</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Удалить этот телефон</translation>
    </message>
    <message>
        <source>Write to this address (mailto:)</source>
        <translation type="vanished">Написать на этот адрес (mailto:)</translation>
    </message>
    <message>
        <source>Call this number (tel:)</source>
        <translation type="vanished">Позвонить на этот номер (tel:)</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldDialog</name>
    <message>
        <source>New field</source>
        <translation>Новое поле</translation>
    </message>
    <message>
        <source>Edit field</source>
        <translation>Изменить поле</translation>
    </message>
    <message>
        <source>How crm-cli, imports and exports name the field; fixed once created</source>
        <translation>Как поле называют crm-cli, импорт и экспорт; после создания не меняется</translation>
    </message>
    <message>
        <source>A value is re&amp;quired</source>
        <translation>Значение &amp;обязательно</translation>
    </message>
    <message>
        <source>One choice per line, in the order to offer them</source>
        <translation>Один вариант в строке, в порядке показа</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Варианты:</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsEditor</name>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Clear: go to the first day (Home) or delete the date</source>
        <translation>Очистить: перейти к первому дню (Home) или удалить дату</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: значение обязательно</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsSettingsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>Дополнительные поля</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsSettingsPage</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Длинный текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Да/нет</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Один вариант</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Несколько вариантов</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>&amp;Fields of:</source>
        <translation>&amp;Поля для:</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down</source>
        <translation>Перетащите, чтобы изменить порядок, или Alt+Up / Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательное</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Ключ: %1</translation>
    </message>
    <message>
        <source>Records with a value in “%1”: %2. The field and its values will be hidden from forms, lists and reports; adding a field with the same key brings them back. Delete it?</source>
        <translation>Записей со значением в «%1»: %2. Поле и его значения будут скрыты из форм, списков и отчётов; поле с тем же ключом вернёт их. Удалить его?</translation>
    </message>
    <message>
        <source>Delete the field “%1”?</source>
        <translation>Удалить поле «%1»?</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Удалить поле</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Updating the search for the field&apos;s records…</source>
        <translation>Обновление поиска по записям поля…</translation>
    </message>
    <message>
        <source>Records updated: %1 of %2</source>
        <translation>Обновлено записей: %1 из %2</translation>
    </message>
    <message>
        <source>Stopping after the current set…</source>
        <translation>Остановка после текущей порции…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Updating the search was stopped: some records may still be found by the field&apos;s earlier values.</source>
        <translation>Обновление поиска остановлено: некоторые записи ещё могут находиться по прежним значениям поля.</translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardView</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;This is your home screen. It fills up as you work: new contacts and leads, your open pipeline, deals won and lost, what you did and what is due today.&lt;/p&gt;&lt;p&gt;Add a contact with &lt;b&gt;Ctrl+N&lt;/b&gt;, a deal with &lt;b&gt;Ctrl+Shift+D&lt;/b&gt; or an activity with &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; — or import your contacts with &lt;b&gt;Ctrl+I&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать&lt;/h2&gt;&lt;p&gt;Это ваш главный экран. Он заполняется по мере работы: новые контакты и лиды, открытые сделки, выигранные и проигранные сделки, что сделано и что нужно сделать сегодня.&lt;/p&gt;&lt;p&gt;Добавьте контакт — &lt;b&gt;Ctrl+N&lt;/b&gt;, сделку — &lt;b&gt;Ctrl+Shift+D&lt;/b&gt;, дело — &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; или импортируйте контакты — &lt;b&gt;Ctrl+I&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Пе&amp;риод</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Вл&amp;аделец</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Новые контакты</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Новые лиды</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Открытая воронка</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Average sales cycle</source>
        <translation>Средний цикл продажи</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Выполнено дел</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>Нажмите, чтобы увидеть записи за этой цифрой</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Double-click a customer to see the deals won</source>
        <translation>Дважды щёлкните клиента, чтобы увидеть выигранные сделки</translation>
    </message>
    <message>
        <source>Top customers by won value</source>
        <translation>Лучшие клиенты по сумме выигранного</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Не удалось вычислить показатели: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Я (%1)</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation>%1 · по сравнению с %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 · click to see the records</source>
        <translation>Предыдущий период (%1): %2 · нажмите, чтобы увидеть записи</translation>
    </message>
    <message>
        <source>Leads among them: %1</source>
        <translation>Из них лидов: %1</translation>
    </message>
    <message>
        <source>Contacts with the status Lead</source>
        <translation>Контакты со статусом «Лид»</translation>
    </message>
    <message>
        <source>Deals: %1 · weighted %2</source>
        <translation>Сделок: %1 · взвешенно %2</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Взвешенно: %1</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Сделок: %1</translation>
    </message>
    <message>
        <source>Deals: %1 · + %2</source>
        <translation>Сделок: %1 · + %2</translation>
    </message>
    <message>
        <source>Open now; compared with the pipeline as it stood at the end of %1 · click to see the deals</source>
        <translation>Открыты сейчас; по сравнению с положением на конец периода %1 · нажмите, чтобы увидеть сделки</translation>
    </message>
    <message>
        <source>Was %1</source>
        <translation>Было %1</translation>
    </message>
    <message>
        <source>No previous data</source>
        <translation>Нет данных за прошлый период</translation>
    </message>
    <message>
        <source>No change · was %1</source>
        <translation>Без изменений · было %1</translation>
    </message>
    <message>
        <source>%1 %2 · was %3</source>
        <translation>%1 %2 · было %3</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>Won %1 of %2 closed</source>
        <translation>Выиграно %1 из %2 закрытых</translation>
    </message>
    <message>
        <source>No deals closed in the period</source>
        <translation>За период нет закрытых сделок</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>Дней: %1</translation>
    </message>
    <message>
        <source>Creation to won · deals: %1</source>
        <translation>От создания до выигрыша · сделок: %1</translation>
    </message>
    <message>
        <source>No deals won in the period</source>
        <translation>За период нет выигранных сделок</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing done in the period</source>
        <translation>За период ничего не сделано</translation>
    </message>
    <message>
        <source>(company removed)</source>
        <translation>(компания удалена)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>Deals won: %1 · previous period: %2</source>
        <translation>Выиграно сделок: %1 · в прошлом периоде: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open pipeline by stage (%1)</source>
        <translation>Открытая воронка по этапам (%1)</translation>
    </message>
    <message>
        <source>%1 · deals: %2 · total %3 · weighted %4</source>
        <translation>%1 · сделок: %2 · всего %3 · взвешенно %4</translation>
    </message>
    <message>
        <source>Won per month (%1)</source>
        <translation>Выиграно по месяцам (%1)</translation>
    </message>
    <message>
        <source>%1 · deals won: %2 · %3</source>
        <translation>%1 · выиграно сделок: %2 · %3</translation>
    </message>
    <message>
        <source>Activities done per week</source>
        <translation>Выполненные дела по неделям</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>Н%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>due yesterday</source>
        <translation>срок вчера</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>просрочено дней: %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1: %2 — due %3</source>
        <translation>%1: %2 — срок %3</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Нет просроченного</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Просрочено · %1</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Все %1</translation>
    </message>
    <message>
        <source>Nothing planned for today</source>
        <translation>На сегодня ничего не запланировано</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Сегодня · %1</translation>
    </message>
    <message>
        <source>Birthday: %1 (%2)</source>
        <translation>День рождения: %1 (%2)</translation>
    </message>
    <message>
        <source>Customer anniversary: %1 (%2)</source>
        <translation>Годовщина клиента: %1 (%2)</translation>
    </message>
    <message>
        <source>No birthdays or reminders today</source>
        <translation>Сегодня нет дней рождения и напоминаний</translation>
    </message>
    <message>
        <source>Reminders · %1</source>
        <translation>Напоминания · %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No stale deals</source>
        <translation>Нет зависших сделок</translation>
    </message>
    <message>
        <source>Stale deals · %1</source>
        <translation>Зависшие сделки · %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Вл&amp;аделец:</translation>
    </message>
    <message>
        <source>&amp;Closes in:</source>
        <translation>&amp;Закрытие:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>Любой месяц</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Отметить как проигранную</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Почему сделка «%1» проиграна?</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Взвешенно: %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Перенести «%1» на %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — сделка</translation>
    </message>
    <message>
        <source>e.g. 40 laptops for the Riga office</source>
        <translation>напр., 40 ноутбуков для рижского офиса</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Type a role such as “decision maker” into the Role column</source>
        <translation>Введите роль, например «лицо, принимающее решение», в столбце «Роль»</translation>
    </message>
    <message>
        <source>Type to add a contact</source>
        <translation>Начните вводить, чтобы добавить контакт</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Take the selected contact off the deal</source>
        <translation>Убрать выбранный контакт из сделки</translation>
    </message>
    <message>
        <source>An ISO 4217 code such as EUR, USD or PLN</source>
        <translation>Код ISO 4217, например EUR, USD или PLN</translation>
    </message>
    <message>
        <source>Use stage default</source>
        <translation>Как на этапе</translation>
    </message>
    <message>
        <source>Go back to the probability of the deal&apos;s stage</source>
        <translation>Вернуть вероятность этапа сделки</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The day the deal is expected to close; the earliest date means none</source>
        <translation>Дата ожидаемого закрытия сделки; самая ранняя дата означает «нет»</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>напр., выставка, сайт, рекомендация</translation>
    </message>
    <message>
        <source>e.g. send the revised offer</source>
        <translation>напр., отправить исправленное предложение</translation>
    </message>
    <message>
        <source>Why the deal was lost</source>
        <translation>Почему сделка проиграна</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Личная</translation>
    </message>
    <message>
        <source>Comma separated, e.g. renewal, hardware</source>
        <translation>Через запятую, напр., продление, оборудование</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Ко&amp;мпания:</translation>
    </message>
    <message>
        <source>Co&amp;ntacts:</source>
        <translation>&amp;Контакты:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Следующий &amp;шаг:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>&amp;Причина проигрыша:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>В&amp;ероятность:</translation>
    </message>
    <message>
        <source>Expected c&amp;lose:</source>
        <translation>Ожидаемое закр&amp;ытие:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Вл&amp;аделец:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Видим&amp;ость:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ме&amp;тки:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Записать дело…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail about this deal</source>
        <translation>Записать звонок, встречу, задачу, заметку или письмо по этой сделке</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (выиграна)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (проиграна)</translation>
    </message>
    <message>
        <source>overridden (stage: %1%2)</source>
        <translation>изменена (этап: %1%2)</translation>
    </message>
    <message>
        <source>the stage&apos;s default</source>
        <translation>как на этапе</translation>
    </message>
    <message>
        <source>Type an amount such as %1</source>
        <translation>Введите сумму, например %1</translation>
    </message>
    <message>
        <source>A deal needs a title</source>
        <translation>У сделки должно быть название</translation>
    </message>
    <message>
        <source>There is no company “%1”; pick one from the list</source>
        <translation>Нет компании «%1»; выберите её из списка</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Сумма не может быть отрицательной</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>«%1» не является кодом валюты; используйте, например, EUR, USD или PLN</translation>
    </message>
    <message>
        <source>Choose a stage</source>
        <translation>Выберите этап</translation>
    </message>
    <message>
        <source>Say why the deal was lost</source>
        <translation>Укажите, почему сделка проиграна</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>Новая сделка «%1»</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>Изменить сделку «%1»</translation>
    </message>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Дней на этом этапе: %1</translation>
    </message>
    <message>
        <source>In this stage since %1</source>
        <translation>На этом этапе с %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealListView</name>
    <message>
        <source>Search deals by title, company or contact</source>
        <translation type="vanished">Поиск сделок по названию, компании или контакту</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выигранные</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проигранные</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Сделки: %1</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Массовое редактирование…</translation>
    </message>
    <message>
        <source>Search deals by title, company or contact, or stage:name, tag:name …</source>
        <translation>Поиск сделок по названию, компании или контакту либо stage:название, tag:название …</translation>
    </message>
</context>
<context>
    <name>crm::ui::DeleteCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Удалить %n контакт</numerusform>
            <numerusform>Удалить %n контакта</numerusform>
            <numerusform>Удалить %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s)</source>
        <translation>
            <numerusform>Удалить %n компанию</numerusform>
            <numerusform>Удалить %n компании</numerusform>
            <numerusform>Удалить %n компаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicatesWindow</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Искать в:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Не дубликат</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Дубликаты</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Оставлена</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединены</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Разъединить</translation>
    </message>
    <message>
        <source>M&amp;erges</source>
        <translation>Объ&amp;единения</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>Pairs: %1</source>
        <translation>Пар: %1</translation>
    </message>
    <message>
        <source>Merged — Ctrl+Z in the main window undoes it</source>
        <translation>Объединено — Ctrl+Z в главном окне отменяет это</translation>
    </message>
    <message>
        <source>Not a duplicate: %1 / %2</source>
        <translation>Не дубликат: %1 / %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>unmerged</source>
        <translation>разъединено</translation>
    </message>
    <message>
        <source>Unmerged.</source>
        <translation>Разъединено.</translation>
    </message>
    <message>
        <source>Unmerged. Not restored: %1</source>
        <translation>Разъединено. Не восстановлено: %1</translation>
    </message>
    <message>
        <source>Choose what to look in and press Find. Pairs appear while the search runs, the most likely first.</source>
        <translation>Выберите, где искать, и нажмите «Найти». Пары появляются по ходу поиска, самые вероятные — первыми.</translation>
    </message>
</context>
<context>
    <name>crm::ui::Errors</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Запись больше не существует.</translation>
    </message>
    <message>
        <source>Some of the input is not valid.</source>
        <translation>Часть введённых данных неверна.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>База данных не смогла выполнить операцию.</translation>
    </message>
    <message>
        <source>The file is not a CRM database.</source>
        <translation>Файл не является базой данных CRM.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of this program.</source>
        <translation>База данных создана более новой версией этой программы.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Не удалось прочитать или записать файл.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Сервер не принял вход.</translation>
    </message>
    <message>
        <source>The server refused access.</source>
        <translation>Сервер отказал в доступе.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
</context>
<context>
    <name>crm::ui::FilterTreeEditor</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>все эти условия</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>любое из этих условий</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>A value such as $period or $owner is asked for when the report runs. Periods: this_month, this_quarter, this_year, previous_month, last_30_days, 2026-01-01..2026-03-31 …</source>
        <translation>Значение вроде $period или $owner запрашивается при выполнении отчёта. Периоды: this_month, this_quarter, this_year, previous_month, last_30_days, 2026-01-01..2026-03-31 …</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Добавить &amp;условие</translation>
    </message>
    <message>
        <source>Adds a condition to the selected group</source>
        <translation>Добавляет условие в выбранную группу</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Добавить &amp;группу</translation>
    </message>
    <message>
        <source>Adds a group of conditions of which any one is enough (or all, as you choose), inside the selected group</source>
        <translation>Добавляет в выбранную группу группу условий, из которых достаточно любого одного (или всех — по вашему выбору)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Removes the selected condition or group (Delete)</source>
        <translation>Убирает выбранное условие или группу (Delete)</translation>
    </message>
    <message>
        <source>Records &amp;matching</source>
        <translation>&amp;Подходящие записи</translation>
    </message>
    <message>
        <source>All of:</source>
        <translation>Все из:</translation>
    </message>
    <message>
        <source>Any of:</source>
        <translation>Любое из:</translation>
    </message>
</context>
<context>
    <name>crm::ui::GeneralSettingsPage</name>
    <message>
        <source>Automatic (from the system)</source>
        <translation>Автоматически (из системы)</translation>
    </message>
    <message>
        <source>Automatic: %1 (from the system)</source>
        <translation>Автоматически: %1 (из системы)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code, such as 2912 3456, are read as numbers of this region when imports look for duplicates.</source>
        <translation>Телефонные номера без кода страны, например 2912 3456, при поиске дубликатов во время импорта считаются номерами этого региона.</translation>
    </message>
    <message>
        <source>An ISO 4217 code such as EUR, USD or PLN</source>
        <translation type="vanished">Код ISO 4217, например EUR, USD или PLN</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Новые записи</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Регион телефонов:</translation>
    </message>
    <message>
        <source>Default &amp;currency of deals:</source>
        <translation>&amp;Валюта сделок по умолчанию:</translation>
    </message>
    <message>
        <source>These settings are stored with your data, so the command line (crm-cli) uses them too.</source>
        <translation>Эти настройки хранятся вместе с вашими данными, поэтому их использует и командная строка (crm-cli).</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryFormatter</name>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(неизвестная компания)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Личное</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>%1 created the contact</source>
        <translation>%1: создан контакт</translation>
    </message>
    <message>
        <source>%1 created the company</source>
        <translation>%1: создана компания</translation>
    </message>
    <message>
        <source>%1 added e-mail %2 (%3)</source>
        <translation>%1: добавлен адрес эл. почты %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added phone %2 (%3)</source>
        <translation>%1: добавлен телефон %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added tag %2</source>
        <translation>%1: добавлена метка %2</translation>
    </message>
    <message>
        <source>%1 deleted the contact</source>
        <translation>%1: контакт удалён</translation>
    </message>
    <message>
        <source>%1 restored the contact</source>
        <translation>%1: контакт восстановлен</translation>
    </message>
    <message>
        <source>%1 deleted the company</source>
        <translation>%1: компания удалена</translation>
    </message>
    <message>
        <source>%1 restored the company</source>
        <translation>%1: компания восстановлена</translation>
    </message>
    <message>
        <source>%1 removed e-mail %2</source>
        <translation>%1: удалён адрес эл. почты %2</translation>
    </message>
    <message>
        <source>%1 added e-mail %2</source>
        <translation>%1: добавлен адрес эл. почты %2</translation>
    </message>
    <message>
        <source>%1 removed phone %2</source>
        <translation>%1: удалён телефон %2</translation>
    </message>
    <message>
        <source>%1 added phone %2</source>
        <translation>%1: добавлен телефон %2</translation>
    </message>
    <message>
        <source>%1 removed tag %2</source>
        <translation>%1: удалена метка %2</translation>
    </message>
    <message>
        <source>%1 changed the label of %2 from %3 to %4</source>
        <translation>%1: тип %2 изменён с %3 на %4</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1: поле «%2» изменено с %3 на %4</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>История начнётся после сохранения записи.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ошибочных</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Откатить импорт</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Откачен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Откатить импорт</translation>
    </message>
    <message>
        <source>Undo import %1: delete the contacts it created and restore the ones it updated?</source>
        <translation>Откатить импорт %1: удалить созданные им контакты и восстановить обновлённые?</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportPreviewModel</name>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Создать новый</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>%1 (this file)</source>
        <translation>%1 (этот файл)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportWizard</name>
    <message>
        <source>Update</source>
        <translation type="vanished">Обновить</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation type="vanished">Создать новый</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="vanished">Пропустить</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>A CSV file (.csv, .txt) or vCard file (.vcf)</source>
        <translation>Файл CSV (.csv, .txt) или vCard (.vcf)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>Contacts exported from Google Contacts, Outlook, HubSpot, Salesforce, a phone or a spreadsheet.</source>
        <translation>Контакты, экспортированные из Google Contacts, Outlook, HubSpot, Salesforce, телефона или электронной таблицы.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Контакты (*.csv *.txt *.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Кодировка и разделитель</translation>
    </message>
    <message>
        <source>Detected from the file; change them if the sample looks wrong.</source>
        <translation>Определены по файлу; измените их, если образец выглядит неправильно.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Вертикальная черта ( | )</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Образец:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Which field each column fills. Recognised columns are set already; the choice is remembered for files with the same columns.</source>
        <translation>Какое поле заполняет каждый столбец. Распознанные столбцы уже настроены; выбор запоминается для файлов с такими же столбцами.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Nothing is written yet. Choose what happens to each match.</source>
        <translation>Пока ничего не записано. Выберите, что делать с каждым совпадением.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="vanished">Строка</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">Запись</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="vanished">Совпадения</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Причина</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">Уверенность</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Действие</translation>
    </message>
    <message>
        <source>Apply to &amp;all matches</source>
        <translation>Применить ко &amp;всем совпадениям</translation>
    </message>
    <message>
        <source>For every match:</source>
        <translation>Для каждого совпадения:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>Строки, которые нельзя импортировать:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancel leaves the database as it was.</source>
        <translation>Отмена оставляет базу данных в прежнем состоянии.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Отк&amp;атить импорт</translation>
    </message>
    <message>
        <source>Imports can also be undone later in File ▸ Import History.</source>
        <translation>Импорт можно откатить и позже: Файл ▸ История импорта.</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Выберите поле хотя бы для одного столбца.</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>CSV · columns: %1</source>
        <translation>CSV · столбцов: %1</translation>
    </message>
    <message>
        <source>Reading the file and looking for duplicates…</source>
        <translation>Чтение файла и поиск дубликатов…</translation>
    </message>
    <message>
        <source>Rows: %1 · New: %2 · Update: %3 · Duplicate in file: %4 · Invalid: %5</source>
        <translation>Строк: %1 · Новых: %2 · Обновить: %3 · Дубликатов в файле: %4 · Ошибочных: %5</translation>
    </message>
    <message>
        <source>%1 (this file)</source>
        <translation type="vanished">%1 (этот файл)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Import %1 is done. Created: %2 · Updated: %3 · Skipped: %4 · Invalid: %5</source>
        <translation>Импорт %1 завершён. Создано: %2 · Обновлено: %3 · Пропущено: %4 · Ошибочных: %5</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was kept.</source>
        <translation>Импорт отменён. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The import failed and was undone: %1</source>
        <translation>Импорт не удался и был откачен: %1</translation>
    </message>
    <message>
        <source>Written: %1 of %2</source>
        <translation>Записано: %1 из %2</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Откатить импорт</translation>
    </message>
    <message>
        <source>Delete the contacts this import created and restore the ones it updated?</source>
        <translation>Удалить контакты, созданные этим импортом, и восстановить обновлённые?</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Импорт %1 откачен.</translation>
    </message>
    <message>
        <source>Keep the &amp;photos of the contacts (at most 512 KB each)</source>
        <translation>Сохранить &amp;фото контактов (не больше 512 КБ каждое)</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Доп. поле: %1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="vanished">Пропущено</translation>
    </message>
    <message>
        <source>Rows imported without part of what they carry:</source>
        <translation>Строки, импортированные без части своих данных:</translation>
    </message>
    <message>
        <source> · With warnings: %1</source>
        <translation> · С предупреждениями: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::MainWindow</name>
    <message>
        <source>CRM</source>
        <translation type="vanished">CRM</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>People you work with</source>
        <translation>Люди, с которыми вы работаете</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Organisations and their contacts</source>
        <translation>Организации и их контакты</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Новый &amp;контакт</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>Новая ко&amp;мпания</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>От&amp;крыть</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Открыть выбранную запись (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;About CRM</source>
        <translation>&amp;О программе CRM</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>О программе CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: your contacts and companies, on your laptop, searchable in an instant.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;Настольная CRM, которая работает и без сети: ваши контакты и компании на вашем ноутбуке, с мгновенным поиском.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Search contacts and companies (Ctrl+F)</source>
        <translation type="vanished">Поиск контактов и компаний (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N)</source>
        <translation>Новый контакт (Ctrl+N)</translation>
    </message>
    <message>
        <source>New company (Ctrl+N)</source>
        <translation>Новая компания (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match “%2”</source>
        <translation type="vanished">Найдено по запросу «%2»: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Контакт сохранён</translation>
    </message>
    <message>
        <source>Company saved</source>
        <translation>Компания сохранена</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s)</source>
        <translation>
            <numerusform>Удалён %Ln контакт</numerusform>
            <numerusform>Удалено %Ln контакта</numerusform>
            <numerusform>Удалено %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln company(ies)</source>
        <translation>
            <numerusform>Удалена %Ln компания</numerusform>
            <numerusform>Удалено %Ln компании</numerusform>
            <numerusform>Удалено %Ln компаний</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — Ctrl+Z, чтобы отменить</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln contact(s)</source>
        <translation>
            <numerusform>Восстановлен %Ln контакт</numerusform>
            <numerusform>Восстановлено %Ln контакта</numerusform>
            <numerusform>Восстановлено %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln company(ies)</source>
        <translation>
            <numerusform>Восстановлена %Ln компания</numerusform>
            <numerusform>Восстановлено %Ln компании</numerusform>
            <numerusform>Восстановлено %Ln компаний</numerusform>
        </translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Fill the new database with demo data?

A few hundred sample contacts and companies let you try everything out; you can delete them later.</source>
        <translation>Заполнить новую базу демонстрационными данными?

Несколько сотен примеров контактов и компаний позволят всё опробовать; позже их можно удалить.</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Добавление демонстрационных данных…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo contact(s)</source>
        <translation>
            <numerusform>Добавлен %Ln демонстрационный контакт</numerusform>
            <numerusform>Добавлено %Ln демонстрационных контакта</numerusform>
            <numerusform>Добавлено %Ln демонстрационных контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — CRM</source>
        <translation>%1 — CRM</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>Ко&amp;мпании</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation>Найдено по запросу «%2»: %1</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add one.</source>
        <translation>Контактов пока нет.
Нажмите Ctrl+N, чтобы добавить.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Нет контактов по запросу «%1».</translation>
    </message>
    <message>
        <source>No companies yet.
Press Ctrl+N to add one.</source>
        <translation>Компаний пока нет.
Нажмите Ctrl+N, чтобы добавить.</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Нет компаний по запросу «%1».</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Син&amp;хронизация</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Конфликты (%1)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Send your changes and receive your team&apos;s (F5)</source>
        <translation>Отправить ваши изменения и получить изменения команды (F5)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Исходящие…</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation type="vanished">&amp;Синхронизация…</translation>
    </message>
    <message>
        <source>This record has a sync conflict: someone else changed the same field. &lt;a href=&quot;#conflicts&quot;&gt;Choose which value stays…&lt;/a&gt;</source>
        <translation>У этой записи конфликт синхронизации: кто-то другой изменил то же поле. &lt;a href=&quot;#conflicts&quot;&gt;Выберите, какое значение останется…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ежедневник</translation>
    </message>
    <message>
        <source>Deals &amp;Board</source>
        <translation>&amp;Доска сделок</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>Deals &amp;List</source>
        <translation>&amp;Список сделок</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>New &amp;deal</source>
        <translation>Новая &amp;сделка</translation>
    </message>
    <message>
        <source>New &amp;activity</source>
        <translation>Новое &amp;дело</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Ис&amp;тория импорта…</translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation>&amp;Журнал синхронизации…</translation>
    </message>
    <message>
        <source>When this laptop synced, what went each way, and why a sync failed</source>
        <translation>Когда этот компьютер синхронизировался, что передано в каждую сторону и почему синхронизация не удалась</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>Син&amp;хронизация…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Your day and your figures at a glance (Ctrl+0)</source>
        <translation>Ваш день и показатели одним взглядом (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Напоминания</translation>
    </message>
    <message>
        <source>Find Du&amp;plicates…</source>
        <translation>Найти ду&amp;бликаты…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Объ&amp;единить…</translation>
    </message>
    <message>
        <source>Merge the selected records into one (select two or more)</source>
        <translation>Объединить выбранные записи в одну (выберите две или больше)</translation>
    </message>
    <message>
        <source>Merged — Ctrl+Z to undo</source>
        <translation>Объединено — Ctrl+Z для отмены</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>&amp;Дополнительные поля…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Метки…</translation>
    </message>
    <message>
        <source>&amp;Pipelines…</source>
        <translation>&amp;Воронки…</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <source>Calendar imported · new: %1 · updated: %2</source>
        <translation>Календарь импортирован · новых: %1 · обновлено: %2</translation>
    </message>
    <message>
        <source>Calendar exported · items: %1 · %2</source>
        <translation>Календарь экспортирован · элементов: %1 · %2</translation>
    </message>
    <message>
        <source>Import Ca&amp;lendar…</source>
        <translation>Импорт ка&amp;лендаря…</translation>
    </message>
    <message>
        <source>Meetings and tasks from an iCalendar (.ics) file</source>
        <translation>Встречи и задачи из файла iCalendar (.ics)</translation>
    </message>
    <message>
        <source>E&amp;xport Calendar…</source>
        <translation>Экс&amp;порт календаря…</translation>
    </message>
    <message>
        <source>Meetings and tasks to an iCalendar (.ics) file</source>
        <translation>Встречи и задачи в файл iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Search, or filter: tag:vip city:riga … (Ctrl+F)</source>
        <translation>Поиск или фильтр: tag:vip city:riga … (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Words find contacts and companies by any of their text.&lt;/p&gt;&lt;p&gt;Filters: &lt;b&gt;status:&lt;/b&gt;customer, &lt;b&gt;city:&lt;/b&gt;riga, &lt;b&gt;country:&lt;/b&gt;, &lt;b&gt;company:&lt;/b&gt;, &lt;b&gt;title:&lt;/b&gt;, &lt;b&gt;owner:&lt;/b&gt;anna, &lt;b&gt;tag:&lt;/b&gt;vip, and any custom field by its key (&lt;b&gt;industry_segment:&lt;/b&gt;retail). Quote values with spaces: city:&quot;New York&quot;. Filters and words combine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Слова находят контакты и компании по любому их тексту.&lt;/p&gt;&lt;p&gt;Фильтры: &lt;b&gt;status:&lt;/b&gt;customer, &lt;b&gt;city:&lt;/b&gt;riga, &lt;b&gt;country:&lt;/b&gt;, &lt;b&gt;company:&lt;/b&gt;, &lt;b&gt;title:&lt;/b&gt;, &lt;b&gt;owner:&lt;/b&gt;anna, &lt;b&gt;tag:&lt;/b&gt;vip и любое дополнительное поле по его ключу (&lt;b&gt;industry_segment:&lt;/b&gt;retail). Значения с пробелами берите в кавычки: city:&quot;New York&quot;. Фильтры и слова сочетаются.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Convert lead “%1”</source>
        <translation>Конвертировать лид «%1»</translation>
    </message>
    <message>
        <source>Lead converted — Ctrl+Z to undo</source>
        <translation>Лид конвертирован — Ctrl+Z для отмены</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Массовое редактирование…</translation>
    </message>
    <message>
        <source>Set a field, add or remove a tag, change the owner or delete the selected records at once (Ctrl+Shift+B)</source>
        <translation>Задать поле, добавить или убрать метку, сменить владельца или удалить выбранные записи сразу (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Con&amp;vert Lead…</source>
        <translation>Конвертировать &amp;лид…</translation>
    </message>
    <message>
        <source>Turn the selected lead into a prospect with a contact, a company and a deal</source>
        <translation>Превратить выбранный лид в потенциального клиента с контактом, компанией и сделкой</translation>
    </message>
    <message>
        <source>Bul&amp;k Edit History…</source>
        <translation>&amp;История массового редактирования…</translation>
    </message>
    <message>
        <source>The recent bulk edits; undo one, also after a restart</source>
        <translation>Последние массовые редактирования; любое можно отменить, даже после перезапуска</translation>
    </message>
    <message>
        <source>Rebuilding indexes an interrupted import left…</source>
        <translation>Восстановление индексов после прерванного импорта…</translation>
    </message>
    <message>
        <source>An import stopped before it had rebuilt the indexes of the contact lists. Everything works meanwhile; lists sorted by name, company, e-mail, phone or city are slower until it is done.</source>
        <translation>Импорт остановился, не успев восстановить индексы списков контактов. Пока всё работает; списки, отсортированные по имени, компании, e-mail, телефону или городу, до окончания работают медленнее.</translation>
    </message>
    <message>
        <source>Indexes rebuilt</source>
        <translation>Индексы восстановлены</translation>
    </message>
    <message>
        <source>Rebuilding the indexes failed: %1 — the next start tries again</source>
        <translation>Не удалось восстановить индексы: %1 — при следующем запуске будет новая попытка</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeCommand</name>
    <message>
        <source>Merge · %1 records</source>
        <translation>Объединение · записей: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeDialog</name>
    <message>
        <source>Merge companies</source>
        <translation>Объединить компании</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Объединить контакты</translation>
    </message>
    <message>
        <source>Choose two or more records to merge.</source>
        <translation>Выберите две или больше записей для объединения.</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where they differ, whose value each field keeps. The others are deleted; their activities and deals move to the one kept. Undo (Ctrl+Z) or Unmerge takes it back.</source>
        <translation>Выберите запись, которую оставить, и там, где они различаются, чьё значение сохранить в каждом поле. Остальные удаляются; их дела и сделки переходят к оставленной. Отмена (Ctrl+Z) или разъединение возвращают всё назад.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>All fields are the same.</source>
        <translation>Все поля совпадают.</translation>
    </message>
    <message>
        <source>E-mails, phones and tags: all are kept.</source>
        <translation>Адреса e-mail, телефоны и метки: сохраняются все.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Телефоны: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Clear refused</source>
        <translation>Очистить отклонённые</translation>
    </message>
    <message>
        <source>Forget the refused changes listed here (they stay refused)</source>
        <translation>Забыть перечисленные отклонённые изменения (они остаются отклонёнными)</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Ничто не ждёт отправки.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1 (the first %2 are listed).</source>
        <translation>Изменений ждёт отправки: %1 (показаны первые %2).</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Изменений ждёт отправки: %1.</translation>
    </message>
    <message>
        <source>The server refused no changes.</source>
        <translation>Сервер не отклонил ни одного изменения.</translation>
    </message>
    <message>
        <source>Changes the server refused: %1. They are not sent again.</source>
        <translation>Изменений отклонено сервером: %1. Повторно они не отправляются.</translation>
    </message>
</context>
<context>
    <name>crm::ui::PhotoButton</name>
    <message>
        <source>The contact&apos;s photo: click to choose or remove one</source>
        <translation>Фото контакта: нажмите, чтобы выбрать или удалить</translation>
    </message>
    <message>
        <source>&amp;Choose Photo…</source>
        <translation>&amp;Выбрать фото…</translation>
    </message>
    <message>
        <source>&amp;Remove Photo</source>
        <translation>&amp;Удалить фото</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 не читается как изображение: %2</translation>
    </message>
    <message>
        <source>%1 cannot be stored as a photo</source>
        <translation>%1 нельзя сохранить как фото</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Выбор фото</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineSettingsPage</name>
    <message>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <source>stale after days: %1</source>
        <translation>зависает через дней: %1</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <source>&amp;Add pipeline</source>
        <translation>&amp;Добавить воронку</translation>
    </message>
    <message>
        <source>&amp;Delete pipeline</source>
        <translation>&amp;Удалить воронку</translation>
    </message>
    <message>
        <source>Make d&amp;efault</source>
        <translation>Сделать &amp;основной</translation>
    </message>
    <message>
        <source>New deals go to the default pipeline</source>
        <translation>Новые сделки попадают в основную воронку</translation>
    </message>
    <message>
        <source>When deleted, its deals &amp;go to:</source>
        <translation>После удаления её сделки &amp;переходят в:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Drag a stage, or press Alt+Up or Alt+Down, to reorder</source>
        <translation>Перетащите этап или нажмите Alt+Up или Alt+Down, чтобы изменить порядок</translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>Удалить э&amp;тап</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move the stage up (Alt+Up)</source>
        <translation>Переместить этап вверх (Alt+Up)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Move the stage down (Alt+Down)</source>
        <translation>Переместить этап вниз (Alt+Down)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>A deal longer than this in the stage, or without an activity for that long, is marked stale on the board</source>
        <translation>Сделка, которая находится на этапе дольше этого или столько же без дел, отмечается на доске как зависшая</translation>
    </message>
    <message>
        <source>Pipeline &amp;name:</source>
        <translation>Название воронк&amp;и:</translation>
    </message>
    <message>
        <source>Stage na&amp;me:</source>
        <translation>Название эт&amp;апа:</translation>
    </message>
    <message>
        <source>Default &amp;probability:</source>
        <translation>Вероятность по у&amp;молчанию:</translation>
    </message>
    <message>
        <source>S&amp;tale after (days):</source>
        <translation>&amp;Зависает через (дней):</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>When removed, its deals go t&amp;o:</source>
        <translation>После удаления его сделки переходят &amp;в:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (основная)</translation>
    </message>
    <message>
        <source>Won — closes the deal as won</source>
        <translation>Выиграна — закрывает сделку как выигранную</translation>
    </message>
    <message>
        <source>Lost — closes the deal as lost</source>
        <translation>Проиграна — закрывает сделку как проигранную</translation>
    </message>
    <message>
        <source>Open — the deal is on the board</source>
        <translation>Открыта — сделка на доске</translation>
    </message>
    <message>
        <source>Add pipeline</source>
        <translation>Добавить воронку</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Переименовать воронку</translation>
    </message>
    <message>
        <source>Delete pipeline %1</source>
        <translation>Удалить воронку %1</translation>
    </message>
    <message>
        <source>Make %1 the default pipeline</source>
        <translation>Сделать %1 основной воронкой</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>Изменить этап %1</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>Удалить этап %1</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Изменить порядок этапов</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordDialog</name>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>You have changed this record. Close it and discard the changes?</source>
        <translation>Вы изменили эту запись. Закрыть её без сохранения изменений?</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordPicker</name>
    <message>
        <source>Type to find a contact</source>
        <translation>Начните вводить, чтобы найти контакт</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Начните вводить, чтобы найти компанию</translation>
    </message>
    <message>
        <source>Type to find a deal</source>
        <translation>Начните вводить, чтобы найти сделку</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordSetDialog</name>
    <message>
        <source>Show &amp;more</source>
        <translation>Показать &amp;больше</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Не удалось прочитать записи: %1</translation>
    </message>
    <message>
        <source>Records: %1 · showing the newest %2</source>
        <translation>Записей: %1 · показаны новейшие: %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Записей: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReminderNotifier</name>
    <message>
        <source>%1 — at %2</source>
        <translation>%1 — в %2</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Срок задачи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n today — birthday</source>
        <translation>
            <numerusform>%1 сегодня исполняется %n — день рождения</numerusform>
            <numerusform>%1 сегодня исполняется %n — день рождения</numerusform>
            <numerusform>%1 сегодня исполняется %n — день рождения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n year(s) as a customer today</source>
        <translation>
            <numerusform>%1: сегодня %n год как клиент</numerusform>
            <numerusform>%1: сегодня %n года как клиент</numerusform>
            <numerusform>%1: сегодня %n лет как клиент</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
</context>
<context>
    <name>crm::ui::RemindersWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the record (Enter)</source>
        <translation>Открыть запись (Enter)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation>Закрыть (Delete)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>От&amp;ложить</translation>
    </message>
    <message>
        <source>For &amp;15 minutes</source>
        <translation>На &amp;15 минут</translation>
    </message>
    <message>
        <source>For an &amp;hour</source>
        <translation>На &amp;час</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>До &amp;завтра</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>Не удалось прочитать напоминания: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Показано</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Отложено до %1</translation>
    </message>
    <message>
        <source>Nothing to remind you of this week.</source>
        <translation>На этой неделе напоминать не о чем.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportBuilderDialog</name>
    <message>
        <source>Report Builder</source>
        <translation>Конструктор отчётов</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them into order.</source>
        <translation>Отметьте столбцы для показа; перетащите их в нужном порядке.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>По &amp;убыванию</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Записи:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Groups and figures</source>
        <translation>Группы и показатели</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>&amp;Группировать по:</translation>
    </message>
    <message>
        <source>&amp;Then by:</source>
        <translation>З&amp;атем по:</translation>
    </message>
    <message>
        <source>Figure %1:</source>
        <translation>Показатель %1:</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Сортировать по:</translation>
    </message>
    <message>
        <source>Columns (a report without groups)</source>
        <translation>Столбцы (отчёт без групп)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportPdfWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Фильтры: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Создан: %1</translation>
    </message>
    <message>
        <source>cannot paint the report</source>
        <translation>не удаётся отрисовать отчёт</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>экспорт отменён</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Нет записей.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <source>Run the report (F5)</source>
        <translation>Выполнить отчёт (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>CSV field separator</source>
        <translation>Разделитель полей CSV</translation>
    </message>
    <message>
        <source>&amp;BOM</source>
        <translation>&amp;BOM</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for spreadsheets)</source>
        <translation>Начинать CSV с метки порядка байтов UTF-8 (для электронных таблиц)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Отчёт отменён.</translation>
    </message>
    <message>
        <source>Built in: run it, or duplicate it to change it</source>
        <translation>Встроенный: выполните его или создайте копию, чтобы изменить</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Сохранённый отчёт</translation>
    </message>
    <message>
        <source>&amp;Edit a Copy…</source>
        <translation>Изменить &amp;копию…</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Press Run (F5) to see the report.</source>
        <translation>Нажмите «Выполнить» (F5), чтобы увидеть отчёт.</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>Сначала выберите отчёт.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполнение…</translation>
    </message>
    <message>
        <source>Rows: %1 · the first %2 are shown; an export writes them all.</source>
        <translation>Строк: %1 · показаны первые %2; при экспорте записываются все.</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exporting to CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>Записано строк: %1</translation>
    </message>
    <message>
        <source>Rows: %1 · exported to %2</source>
        <translation>Строк: %1 · экспортировано в %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Файлы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exporting to PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Чтение отчёта…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Run the report first, then print it.</source>
        <translation>Сначала выполните отчёт, затем печатайте.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 pages</source>
        <translation type="vanished">Отправлено на принтер, страниц: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» сохранён.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Новый отчёт</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation>Удалить отчёт</translation>
    </message>
    <message>
        <source>Delete the report “%1”?</source>
        <translation>Удалить отчёт «%1»?</translation>
    </message>
    <message>
        <source>Sent to the printer · pages: %1</source>
        <translation>Отправлено на принтер · страниц: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SelectionBar</name>
    <message>
        <source>All %1 are selected.</source>
        <translation>Выбраны все: %1.</translation>
    </message>
    <message>
        <source>All %1 matching “%2” are selected.</source>
        <translation>Выбраны все, соответствующие «%2»: %1.</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>Select all %1</source>
        <translation>Выбрать все: %1</translation>
    </message>
    <message>
        <source>Select all %1 matching “%2”</source>
        <translation>Выбрать все, соответствующие «%2»: %1</translation>
    </message>
    <message>
        <source>All %1 rows on screen are selected.</source>
        <translation>Выбраны все строки на экране: %1.</translation>
    </message>
    <message>
        <source>Selected: %1 of %2.</source>
        <translation>Выбрано: %1 из %2.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>crm::ui::StaleCardDelegate</name>
    <message>
        <source>%1 d</source>
        <comment>days in the current stage, on a board card</comment>
        <translation>%1 дн.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncController</name>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Введите адрес сервера, например https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.</source>
        <translation>Сервер недоступен. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Сервер отказал во входе: %1</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Идёт синхронизация; повторите через минуту.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncDescriber</name>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Tag of a contact</source>
        <translation>Метка контакта</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(новая запись)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Conflict state</source>
        <translation>Состояние конфликта</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>сегодня %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(неизвестная компания)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Личный</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you deleted this record, %4.</source>
        <translation>%1 изменил(а) %2 на %3, пока вы удаляли эту запись, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while you changed %2 to %3, %4.</source>
        <translation>%1 удалил(а) эту запись, пока вы меняли %2 на %3, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 changed %3 to %4, %5.</source>
        <translation>%1 удалил(а) эту запись, пока %2 менял(а) %3 на %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you changed it to %4, %5.</source>
        <translation>%1 изменил(а) %2 на %3, пока вы меняли его на %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while %4 changed it to %5, %6.</source>
        <translation>%1 изменил(а) %2 на %3, пока %4 менял(а) его на %5, %6.</translation>
    </message>
    <message>
        <source>The record stays deleted unless you keep their change.</source>
        <translation>Запись остаётся удалённой, если вы не оставите их изменение.</translation>
    </message>
    <message>
        <source>The record is deleted now; “Use mine” restores it with your change.</source>
        <translation>Запись сейчас удалена; «Оставить моё» восстановит её с вашим изменением.</translation>
    </message>
    <message>
        <source>The record shows your value %1 now.</source>
        <translation>Сейчас в записи ваше значение %1.</translation>
    </message>
    <message>
        <source>The record shows their value %1 now; yours is kept here.</source>
        <translation>Сейчас в записи их значение %1; ваше сохранено здесь.</translation>
    </message>
    <message>
        <source>The record shows %1 now.</source>
        <translation>Сейчас в записи %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncLogDialog</name>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет сети</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Требуется вход</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times since %2</source>
        <extracomment>A line of the sync log that stands for several runs alike (never fewer than two): &quot;14:03, 12 times since 11:05&quot;</extracomment>
        <translation>
            <numerusform>%1, %n раз с %2</numerusform>
            <numerusform>%1, %n раза с %2</numerusform>
            <numerusform>%1, %n раз с %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new either way</source>
        <translation>Ничего нового ни в одну сторону</translation>
    </message>
    <message>
        <source>Changes that had reached the server before: %1</source>
        <translation>Изменения, которые уже были на сервере: %1</translation>
    </message>
    <message>
        <source>Sync Log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Очистить журнал</translation>
    </message>
    <message>
        <source>Forget the lines listed here (nothing else changes)</source>
        <translation>Забыть перечисленные строки (больше ничего не меняется)</translation>
    </message>
    <message>
        <source>The sync log cannot be read: %1</source>
        <translation>Не удаётся прочитать журнал синхронизации: %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <source>This laptop has not synced yet.</source>
        <translation>Этот компьютер ещё не синхронизировался.</translation>
    </message>
    <message>
        <source>No sync has succeeded in the runs listed here.</source>
        <translation>Ни одна из перечисленных синхронизаций не прошла успешно.</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Последняя успешная синхронизация: %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsDialog</name>
    <message>
        <source>Settings — Sync</source>
        <translation type="vanished">Настройки — синхронизация</translation>
    </message>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation type="vanished">Синхронизация делится вашими контактами и компаниями с командой через сервер CRM. Вы продолжаете работать офлайн; изменения отправляются, когда сервер доступен.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="vanished">Вход</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="vanished">&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="vanished">&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="vanished">&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="vanished">&amp;Войти</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Выполняется вход…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="vanished">Учётная запись</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="vanished">Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="vanished">В&amp;ыйти</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation type="vanished">Синхронизировать &amp;автоматически (при запуске, после изменений и каждые 5 минут)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation type="vanished">Введите адрес сервера вашей команды.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation type="vanished">Введите адрес сервера, например https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="vanished">Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="vanished">Введите пароль.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="vanished">Вход на %1 выполнен как %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation type="vanished">Вход на %1 выполнен как %2, команда %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="vanished">Последняя синхронизация: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsPage</name>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation>Синхронизация делится вашими контактами и компаниями с командой через сервер CRM. Вы продолжаете работать офлайн; изменения отправляются, когда сервер доступен.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать сей&amp;час</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation>Синхронизировать &amp;автоматически (при запуске, после изменений и каждые 5 минут)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation>Введите адрес сервера вашей команды.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Введите адрес сервера, например https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Вход на %1 выполнен как %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation>Вход на %1 выполнен как %2, команда %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncStatusButton</name>
    <message>
        <source>Not syncing</source>
        <translation>Синхронизация не настроена</translation>
    </message>
    <message>
        <source>Sync off — %1</source>
        <translation>Синхронизация выключена — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln изменение ждёт отправки</numerusform>
            <numerusform>%Ln изменения ждут отправки</numerusform>
            <numerusform>%Ln изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Синхронизация выключена</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Синхронизация… %1 из %2</translation>
    </message>
    <message>
        <source>Syncing… %1 received</source>
        <translation>Синхронизация… получено: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Нет связи — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Требует внимания: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln конфликт</numerusform>
            <numerusform>%Ln конфликта</numerusform>
            <numerusform>%Ln конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s)</source>
        <translation>
            <numerusform>%Ln отклонённое изменение</numerusform>
            <numerusform>%Ln отклонённых изменения</numerusform>
            <numerusform>%Ln отклонённых изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Войдите снова, чтобы синхронизировать</translation>
    </message>
    <message>
        <source>Sign in to a team server in Settings → Sync</source>
        <translation>Войдите на сервер команды: Настройки → Синхронизация</translation>
    </message>
    <message>
        <source>Automatic sync is off; F5 syncs now</source>
        <translation>Автосинхронизация выключена; F5 синхронизирует сейчас</translation>
    </message>
    <message>
        <source>Sending your changes and receiving your team&apos;s</source>
        <translation>Отправка ваших изменений и получение изменений команды</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>Всё отправлено</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying. Click to see the waiting changes.</source>
        <translation>Сервер недоступен; повторная попытка. Нажмите, чтобы увидеть ожидающие изменения.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Сервер отказал во входе: %1</translation>
    </message>
    <message>
        <source>Click to choose which values stay</source>
        <translation>Нажмите, чтобы выбрать, какие значения останутся</translation>
    </message>
    <message>
        <source>Click to see what the server refused</source>
        <translation>Нажмите, чтобы увидеть, что отклонил сервер</translation>
    </message>
    <message>
        <source>Syncing… %1 of about %2 received</source>
        <translation>Синхронизация… получено %1 из примерно %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagChipDelegate</name>
    <message>
        <source>Tag “%1” · click to show only the records with it</source>
        <translation>Метка «%1» · щёлкните, чтобы показать только записи с ней</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagsSettingsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagsSettingsPage</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Переименовать метку</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Цвет метки</translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation>Объединить метку</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Объединить «%1» с:</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <source>Delete the tag “%1” from every record that has it?</source>
        <translation>Удалить метку «%1» со всех записей, где она есть?</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineView</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Meetings and visits</source>
        <translation>Встречи и визиты</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Notes and e-mails</source>
        <translation>Заметки и письма</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Вчера %1</translation>
    </message>
    <message>
        <source>The timeline starts when the record is saved.</source>
        <translation>Хронология начинается после сохранения записи.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Событий такого типа пока нет.</translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation>Здесь пока ничего не происходило.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first desktop CRM</source>
        <translation>Настольная CRM, работающая и без сети</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (default: %1).</source>
        <translation>Открыть базу данных &lt;путь&gt; (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Не удалось открыть базу данных %1.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
</TS>
