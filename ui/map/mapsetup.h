// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CivicDesk {
namespace Geo {
struct BaseMapConfig;
}

class DeskSession;
class MapWidget;

/// Gives @p map the municipality's base map (its tile server with a disk cache, its MBTiles file, or the vector
/// map from the districts and streets), the districts and a first view on the municipality. Returns what went
/// wrong with the configured base map (the vector map is used instead), or nothing.
QString setUpMap(MapWidget &map, DeskSession &desk);
/// Gives @p map the base map @p config (a tile server, an MBTiles file, or none: the vector map under it);
/// returns why it cannot be used (the vector map stays), or nothing.
QString setBaseMap(MapWidget &map, const Geo::BaseMapConfig &config);
/// Puts the municipality in @p map's view: its districts, else its centre.
void showMunicipality(MapWidget &map, DeskSession &desk);

} // namespace CivicDesk
