// SPDX-License-Identifier: GPL-3.0-or-later
#include "idgenerator.h"

#include <QHash>

#include <mutex>

#include <QDateTime>
#include <QRandomGenerator>

namespace CivicDesk {

IdGenerator::IdGenerator()
    : m_random(QRandomGenerator::system()->generate64())
{
}

IdGenerator::IdGenerator(std::uint64_t seed)
    : m_random(seed)
{
}

QString IdGenerator::next()
{
    return next(QDateTime::currentMSecsSinceEpoch());
}

QString IdGenerator::next(qint64 unixMs)
{
    if (unixMs == m_lastMs) {
        m_counter = static_cast<quint16>((m_counter + 1) & 0x0fff);
    } else {
        m_lastMs = unixMs;
        m_counter = static_cast<quint16>(m_random() & 0x03ff); // leave headroom for the counter
    }
    const std::uint64_t ms = static_cast<std::uint64_t>(unixMs) & 0xffffffffffffULL;
    const std::uint64_t hi = (ms << 16) | 0x7000ULL | m_counter;
    const std::uint64_t lo = (m_random() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;

    static constexpr char digits[] = "0123456789abcdef";
    char out[36];
    int pos = 0;
    auto put = [&](std::uint64_t v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            out[pos++] = digits[(v >> (i * 4)) & 0xf];
    };
    put(hi >> 32, 8);
    out[pos++] = '-';
    put((hi >> 16) & 0xffff, 4);
    out[pos++] = '-';
    put(hi & 0xffff, 4);
    out[pos++] = '-';
    put(lo >> 48, 4);
    out[pos++] = '-';
    put(lo & 0xffffffffffffULL, 12);
    return QString::fromLatin1(out, 36);
}

bool IdGenerator::isValid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    const QChar variant = text.at(19);
    return text.at(14) == u'7' && (variant == u'8' || variant == u'9' || variant == u'a' || variant == u'b');
}

qint64 IdGenerator::timestampOf(const QString &text)
{
    if (!isValid(text))
        return -1;
    QString hex = text.left(8) + text.mid(9, 4);
    bool ok = false;
    const qint64 ms = hex.toLongLong(&ok, 16);
    return ok ? ms : -1;
}

namespace {
thread_local IdGenerator *t_scope = nullptr;
} // namespace

IdScope::IdScope(const QString &seed)
    : m_generator(std::uint64_t(qHash(seed, 0x43444b31)) ^ (std::uint64_t(qHash(seed, 0x5eed)) << 32))
    , m_outer(t_scope)
{
    t_scope = &m_generator;
}

IdScope::~IdScope()
{
    t_scope = m_outer;
}

QString newRowId(qint64 unixMs)
{
    if (t_scope)
        return t_scope->next(unixMs);
    static std::mutex mutex;
    static IdGenerator generator;
    const std::lock_guard lock(mutex);
    return generator.next(unixMs);
}

} // namespace CivicDesk
