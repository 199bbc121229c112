// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CivicDesk {

class DeskSession;
class MapWidget;

/// Gives @p map the municipality's base map (its tile server with a disk cache, its MBTiles file, or the vector
/// map from the districts and streets), the districts and a first view on the municipality. Returns what went
/// wrong with the configured base map (the vector map is used instead), or nothing.
QString setUpMap(MapWidget &map, DeskSession &desk);

} // namespace CivicDesk
