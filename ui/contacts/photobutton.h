// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"

#include <QToolButton>

namespace crm::ui {

// A contact's photo in the contact dialog: the picture, round, or the contact's initials
// when there is none. Clicking it (or Space) offers Choose Photo… and Remove Photo. A chosen
// image is scaled to at most 512 pixels and stored as JPEG, so it stays small enough to sync.
class PhotoButton : public QToolButton
{
    Q_OBJECT

public:
    explicit PhotoButton(QWidget *parent = nullptr);

    void setPhoto(const core::ContactPhoto &photo);
    core::ContactPhoto photo() const { return m_photo; }
    // The initials shown without a photo come from this name.
    void setName(const QString &name);

    // An image file as a contact photo: decoded, scaled down, JPEG; an error names the file.
    static core::Result<core::ContactPhoto> fromFile(const QString &path);
    // Tests: the file the next Choose Photo… takes instead of asking.
    static void setNextFileName(const QString &path);

signals:
    void photoChanged();

private:
    void choose();
    void updatePicture();

    core::ContactPhoto m_photo;
    QString m_name;
    QAction *m_remove;
};

} // namespace crm::ui
