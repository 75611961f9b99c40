#!/usr/bin/env node
/**
 * Draws the app icon (the model's two bands: customer blue over AWS amber) as
 * PNGs for the web manifest. Run once when the icon changes; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x12, 0x16, 0x1c];
const TOP = [0x4d, 0x9f, 0xec];
const BOTTOM = [0xf5, 0xa6, 0x3c];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function inRoundRect(x, y, left, top, right, bottom, r) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function icon(size, padding) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  const p = size * padding;
  const gap = size * 0.06;
  const mid = size / 2;
  const r = size * 0.08;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let color = BG;
      if (inRoundRect(x, y, p, p, size - p, mid - gap / 2, r)) color = TOP;
      else if (inRoundRect(x, y, p, mid + gap / 2, size - p, size - p, r)) color = BOTTOM;
      raw.set(color, y * (size * 3 + 1) + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

writeFileSync('public/icon-192.png', icon(192, 0.12));
writeFileSync('public/icon-512.png', icon(512, 0.12));
// Maskable icons keep their content inside the central 80% safe zone.
writeFileSync('public/icon-maskable-512.png', icon(512, 0.2));
writeFileSync('public/apple-touch-icon.png', icon(180, 0.12));
console.log('icons written to public/');
