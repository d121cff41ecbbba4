/**
 * Social preview images (Open Graph, 1200×630) for policies and
 * announcements, drawn at build time. Text is laid out glyph by glyph from
 * the Noto Sans SC font that the project brings as an npm package
 * (@fontsource/noto-sans-sc, SIL Open Font License 1.1), so no system font is
 * needed and the picture is the same on every machine. Build-time only.
 *
 * Drawing a card is three cheap steps (it was an SVG of glyph outlines that
 * librsvg filled, about 20 ms a card):
 * - each distinct glyph (character, weight, size, quarter-pixel position) is
 *   turned into an anti-aliased mask once per process (glyph-mask.ts);
 * - the card is composed in memory as palette indices: the background is
 *   filled, and each glyph's mask is laid over it in its text colour;
 * - the indices are written as an 8-bit palette PNG with Node's zlib.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, crc32, deflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { glyphMask } from './glyph-mask.ts';
import { readCachedCard, writeCachedCard } from './cache.ts';

type Weight = 400 | 700;

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const require = createRequire(join(process.cwd(), 'package.json'));
const fontDir = dirname(require.resolve('@fontsource/noto-sans-sc/unicode.json'));

/** The font ships in slices by Unicode range; this finds and loads the slice for each character. */
interface Slice {
  name: string;
  ranges: [number, number][];
}
const slices: Slice[] = Object.entries(
  JSON.parse(readFileSync(join(fontDir, 'unicode.json'), 'utf8')) as Record<string, string>,
).map(([key, list]) => ({
  name: key.replace(/[[\]]/g, ''),
  ranges: list.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
  }),
}));
const loaded = new Map<string, fontkit.Font>();

function fontFor(cp: number, weight: Weight): fontkit.Font | undefined {
  const slice = slices.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
  if (!slice) return undefined;
  const key = `${slice.name}-${weight}`;
  let font = loaded.get(key);
  if (!font) {
    font = fontkit.create(
      readFileSync(join(fontDir, 'files', `noto-sans-sc-${slice.name}-${weight}-normal.woff2`)),
    ) as fontkit.Font;
    loaded.set(key, font);
  }
  return font;
}

interface Glyph {
  char: string;
  advance: number;
  /** The outline in font units (y up), empty for spaces. */
  commands: fontkit.PathCommand[];
  /** The outline's control box in font units: the outline never reaches beyond it. */
  box: fontkit.BBOX;
  unitsPerEm: number;
}

const glyphs = new Map<string, Glyph>();

function glyphOf(char: string, weight: Weight): Glyph {
  const key = `${weight}${char}`;
  let glyph = glyphs.get(key);
  if (!glyph) {
    glyph = loadGlyph(char, weight);
    glyphs.set(key, glyph);
  }
  return glyph;
}

function loadGlyph(char: string, weight: Weight): Glyph {
  const cp = char.codePointAt(0)!;
  const font = fontFor(cp, weight) ?? fontFor('□'.codePointAt(0)!, weight)!;
  const glyph = font.glyphForCodePoint(cp);
  return {
    char,
    advance: glyph.advanceWidth,
    commands: glyph.path.commands,
    box: glyph.path.cbox,
    unitsPerEm: font.unitsPerEm,
  };
}

/** Characters that may not begin a line, and that may not end one (Chinese line-breaking rules, 禁则). */
const NO_START = new Set('，。、；：？！）》」』〕】…”’·%'.split(''));
const NO_END = new Set('（《「『〔【“‘'.split(''));

/** Splits text into pieces that may not be broken: a Latin word or number, or one CJK character with its attached punctuation. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9.\-〔〕]+|./gsu)) {
    const piece = m[0];
    const prev = units.at(-1);
    if (prev !== undefined && (NO_START.has(piece[0]) || NO_END.has(prev.at(-1)!)))
      units[units.length - 1] = prev + piece;
    else units.push(piece);
  }
  return units;
}

/** Width of text at a size, in pixels. */
function widthOf(text: string, size: number, weight: Weight): number {
  return [...text].reduce((w, c) => {
    const g = glyphOf(c, weight);
    return w + (g.advance * size) / g.unitsPerEm;
  }, 0);
}

