// Derives the map's base layer (cli/src/main/resources/org/sahelevents/cli/west-africa-base.geojson) once, from
// Natural Earth 1:50m data (public domain): country borders from the npm package world-atlas 2.0.2
// (countries-50m.json, TopoJSON), rivers and lakes from ne_50m_rivers_lake_centerlines.geojson and
// ne_50m_lakes.geojson (https://www.naturalearthdata.com/downloads/50m-physical-vectors/). It keeps what touches
// West Africa, simplifies lines (Douglas-Peucker, 0.02 degrees) and rounds coordinates to 0.001 degree, so the
// resource stays small enough to inline in every HTML page. Run from the project root:
//   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   node cli/tools/derive-base-layer.mjs package/countries-50m.json ne_50m_rivers_lake_centerlines.geojson \
//       ne_50m_lakes.geojson > cli/src/main/resources/org/sahelevents/cli/west-africa-base.geojson
import { readFileSync } from 'node:fs';

const FRAME = { west: -18.5, south: 3.5, east: 16.5, north: 25.5 };
const TOLERANCE = 0.02;
// The rivers and lakes Natural Earth's 1:50m files leave unnamed, told by a point they pass near.
const NAMED = [
  { name: 'Niger', kind: 'river', near: [[-8.0, 12.65], [-4.2, 14.5], [2.11, 13.51], [-0.05, 16.27]] },
  { name: 'Senegal', kind: 'river', near: [[-11.45, 14.45], [-14.5, 16.6]] },
  { name: 'Lake Chad', kind: 'lake', near: [[14.2, 13.2]] },
  { name: 'Lake Volta', kind: 'lake', near: [[-0.1, 7.5]] },
  { name: 'Lake Kainji', kind: 'lake', near: [[4.55, 10.3]] },
];

const [countriesFile, riversFile, lakesFile] = process.argv.slice(2);
const topology = JSON.parse(readFileSync(countriesFile, 'utf8'));
const features = [];

// TopoJSON arcs are quantized and delta-encoded; decode them once.
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
const arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});
const arcPoints = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
const ring = (indexes) => indexes.flatMap((i, k) => (k === 0 ? arcPoints(i) : arcPoints(i).slice(1)));

for (const g of topology.objects.countries.geometries) {
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const coordinates = polygons.map((p) => p.map(ring)).filter((p) => touches(p[0]));
  if (coordinates.length > 0) {
    features.push(feature({ kind: 'country', name: g.properties.name },
      { type: 'MultiPolygon', coordinates: coordinates.map((p) => p.map((r) => simplify(r, true))) }));
  }
}
for (const [file, kind] of [[riversFile, 'river'], [lakesFile, 'lake']]) {
  for (const f of JSON.parse(readFileSync(file, 'utf8')).features) {
    const parts = f.geometry.type.startsWith('Multi') ? f.geometry.coordinates : [f.geometry.coordinates];
    if (kind === 'river') {
      const lines = parts.filter(touches).map((l) => simplify(l, false)).filter((l) => l.length > 1);
      if (lines.length > 0) {
        features.push(feature({ kind, name: nameOf(kind, lines.flat()) },
          { type: 'MultiLineString', coordinates: lines }));
      }
    } else {
      const polygons = parts.filter((p) => touches(p[0]) && area(p[0]) > 0.05);
      if (polygons.length > 0) {
        features.push(feature({ kind, name: nameOf(kind, polygons.flat(2)) },
          { type: 'MultiPolygon', coordinates: polygons.map((p) => p.map((r) => simplify(r, true))) }));
      }
    }
  }
}
process.stdout.write(JSON.stringify({
  type: 'FeatureCollection',
  attribution: 'Made with Natural Earth (public domain): 1:50m countries (via world-atlas 2.0.2), rivers and lakes',
  features,
}) + '\n');

function touches(points) {
  return points.some(([x, y]) => x >= FRAME.west && x <= FRAME.east && y >= FRAME.south && y <= FRAME.north);
}

function nameOf(kind, points) {
  const hit = NAMED.find((n) => n.kind === kind && n.near.some(([nx, ny]) =>
    points.some(([x, y]) => Math.abs(x - nx) < 0.35 && Math.abs(y - ny) < 0.35)));
  return hit ? hit.name : '';
}

function area(points) {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    sum += (points[j][0] + points[i][0]) * (points[j][1] - points[i][1]);
  }
  return Math.abs(sum / 2);
}

function feature(properties, geometry) {
  return { type: 'Feature', properties, geometry };
}

function round(p) {
  return [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];
}

// Douglas-Peucker; a ring keeps at least four points so that it stays a ring.
function simplify(points, closed) {
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop();
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = distance(points[i], points[a], points[b]);
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (worst > TOLERANCE) {
      keep[at] = true;
      stack.push([a, at], [at, b]);
    }
  }
  const kept = points.filter((p, i) => keep[i]).map(round);
  return closed && kept.length < 4 ? points.map(round) : kept;
}

function distance([x, y], [x1, y1], [x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}
