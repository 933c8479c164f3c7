#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons as PNGs with Node built-ins only (zlib + hand-written
 * PNG chunks), so no image tool is needed. Run: node assets/scripts/make-icons.js
 * The picture: a blue rounded square with a white table grid and a green check mark.
 * The generated PNGs are committed; re-run only when the design changes.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes RGBA pixels (Uint8Array, size*size*4) as a PNG. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x10, 0x7c, 0x10];

/** Coverage of a pixel by a shape, by 4×4 supersampling (gives smooth edges at 16 px). */
function coverage(x, y, inside) {
  let n = 0;
  for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) n++;
  return n / 16;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function draw(size) {
  const px = new Uint8Array(size * size * 4);
  const s = size;
  const r = s * 0.18; // corner radius
  const inRoundRect = (x, y) => {
    const cx = Math.min(Math.max(x, r), s - r);
    const cy = Math.min(Math.max(y, r), s - r);
    return Math.hypot(x - cx, y - cy) <= r;
  };
  // Table grid: 3 columns × 4 rows of white lines inside the square, upper-left part.
  const g0 = s * 0.16;
  const g1 = s * 0.84;
  const line = Math.max(1, s * 0.06);
  const inGrid = (x, y) => {
    if (x < g0 || x > g1 || y < g0 || y > g1) return false;
    const cols = [g0, g0 + (g1 - g0) / 3, g0 + (2 * (g1 - g0)) / 3, g1];
    const rows = [g0, g0 + (g1 - g0) / 4, g0 + (2 * (g1 - g0)) / 4, g0 + (3 * (g1 - g0)) / 4, g1];
    return cols.some((c) => Math.abs(x - c) <= line / 2) || rows.some((rr) => Math.abs(y - rr) <= line / 2);
  };
  // Check mark: a thick green stroke with a white halo, lower right.
  const a = [s * 0.42, s * 0.66];
  const b = [s * 0.58, s * 0.82];
  const c = [s * 0.9, s * 0.44];
  const stroke = Math.max(1.2, s * 0.085);
  const dCheck = (x, y) => Math.min(distToSegment(x, y, ...a, ...b), distToSegment(x, y, ...b, ...c));
  const inCheck = (x, y) => dCheck(x, y) <= stroke;
  const inHalo = (x, y) => dCheck(x, y) <= stroke + Math.max(1, s * 0.05);

  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const base = coverage(x, y, inRoundRect);
      let rgb = BLUE.slice();
      const mix = (col, k) => {
        rgb = rgb.map((v, i) => Math.round(v * (1 - k) + col[i] * k));
      };
      mix(WHITE, coverage(x, y, inGrid));
      mix(WHITE, coverage(x, y, inHalo));
      mix(GREEN, coverage(x, y, inCheck));
      const halo = coverage(x, y, inHalo);
      const alpha = Math.max(base, halo);
      const i = (y * s + x) * 4;
      px[i] = rgb[0];
      px[i + 1] = rgb[1];
      px[i + 2] = rgb[2];
      px[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(s, px);
}

const outDir = path.resolve(__dirname, '..');
for (const size of [16, 32, 64, 80, 128]) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, draw(size));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
