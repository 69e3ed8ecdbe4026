/**
 * Draws the SMORTE icons (assets/icon-<size>.png) from geometry, so they can be redrawn at any size
 * and reviewed as code: a calm teal rounded square with a white target ring and a check mark through
 * its centre ("the goal is reached"). Small sizes drop the ring, which would blur into the tick.
 *
 * Run: npx tsx scripts/draw-icons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const TEAL: Rgb = [0x13, 0x7a, 0x74];
const TEAL_DARK: Rgb = [0x0c, 0x5e, 0x5a];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** Signed distance from (x, y) to a rounded square spanning [m, 1 - m] with corner radius r (unit space). */
function roundedSquare(x: number, y: number, m: number, r: number): number {
  const half = 0.5 - m;
  const qx = Math.abs(x - 0.5) - (half - r);
  const qy = Math.abs(y - 0.5) - (half - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance from (x, y) to the segment a-b. */
function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

interface Shape {
  /** Background: inside the rounded square. */
  tile: boolean;
  /** White mark (ring or check). */
  mark: boolean;
  /** 0 at the top, 1 at the bottom, for a gentle vertical shade. */
  y: number;
}

function sample(x: number, y: number, size: number): Shape {
  const withRing = size >= 32;
  const tile = roundedSquare(x, y, 0.02, 0.2) <= 0;
  const stroke = size <= 16 ? 0.16 : size <= 32 ? 0.12 : 0.1;
  // The check mark: short down-stroke, long up-stroke, centred slightly low.
  const check = Math.min(segment(x, y, 0.28, 0.52, 0.44, 0.68), segment(x, y, 0.44, 0.68, 0.74, 0.34)) <= stroke / 2;
  const ringRadius = 0.34;
  const ringWidth = size >= 64 ? 0.055 : 0.07;
  const ring = withRing && Math.abs(Math.hypot(x - 0.5, y - 0.5) - ringRadius) <= ringWidth / 2;
  return { tile, mark: tile && (check || ring), y };
}

/** Renders one icon with 8x8 supersampling for smooth edges; transparent outside the tile. */
export function drawIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const n = 8;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const s = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          if (!s.tile) continue;
          cover++;
          const shade = s.y;
          const rgb = s.mark ? WHITE : TEAL.map((c, i) => c + (TEAL_DARK[i] - c) * shade);
          for (let i = 0; i < 3; i++) sum[i] += rgb[i];
        }
      }
      const at = (py * size + px) * 4;
      png.data[at] = cover ? Math.round(sum[0] / cover) : 0;
      png.data[at + 1] = cover ? Math.round(sum[1] / cover) : 0;
      png.data[at + 2] = cover ? Math.round(sum[2] / cover) : 0;
      png.data[at + 3] = Math.round((255 * cover) / (n * n));
    }
  }
  return png;
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, PNG.sync.write(drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}
