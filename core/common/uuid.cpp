// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

namespace crm::core {

QByteArray Uuid::createV7()
{
    // 48-bit Unix ms, then a 12-bit counter seeded randomly each ms (RFC 9562 method 1)
    // so ids made within one millisecond on this machine still sort in creation order.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 seq = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 s;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++seq > 0x0fff) {
                seq = 0;
                lastMs = ++ms;
            }
        } else {
            lastMs = ms;
            seq = QRandomGenerator::global()->bounded(0x0400);
        }
        s = seq;
    }
    QByteArray id(16, Qt::Uninitialized);
    auto *b = reinterpret_cast<uchar *>(id.data());
    for (int i = 0; i < 6; ++i)
        b[i] = uchar(ms >> (8 * (5 - i)));
    b[6] = uchar(0x70 | ((s >> 8) & 0x0f));
    b[7] = uchar(s & 0xff);
    quint64 rnd = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i)
        b[i] = uchar(rnd >> (8 * (i - 8)));
    b[8] = uchar(0x80 | (b[8] & 0x3f));
    return id;
}

QString Uuid::toString(const QByteArray &id)
{
    if (id.size() != 16)
        return {};
    return QUuid::fromRfc4122(id).toString(QUuid::WithoutBraces);
}

QByteArray Uuid::fromString(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() != 36 && t.size() != 32)
        return {};
    QUuid u = t.size() == 36 ? QUuid::fromString(t)
                             : QUuid::fromString(QString(u'{' + t.left(8) + u'-' + t.mid(8, 4) +
                                                         u'-' + t.mid(12, 4) + u'-' + t.mid(16, 4) +
                                                         u'-' + t.mid(20) + u'}'));
    if (u.isNull())
        return {};
    return u.toRfc4122();
}

} // namespace crm::core
