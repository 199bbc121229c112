// SPDX-License-Identifier: GPL-3.0-or-later
#include "osmextract.h"

#include "core/util/tr.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <osmium/area/assembler.hpp>
#include <osmium/area/multipolygon_manager.hpp>
#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/pbf_input.hpp>
#include <osmium/relations/relations_manager.hpp>
#include <osmium/tags/tags_filter.hpp>
#include <osmium/visitor.hpp>

#include <exception>

namespace CivicDesk {
namespace {

QString tag(const osmium::OSMObject &o, const char *key)
{
    const char *v = o.tags()[key];
    return v ? QString::fromUtf8(v).trimmed() : QString();
}

QGeoCoordinate coordinate(const osmium::Location &l)
{
    return QGeoCoordinate(l.lat(), l.lon());
}

/// The numbers of a house number as tagged: "12" → 12, "12A" → 12, "12-14" → 12 and 14, "3;5" → 3 and 5.
QList<int> houseNumbers(const QString &text)
{
    QList<int> out;
    static const QRegularExpression number(QStringLiteral("(?:^|[;,\\-–/ ])\\s*(\\d{1,5})"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const int n = it.next().captured(1).toInt();
        if (n > 0 && !out.contains(n))
            out.append(n);
    }
    return out;
}

class Collector : public osmium::handler::Handler
{
public:
    Collector(OsmExtract &out, int adminLevel) : m_out(out), m_adminLevel(adminLevel) {}

    void node(const osmium::Node &n)
    {
        address(n, n.location().valid() ? coordinate(n.location()) : QGeoCoordinate());
    }

    void way(const osmium::Way &w)
    {
        const QString name = tag(w, "name");
        if (!name.isEmpty() && w.tags()["highway"]) {
            QList<QGeoCoordinate> line;
            for (const osmium::NodeRef &r : w.nodes())
                if (r.location().valid())
                    line.append(coordinate(r.location()));
            if (line.size() >= 2) {
                auto it = m_streetIndex.constFind(name);
                if (it == m_streetIndex.constEnd()) {
                    it = m_streetIndex.insert(name, m_out.streets.size());
                    m_out.streets.append({name, {}});
                }
                m_out.streets[*it].lines.append(line);
            }
        }
        if (w.tags()["addr:housenumber"] && w.nodes().size() >= 3) {
            // A building (or any outline) with an address: the address point is the middle of its outline.
            double lat = 0, lon = 0;
            int n = 0;
            const auto &nodes = w.nodes();
            const size_t count = nodes.ends_have_same_id() ? nodes.size() - 1 : nodes.size();
            for (size_t i = 0; i < count; ++i) {
                if (!nodes[i].location().valid())
                    continue;
                lat += nodes[i].location().lat();
                lon += nodes[i].location().lon();
                ++n;
            }
            address(w, n > 0 ? QGeoCoordinate(lat / n, lon / n) : QGeoCoordinate());
        }
    }

    void area(const osmium::Area &a)
    {
        const char *boundary = a.tags()["boundary"];
        const char *level = a.tags()["admin_level"];
        if (!boundary || qstrcmp(boundary, "administrative") != 0 || !level)
            return;
        bool ok = false;
        const int l = QByteArray(level).toInt(&ok);
        if (!ok)
            return;
        ++m_out.boundaryLevels[l];
        const QString name = tag(a, "name");
        if (l != m_adminLevel || name.isEmpty())
            return;
        OsmExtract::Boundary b{name, {}};
        for (const osmium::OuterRing &outer : a.outer_rings()) {
            QList<QGeoCoordinate> ring;
            for (const osmium::NodeRef &r : outer)
                ring.append(coordinate(r.location()));
            QGeoPolygon polygon(ring);
            for (const osmium::InnerRing &inner : a.inner_rings(outer)) {
                QList<QGeoCoordinate> hole;
                for (const osmium::NodeRef &r : inner)
                    hole.append(coordinate(r.location()));
                polygon.addHole(hole);
            }
            b.polygons.append(polygon);
        }
        if (!b.polygons.isEmpty())
            m_out.boundaries.append(b);
    }

private:
    void address(const osmium::OSMObject &o, const QGeoCoordinate &at)
    {
        const QString street = tag(o, "addr:street");
        const QString label = tag(o, "addr:housenumber");
        if (street.isEmpty() || label.isEmpty() || !at.isValid())
            return;
        for (int n : houseNumbers(label))
            m_out.addresses.append({street, n, label, at});
    }

    OsmExtract &m_out;
    int m_adminLevel;
    QHash<QString, qsizetype> m_streetIndex;
};

} // namespace

Result<OsmExtract> OsmExtract::read(const QString &path, int adminLevel)
{
    if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable())
        return Error{QStringLiteral("import.unreadable"), Tr::tr("Cannot read %1: no such readable file").arg(path)};
    OsmExtract out;
    try {
        const osmium::io::File input{path.toStdString(), "pbf"};
        // Boundaries are relations of ways: their members are found in a first pass, assembled in the second.
        osmium::area::Assembler::config_type config;
        osmium::TagsFilter filter{false};
        filter.add_rule(true, "boundary", "administrative");
        osmium::area::MultipolygonManager<osmium::area::Assembler> areas{config, filter};
        osmium::relations::read_relations(input, areas); // also when no level is asked for: the levels present are told


        using Index = osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;
        Index index;
        osmium::handler::NodeLocationsForWays<Index> locations{index};
        locations.ignore_errors(); // an extract cuts ways at its edge: their missing nodes are skipped
        Collector collector(out, adminLevel);
        osmium::io::Reader reader{input, osmium::osm_entity_bits::object};
        osmium::apply(reader, locations, collector, areas.handler([&collector](osmium::memory::Buffer &&buffer) {
            osmium::apply(buffer, collector);
        }));
        reader.close();
    } catch (const std::exception &e) {
        return Error{QStringLiteral("import.osm"),
                     Tr::tr("%1 is not a readable OpenStreetMap extract (.osm.pbf): %2").arg(path, QString::fromLocal8Bit(e.what()))};
    }
    return out;
}

} // namespace CivicDesk
