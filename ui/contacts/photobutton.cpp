// SPDX-License-Identifier: GPL-3.0-or-later
#include "photobutton.h"

#include "common/messagebox.h"
#include "services/contactphotos.h"

#include <QBuffer>
#include <QFileDialog>
#include <QImageReader>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QStandardPaths>

#include <utility>

namespace crm::ui {

namespace {

constexpr int Side = 88;       // the picture in the dialog, in device-independent pixels
constexpr int MaxPixels = 512; // the longest side kept

QString &nextFileName()
{
    static QString name;
    return name;
}

QString initials(const QString &name)
{
    QString out;
    for (const QString &part : name.split(u' ', Qt::SkipEmptyParts)) {
        out += part.front().toUpper();
        if (out.size() == 2)
            break;
    }
    return out;
}

} // namespace

PhotoButton::PhotoButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("photoButton"));
    setToolTip(tr("The contact's photo: click to choose or remove one"));
    setAutoRaise(true);
    setIconSize(QSize(Side, Side));
    setFixedSize(Side + 8, Side + 8);
    setPopupMode(QToolButton::InstantPopup);
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));
    auto *menu = new QMenu(this);
    QAction *choose = menu->addAction(tr("&Choose Photo…"), this, &PhotoButton::choose);
    choose->setObjectName(QStringLiteral("choosePhotoAction"));
    m_remove = menu->addAction(tr("&Remove Photo"), this, [this] {
        setPhoto({});
        emit photoChanged();
    });
    m_remove->setObjectName(QStringLiteral("removePhotoAction"));
    setMenu(menu);
    updatePicture();
}

void PhotoButton::setPhoto(const core::ContactPhoto &photo)
{
    m_photo = photo;
    updatePicture();
}

void PhotoButton::setName(const QString &name)
{
    m_name = name;
    if (m_photo.isEmpty())
        updatePicture();
}

void PhotoButton::setNextFileName(const QString &path)
{
    nextFileName() = path;
}

core::Result<core::ContactPhoto> PhotoButton::fromFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo's EXIF orientation
    QImage image = reader.read();
    if (image.isNull()) {
        return core::Error{core::ErrorCode::Invalid,
                           tr("%1 cannot be read as an image: %2").arg(path, reader.errorString()),
                           QStringLiteral("photo")};
    }
    if (std::max(image.width(), image.height()) > MaxPixels)
        image = image.scaled(MaxPixels, MaxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) { // JPEG has none: a transparent background turns white
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    }
    for (int quality : {85, 70, 50}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "JPEG", quality))
            break;
        if (bytes.size() <= core::ContactPhotos::MaxBytes)
            return core::ContactPhoto{bytes, QStringLiteral("image/jpeg")};
    }
    return core::Error{core::ErrorCode::Invalid, tr("%1 cannot be stored as a photo").arg(path),
                       QStringLiteral("photo")};
}

void PhotoButton::choose()
{
    QString path = std::exchange(nextFileName(), QString());
    if (path.isEmpty()) {
        QSettings settings;
        const QString dir =
            settings
                .value(QStringLiteral("photoButton/lastDir"),
                       QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                .toString();
        path = QFileDialog::getOpenFileName(
            this, tr("Choose Photo"), dir,
            tr("Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("photoButton/lastDir"), QFileInfo(path).absolutePath());
    }
    auto photo = fromFile(path);
    if (!photo) {
        MessageBox::warning(this, tr("Choose Photo"), photo.error().detail);
        return;
    }
    setPhoto(photo.value());
    emit photoChanged();
}

void PhotoButton::updatePicture()
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(Side, Side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0.5, 0.5, Side - 1, Side - 1));
    QImage image;
    if (!m_photo.isEmpty())
        image.loadFromData(m_photo.data);
    if (!image.isNull()) {
        // Centre-cropped to a square, then clipped round.
        const int side = std::min(image.width(), image.height());
        image = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
        p.setClipPath(circle);
        p.drawImage(QRectF(0, 0, Side, Side), image);
    } else {
        p.fillPath(circle, palette().color(QPalette::Mid));
        QFont font = p.font();
        font.setPixelSize(Side / 3);
        font.setBold(true);
        p.setFont(font);
        p.setPen(palette().color(QPalette::Light));
        p.drawText(QRectF(0, 0, Side, Side), Qt::AlignCenter, initials(m_name));
    }
    p.end();
    setIcon(QIcon(pixmap));
    m_remove->setEnabled(!m_photo.isEmpty());
}

} // namespace crm::ui
