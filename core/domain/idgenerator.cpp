// SPDX-License-Identifier: GPL-3.0-or-later
#include "idgenerator.h"

#include <QHash>

#include <mutex>

#include <QDateTime>
#include <QRandomGenerator>

namespace CivicDesk {

namespace {
thread_local IdScope *t_scope = nullptr;

QString format(std::uint64_t hi, std::uint64_t lo)
{
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
} // namespace

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

    return format(hi, lo);
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


/// A 64-bit hash of @p text that is the same in every process (qHash with a seed mixes in a per-process
/// random seed, so two processes running one command would make different ids): FNV-1a, then splitmix64.
static std::uint64_t stableHash(const QString &text, std::uint64_t salt)
{
    std::uint64_t h = 0xcbf29ce484222325ULL ^ salt;
    for (const char c : text.toUtf8()) {
        h ^= std::uint8_t(c);
        h *= 0x100000001b3ULL;
    }
    h += 0x9e3779b97f4a7c15ULL;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

IdScope::IdScope(const QString &commandId)
    : m_generator(stableHash(commandId, 0x43444b31))
    , m_random(stableHash(commandId, 0x1d5c0de))
    , m_outer(t_scope)
{
    if (IdGenerator::isValid(commandId)) {
        QString hex = commandId.left(8) + commandId.mid(9, 4) + commandId.mid(14, 4);
        m_prefix = hex.toULongLong(nullptr, 16);
        m_prefixMs = qint64(m_prefix >> 16);
    }
    t_scope = this;
}

IdScope::~IdScope()
{
    t_scope = m_outer;
}

QString IdScope::next(qint64 unixMs)
{
    if (unixMs != m_prefixMs || m_prefixMs < 0)
        return m_generator.next(unixMs);
    // The command's own millisecond and counter, then the row's place within the command: rows sort after the
    // rows of the commands issued before it in the same millisecond, and in the order the command made them.
    const std::uint64_t lo = 0x8000000000000000ULL | ((m_sequence++ & 0x3fffffULL) << 40) | (m_random() & 0xffffffffffULL);
    return format(m_prefix, lo);
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
