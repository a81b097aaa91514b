// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace crm::test {

// The visible top-level or child widget of type T named `name`, or nullptr.
template <typename T> T *findVisible(const QString &name)
{
    const auto widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        if (auto *t = qobject_cast<T *>(w); t && t->objectName() == name && t->isVisible())
            return t;
    }
    return nullptr;
}

// Waits for the visible dialog named `name`, makes it the active window (shortcuts such as
// Ctrl+S and Esc go to the active window) and returns it; nullptr after 5 s.
template <typename T> T *waitForDialog(const QString &name)
{
    T *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = findVisible<T>(name)) != nullptr; }, 5000))
        return nullptr;
    // The offscreen platform does not activate a new dialog by itself, and QWindow::isActive()
    // of a transient dialog already says true while its parent is active; ask directly.
    QApplication::setActiveWindow(dialog);
    if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }, 5000))
        return nullptr;
    return dialog;
}

// Types text key by key like QTest::keyClicks, also letters outside Latin-1 (Ā, Ł, Ж, Ω),
// which keyClicks cannot map to a key code.
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80 && c.isPrint())
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Keeps QSettings of a GUI test out of the user's configuration.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("crm-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("crm-ui-tests"));
}

} // namespace crm::test