/** Greedy line breaking within `maxWidth`, honouring breakUnits. */
export function wrap(text: string, size: number, weight: Weight, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  // The line's width, summed glyph by glyph from the left as widthOf sums it, so it is the same number.
  let width = 0;
  for (const unit of breakUnits(text)) {
    let wider = width;
    for (const c of unit) wider += widthOf(c, size, weight);
    if (line && wider > maxWidth) {
      lines.push(line);
      line = unit.trimStart();
      width = widthOf(line, size, weight);
    } else {
      line += unit;
      width = wider;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface OgCard {
  /** Small line at the top, e.g. the site name. */
  site: string;
  /** What kind of page: 政策文件, 公布. */
  kind: string;
  title: string;
  /** One line at the foot: number, issuer, date (whatever is known), joined by FOOTER_SEPARATOR. */
  footer: string;
}

/** Between the parts of a card's footer. */
export const FOOTER_SEPARATOR = '　·　';

/**
 * The footer's one line. When its parts do not fit, the middle ones go first
 * (the issuer: the number and the date identify the document); when the first
 * and last still do not fit, the first is cut with an ellipsis, so the date
 * always stays whole.
 */
export function fitFooter(footer: string, size: number, maxWidth: number): string {
  const fits = (text: string) => widthOf(text, size, 400) <= maxWidth;
  let parts = footer.split(FOOTER_SEPARATOR).filter(Boolean);
  while (parts.length > 2 && !fits(parts.join(FOOTER_SEPARATOR))) parts = [parts[0], ...parts.slice(2)];
  const line = parts.join(FOOTER_SEPARATOR);
  if (fits(line)) return line;
  const last = parts.length > 1 ? FOOTER_SEPARATOR + parts.at(-1) : '';
  const first = [...parts[0]];
  while (first.length > 0 && !fits(`${first.join('')}…${last}`)) first.pop();
  return `${first.join('')}…${last}`;
}

/** The title's size and lines: the largest size that fits in three lines, else the smallest, cut to three lines with an ellipsis. */
export function fitTitle(title: string, maxWidth: number): { size: number; lines: string[] } {
  for (const size of [64, 58, 52, 46]) {
    const lines = wrap(title, size, 700, maxWidth);
    if (lines.length <= 3) return { size, lines };
  }
  const lines = wrap(title, 46, 700, maxWidth);
  // Cut the third line until it fits with the ellipsis, and never leave an opening bracket before it.
  const last = [...lines[2]];
  do last.pop();
  while (last.length > 0 && (widthOf(`${last.join('')}…`, 46, 700) > maxWidth || NO_END.has(last.at(-1)!)));
  return { size: 46, lines: [...lines.slice(0, 2), `${last.join('')}…`] };
}

/**
 * Text colours, each over the one background it is drawn on. Every ink has
 * LEVELS entries in the PNG's palette, from its background (level 0) to full
 * colour: 4 inks × 64 levels fill the 256 entries of an 8-bit palette, and 64
 * levels of anti-aliasing cannot be told from 256 at these sizes.
 */
const INKS = {
  site: { fg: '#0b4a82', bg: '#ffffff' },
  kind: { fg: '#50575f', bg: '#ffffff' },
  title: { fg: '#1b1f24', bg: '#ffffff' },
  footer: { fg: '#ffffff', bg: '#0b4a82' },
};
type Ink = keyof typeof INKS;
const LEVELS = 64;
/** The top level, also the mask that takes a pixel's level from its palette index (LEVELS is a power of two). */
const MAX = LEVELS - 1;
const inkBase = (ink: Ink) => Object.keys(INKS).indexOf(ink) * LEVELS;

/** The palette: per ink, the straight blend from background to text colour, as librsvg blends. */
const PALETTE = Buffer.from(
  Object.values(INKS).flatMap(({ fg, bg }) => {
    const [f, b] = [fg, bg].map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
    return Array.from({ length: LEVELS }, (_, l) =>
      [0, 1, 2].map((c) => Math.round(b[c] + ((f[c] - b[c]) * l) / MAX)),
    ).flat();
  }),
);

/** One line of text to draw, left-aligned at (x, baseline), in pixels. */
interface Run {
  text: string;
  x: number;
  baseline: number;
  size: number;
  weight: Weight;
  ink: Ink;
}

const MARGIN = 80;
const FOOTER_TOP = OG_HEIGHT - 130;

/** Where each line of a card goes: everything that decides the picture besides the font. */
function layout(card: OgCard): Run[] {
  const inner = OG_WIDTH - MARGIN * 2;
  const { size, lines } = fitTitle(card.title, inner);
  const lineHeight = Math.round(size * 1.35);
  const top = 250 - ((lines.length - 1) * lineHeight) / 2;
  const footer = fitFooter(card.footer, 30, inner);
  return [
    { text: card.site, x: MARGIN, baseline: 92, size: 30, weight: 700, ink: 'site' },
    { text: card.kind, x: MARGIN, baseline: 140, size: 26, weight: 400, ink: 'kind' },
    ...lines.map((text, i): Run => ({
      text,
      x: MARGIN,
      baseline: Math.round(top + i * lineHeight + size),
      size,
      weight: 700,
      ink: 'title',
    })),
    { text: footer, x: MARGIN, baseline: OG_HEIGHT - 52, size: 30, weight: 400, ink: 'footer' },
  ];
}

/** A glyph drawn once: its coverage in levels 0..MAX, placed relative to the pen (left, top from the baseline). */
interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  levels: Uint8Array;
}

/** Pen positions are rounded to a quarter pixel: Latin letters and digits keep their spacing, with at most four masks per glyph and size. */
const PHASES = 4;
const masks = new Map<string, Mask>();

function maskOf(g: Glyph, weight: Weight, size: number, phase: number): Mask {
  const key = `${weight}/${size}/${phase}/${g.char}`;
  let mask = masks.get(key);
  if (!mask) {
    mask = drawMask(g, size, phase);
    masks.set(key, mask);
  }
  return mask;
}

/** One glyph at a size, shifted right by `phase` quarter pixels, in coverage levels. */
function drawMask(g: Glyph, size: number, phase: number): Mask {
  const s = size / g.unitsPerEm;
  const dx = phase / PHASES;
  // One pixel round the control box: the outline stays inside it, so no descender or bracket is cut off.
  const left = Math.floor(g.box.minX * s + dx) - 1;
  const top = Math.floor(-g.box.maxY * s) - 1;
  const width = Math.ceil(g.box.maxX * s + dx) + 1 - left;
  const height = Math.ceil(-g.box.minY * s) + 1 - top;
  const coverage = glyphMask(g.commands, { x: dx - left, y: -top, scale: s }, width, height);
  return { left, top, width, height, levels: coverage.map((a) => Math.round((a * MAX) / 255)) };
}

/**
 * The picture's rows as the PNG stores them: one filter byte (0, none) then
 * one palette index per pixel. Filters cost time and gain nothing here: the
 * runs of one index in the flat background compress well as they are.
 */
const STRIDE = OG_WIDTH + 1;

function fillRows(rows: Buffer, from: number, to: number, index: number): void {
  for (let y = from; y < to; y++) rows.fill(index, y * STRIDE + 1, (y + 1) * STRIDE);
}

/** Lays a mask over the picture with its pen at (x, baseline), blending as "over" where glyphs touch. */
function stamp(rows: Buffer, m: Mask, x: number, baseline: number, base: number): void {
  const x0 = x + m.left;
  const y0 = baseline + m.top;
  for (let my = Math.max(0, -y0); my < m.height && y0 + my < OG_HEIGHT; my++) {
    const row = (y0 + my) * STRIDE + 1 + x0;
    for (let mx = Math.max(0, -x0); mx < m.width && x0 + mx < OG_WIDTH; mx++) {
      const level = m.levels[my * m.width + mx];
      if (!level) continue;
      // Texts of different inks never overlap, so a pixel holds either background (level 0) or this ink.
      const under = rows[row + mx] & MAX;
      rows[row + mx] = under ? base + under + level - Math.round((under * level) / MAX) : base + level;
    }
  }
}

/** The card's rows of palette indices: background, bars, then each glyph. */
function compose(runs: Run[]): Buffer {
  const rows = Buffer.alloc(STRIDE * OG_HEIGHT);
  fillRows(rows, 0, OG_HEIGHT, inkBase('title'));
  fillRows(rows, 0, 14, inkBase('footer'));
  fillRows(rows, FOOTER_TOP, OG_HEIGHT, inkBase('footer'));
  for (const run of runs) {
    let pen = run.x;
    for (const c of run.text) {
      const g = glyphOf(c, run.weight);
      if (g.commands.length) {
        const q = Math.round(pen * PHASES);
        const x = Math.floor(q / PHASES);
        stamp(rows, maskOf(g, run.weight, run.size, q - x * PHASES), x, run.baseline, inkBase(run.ink));
      }
      pen += (g.advance * run.size) / g.unitsPerEm;
    }
  }
  return rows;
}

/**
 * Run-length compression only (zlib's Z_RLE): the picture is long runs of one
 * index. Measured on five cards, per card: Z_RLE 0.8 ms for 36 KiB; level 1
 * 1.1 ms, 38 KiB; level 3 1.3 ms, 35 KiB; level 4 2.3 ms, 31 KiB; level 6
 * 3.6 ms, 30 KiB. On the main thread: zlib's asynchronous form cost about
 * 1 ms more CPU a card than the compression itself.
 */
const ZLIB = { strategy: constants.Z_RLE };

/** An 8-bit palette PNG from rows already in PNG layout. */
function encodePng(rows: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(data, crc32(type)));
    return [head, data, crc];
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(OG_WIDTH, 0);
  header.writeUInt32BE(OG_HEIGHT, 4);
  // Bit depth 8, colour type 3 (palette); compression, filter and interlace methods 0.
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ...chunk('IHDR', header),
    ...chunk('PLTE', PALETTE),
    ...chunk('IDAT', deflateSync(rows, ZLIB)),
    ...chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Version of the drawing code (glyph-mask.ts and this file): part of every
 * cached card's hash, with all else that decides its bytes (og-cache.ts).
 */
const CACHE_VERSION = 'v2';
const FONT_VERSION = (
  JSON.parse(readFileSync(require.resolve('@fontsource/noto-sans-sc/package.json'), 'utf8')) as { version: string }
).version;

/** The card as a PNG (the same bytes for the same card, drawn or cached). */
export async function ogPng(card: OgCard): Promise<Buffer> {
  const runs = layout(card);
  const key = JSON.stringify([CACHE_VERSION, FONT_VERSION, process.versions.zlib, ZLIB, runs]);
  const hash = createHash('sha256').update(key).digest('hex');
  const cached = readCachedCard(hash);
  if (cached) return cached;
  const png = encodePng(compose(runs));
  writeCachedCard(hash, png);
  return png;
}
