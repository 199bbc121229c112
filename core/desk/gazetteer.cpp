// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "core/text/textfold.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"

#include <QHash>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace CivicDesk {

Gazetteer::Gazetteer(Database &db)
    : m_districts(std::make_unique<DistrictLocator>(GeoRepository(db).districts()))
{
    QHash<QString, qsizetype> index;
    const GeoRepository geo(db);
    for (const auto &[street, folded] : geo.streets()) {
        StreetEntry e;
        e.id = street.id;
        e.name = street.name;
        e.folded = folded;
        e.numberMin = street.numberMin;
        e.numberMax = street.numberMax;
        for (const QString &w : TextFold::indexWords(e.name)) {
            e.words.append(w);
            const QString sk = TextFold::skeleton(w);
            if (sk != w)
                e.words.append(sk);
        }
        index.insert(e.id, m_streets.size());
        m_streets.append(e);
    }
    for (const StreetSegment &g : geo.segments()) {
        const auto it = index.constFind(g.streetId);
        if (it == index.constEnd())
            continue;
        m_streets[*it].segments.append({g.fromNumber, g.toNumber, g.from, g.to, g.districtId});
    }
}

QString Gazetteer::districtAt(const QGeoCoordinate &point) const
{
    return m_districts->districtAt(point);
}

bool Gazetteer::isOutside(const QGeoCoordinate &point) const
{
    return !m_districts->districts().isEmpty() && districtAt(point).isEmpty();
}

QString Gazetteer::districtName(const QString &id) const
{
    for (const District &d : m_districts->districts())
        if (d.id == id)
            return d.name;
    return {};
}

std::optional<AddressMatch> Gazetteer::nearest(const QGeoCoordinate &point, double maxMetres) const
{
    if (!point.isValid())
        return std::nullopt;
    // Metres on a plane tangent at the point: exact enough over a few hundred metres.
    const double kx = 111320.0 * std::cos(qDegreesToRadians(point.latitude())), ky = 110540.0;
    const auto local = [&](const QGeoCoordinate &c) {
        return std::pair{(c.longitude() - point.longitude()) * kx, (c.latitude() - point.latitude()) * ky};
    };
    const StreetEntry *bestStreet = nullptr;
    const Segment *bestSegment = nullptr;
    double bestD = maxMetres * maxMetres, bestT = 0;
    for (const StreetEntry &street : m_streets) {
        for (const Segment &seg : street.segments) {
            const auto [ax, ay] = local(seg.a);
            const auto [bx, by] = local(seg.b);
            const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
            const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
            const double px = ax + t * dx, py = ay + t * dy, d = px * px + py * py;
            if (d < bestD) {
                bestD = d;
                bestT = t;
                bestStreet = &street;
                bestSegment = &seg;
            }
        }
    }
    if (!bestStreet)
        return std::nullopt;
    AddressMatch m;
    m.streetId = bestStreet->id;
    m.street = bestStreet->name;
    if (bestSegment->to > 0) {
        int n = bestSegment->from + int(std::lround(bestT * (bestSegment->to - bestSegment->from)));
        // House numbers of a segment usually run on one side: keep the parity of its first number.
        if (bestSegment->to - bestSegment->from >= 2 && (n - bestSegment->from) % 2 != 0)
            n += n + 1 <= bestSegment->to ? 1 : -1;
        m.number = std::max(1, n);
        m.numberKnown = true;
    }
    m.label = m.number > 0 ? m.street + u' ' + QString::number(m.number) : m.street;
    m.location = point;
    m.districtId = districtAt(point);
    if (m.districtId.isEmpty() && m_districts->districts().isEmpty())
        m.districtId = bestSegment->districtId;
    return m;
}

QList<StreetLine> Gazetteer::streetLines() const
{
    QList<StreetLine> out;
    out.reserve(m_streets.size());
    for (const StreetEntry &street : m_streets) {
        // A street with geometry of its own (from map data) draws that alone: its numbered points and the
        // stretches between them are for finding addresses, not lines of the map.
        const bool hasGeometry = std::any_of(street.segments.begin(), street.segments.end(), [](const Segment &s) { return s.to == 0; });
        StreetLine line{street.name, {}};
        for (const Segment &seg : street.segments)
            if ((!hasGeometry || seg.to == 0) && seg.a != seg.b)
                line.segments.append({seg.a, seg.b});
        if (!line.segments.isEmpty())
            out.append(line);
    }
    return out;
}

