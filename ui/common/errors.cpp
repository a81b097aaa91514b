// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors.h"

#include <QCoreApplication>

namespace crm::ui::Errors {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::ui::Errors", text);
}
} // namespace

QString leadSentence(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::NotFound:
        return tr("The record no longer exists.");
    case ErrorCode::Invalid:
        return tr("Some of the input is not valid.");
    case ErrorCode::Database:
        return tr("The database could not carry out the operation.");
    case ErrorCode::NotADatabase:
        return tr("The file is not a CRM database.");
    case ErrorCode::Damaged:
        return tr("The database file is damaged.");
    case ErrorCode::NewerVersion:
        return tr("The database was written by a newer version of this program.");
    case ErrorCode::Io:
        return tr("The file could not be read or written.");
    case ErrorCode::Cancelled:
        return tr("The operation was cancelled.");
    case ErrorCode::Unauthorized:
        return tr("The server did not accept the sign-in.");
    case ErrorCode::Forbidden:
        return tr("The server refused access.");
    }
    return tr("Something went wrong.");
}

QString describe(const core::Error &error)
{
    const QString lead = leadSentence(error.code);
    return error.detail.isEmpty() ? lead : lead + u' ' + fieldMessage(error);
}

QString fieldMessage(const core::Error &error)
{
    QString text = error.detail.trimmed();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'?') && !text.endsWith(u'!'))
        text += u'.';
    return text;
}

} // namespace crm::ui::Errors