AddressMatch Gazetteer::locate(const StreetEntry &street, int number) const
{
    AddressMatch m;
    m.streetId = street.id;
    m.street = street.name;
    m.number = number;
    m.label = number > 0 ? street.name + u' ' + QString::number(number) : street.name;
    if (street.segments.isEmpty()) {
        // A register's street without geometry: the number is known when it lies in the street's range.
        m.numberKnown = number > 0 && street.numberMax > 0 && number >= street.numberMin && number <= street.numberMax;
        return m;
    }
    const Segment *seg = nullptr;
    if (number > 0) {
        // The numbered point itself first (an address of the map data), then a stretch of the same side
        // (odd or even) to interpolate along, then any stretch whose numbers include it.
        int bestRank = 3;
        for (const Segment &s : street.segments) {
            if (s.to == 0 || number < s.from || number > s.to)
                continue;
            const int rank = s.from == s.to ? 0 : ((number - s.from) % 2 == 0 && (s.to - s.from) % 2 == 0 ? 1 : 2);
            if (rank < bestRank) {
                bestRank = rank;
                seg = &s;
            }
        }
        m.numberKnown = seg != nullptr;
    }
    if (seg) {
        const double t = seg->to > seg->from ? double(number - seg->from) / double(seg->to - seg->from) : 0.5;
        m.location = QGeoCoordinate(seg->a.latitude() + t * (seg->b.latitude() - seg->a.latitude()),
                                    seg->a.longitude() + t * (seg->b.longitude() - seg->a.longitude()));
        m.districtId = seg->districtId;
    } else if (number == 0) {
        // The middle of the street's drawn line (its numbered points when it has nothing else).
        QList<const Segment *> drawn;
        for (const Segment &s : street.segments)
            if (s.to == 0)
                drawn.append(&s);
        const Segment &mid = drawn.isEmpty() ? street.segments[street.segments.size() / 2] : *drawn[drawn.size() / 2];
        m.location = QGeoCoordinate((mid.a.latitude() + mid.b.latitude()) / 2, (mid.a.longitude() + mid.b.longitude()) / 2);
        m.districtId = mid.districtId;
    }
    if (m.location.isValid() && m.districtId.isEmpty())
        m.districtId = districtAt(m.location);
    return m;
}

QList<AddressMatch> Gazetteer::complete(const QString &text, int limit) const
{
    QStringList words = TextFold::queryWords(text);
    int number = 0;
    // The house number: the last word that is a number ("Ερμού 12", "Via Roma, 12"), or the first ("12 Ermou").
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        QString w = words[i];
        // "12α", "12b": the digits count, the letter is kept in the label only by the operator's text.
        qsizetype digits = 0;
        while (digits < w.size() && w[digits].isDigit())
            ++digits;
        if (digits > 0 && (i == words.size() - 1 || i == 0) && digits >= w.size() - 1) {
            number = w.left(digits).toInt();
            words.removeAt(i);
            break;
        }
    }
    if (words.isEmpty())
        return {};
    QStringList skeletons;
    for (const QString &w : words)
        {
        const QString sk = TextFold::skeleton(w);
        skeletons.append(sk.size() >= 3 && sk.size() + 1 >= w.size() / 2 ? sk : QString());
    }

    struct Scored
    {
        const StreetEntry *street;
        int score;
    };
    QList<Scored> scored;
    for (const StreetEntry &s : m_streets) {
        int score = 0;
        bool all = true;
        for (qsizetype i = 0; i < words.size() && all; ++i) {
            int best = 0;
            for (qsizetype k = 0; k < s.words.size(); ++k) {
                const QString &w = s.words[k];
                if (w == words[i])
                    best = std::max(best, 40);
                else if (w.startsWith(words[i]))
                    best = std::max(best, k == 0 ? 30 : 25);
                else if (!skeletons[i].isEmpty() && w.startsWith(skeletons[i]))
                    best = std::max(best, 15);
            }
            all = best > 0;
            score += best;
        }
        if (all)
            scored.append({&s, score});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.street->folded < b.street->folded;
    });
    QList<AddressMatch> out;
    for (const Scored &s : scored) {
        out.append(locate(*s.street, number));
        if (out.size() >= limit)
            break;
    }
    return out;
}

std::optional<AddressMatch> Gazetteer::resolve(const QString &text) const
{
    const QList<AddressMatch> all = complete(text, 2);
    if (all.isEmpty())
        return std::nullopt;
    // The typed street is unambiguous when its folded name is what was typed, or when only one street matches.
    const QString folded = TextFold::fold(text);
    if (all.size() == 1 || folded.startsWith(TextFold::fold(all.front().street)))
        return all.front();
    return std::nullopt;
}

} // namespace CivicDesk
