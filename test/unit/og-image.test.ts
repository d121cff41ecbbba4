import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { pruneOgCache } from '../../src/outputs/og/cache.ts';
import type { OgCard } from '../../src/outputs/og/image.ts';

type OgModule = typeof import('../../src/outputs/og/image.ts');

/** A fresh copy of the module, by default with the cache off: every card is drawn, with no glyph drawn before. */
async function freshModule(cacheDir = 'off'): Promise<OgModule> {
  vi.stubEnv('OG_CACHE_DIR', cacheDir);
  vi.resetModules();
  return import('../../src/outputs/og/image.ts');
}

let og: OgModule;
beforeAll(async () => {
  og = await freshModule();
});

const policy: OgCard = {
  site: '聊城市特色产业集群信息公开平台',
  kind: '政策文件 · 规范性文件',
  title: '聊城市特色产业集群管理办法（试行）',
  footer: '聊工信发〔2021〕97号　·　聊城市工业和信息化局　·　2021年8月2日',
};

/** The picture as RGB pixels. */
async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
  /** Pixels in [x0, x1) × [y0, y1) that pass `test`. */
  const count = (x0: number, y0: number, x1: number, y1: number, test: (rgb: number[]) => boolean) => {
    let n = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (test(at(x, y))) n++;
    return n;
  };
  return { info, at, count };
}

const dark = ([r, g, b]: number[]) => r < 80 && g < 80 && b < 80;
const white = ([r, g, b]: number[]) => r > 200 && g > 200 && b > 200;

describe('a social preview card', () => {
  it('is a 1200×630 PNG that decodes', async () => {
    const png = await og.ogPng(policy);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const { info } = await pixels(png);
    expect([info.width, info.height]).toEqual([og.OG_WIDTH, og.OG_HEIGHT]);
    expect([og.OG_WIDTH, og.OG_HEIGHT]).toEqual([1200, 630]);
  });

  it('is the same bytes every time, also from a process that has drawn no glyph yet', async () => {
    const first = await og.ogPng(policy);
    expect((await og.ogPng(policy)).equals(first)).toBe(true);
    const again = await freshModule();
    expect((await again.ogPng(policy)).equals(first)).toBe(true);
  });

  it('keeps the date in a footer too long for one line: the issuer goes first, then the number is cut', () => {
    const inner = og.OG_WIDTH - 160;
    const sep = og.FOOTER_SEPARATOR;
    const short = ['聊工信发〔2021〕97号', '聊城市工业和信息化局', '2021年8月2日'].join(sep);
    expect(og.fitFooter(short, 30, inner)).toBe(short);
    const manyIssuers = [
      '鲁工信发〔2023〕5号',
      '山东省工业和信息化厅、山东省发展和改革委员会、山东省财政厅、山东省科学技术厅',
      '2023年3月1日',
    ].join(sep);
    expect(og.fitFooter(manyIssuers, 30, inner)).toBe(['鲁工信发〔2023〕5号', '2023年3月1日'].join(sep));
    const noNumber = [
      '山东省工业和信息化厅、山东省发展和改革委员会、山东省财政厅、山东省科学技术厅',
      '2023年3月1日',
    ].join(sep);
    const cut = og.fitFooter(noNumber, 30, inner);
    expect(cut).toMatch(new RegExp(`^山东省工业和信息化厅.*…${sep}2023年3月1日$`));
  });

  it('has the background and bars in the site colours', async () => {
    const { at } = await pixels(await og.ogPng(policy));
    expect(at(600, 450)).toEqual([255, 255, 255]);
    expect(at(600, 5)).toEqual([0x0b, 0x4a, 0x82]);
    expect(at(1190, 620)).toEqual([0x0b, 0x4a, 0x82]);
  });

  it('draws the title in dark text and the footer in white text', async () => {
    const drawn = await pixels(await og.ogPng(policy));
    const blank = await pixels(await og.ogPng({ site: '', kind: '', title: '', footer: '' }));
    const title = (p: typeof drawn) => p.count(80, 160, 1120, 420, dark);
    const footer = (p: typeof drawn) => p.count(80, 510, 1120, 630, white);
    // 17 bold characters at 64 px: well over a hundred dark pixels each.
    expect(title(drawn)).toBeGreaterThan(17 * 100);
    expect(footer(drawn)).toBeGreaterThan(1000);
    expect(title(blank)).toBe(0);
    expect(footer(blank)).toBe(0);
  });

  it('is smaller for a short title than a long one, both well under 100 kB', async () => {
    const short = await og.ogPng({ ...policy, title: '公布' });
    const long = await og.ogPng({
      ...policy,
      title: '关于深化新旧动能转换推动绿色低碳高质量发展和特色产业集群转型升级的实施意见'.repeat(2),
    });
    expect(short.length).toBeLessThan(long.length);
    expect(long.length).toBeLessThan(100_000);
  });
});

describe('the cache of drawn cards', () => {
  it('keeps one file per card, named by what is drawn, with the drawn bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    try {
      const cached = await freshModule(dir);
      const png = await cached.ogPng(policy);
      expect(png.equals(await og.ogPng(policy))).toBe(true);
      expect((await cached.ogPng(policy)).equals(png)).toBe(true);
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(readFileSync(join(dir, files[0])).equals(png)).toBe(true);
      await cached.ogPng({ ...policy, footer: '聊工信发〔2021〕98号' });
      expect(readdirSync(dir)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks a card used when a build reads it, and drops cards no build has used for 30 days', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    try {
      const cached = await freshModule(dir);
      await cached.ogPng(policy);
      const [card] = readdirSync(dir);
      const old = new Date(Date.now() - 40 * 86_400_000);
      utimesSync(join(dir, card), old, old);
      await cached.ogPng(policy);
      expect(statSync(join(dir, card)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);

      const stale = `${'a'.repeat(64)}.png`;
      const partial = `${'b'.repeat(64)}.png.4242.tmp`;
      const freshPartial = `${'c'.repeat(64)}.png.4243.tmp`;
      for (const [name, age] of [
        [stale, 31],
        [partial, 2],
        [freshPartial, 0],
        ['README', 400],
      ] as const) {
        writeFileSync(join(dir, name), 'x');
        const t = new Date(Date.now() - age * 86_400_000);
        utimesSync(join(dir, name), t, t);
      }
      expect(pruneOgCache(dir)).toEqual({ removed: 2, bytes: 2, kept: 2 });
      expect(readdirSync(dir).sort()).toEqual([card, freshPartial, 'README'].sort());
      expect(pruneOgCache(undefined)).toEqual({ removed: 0, bytes: 0, kept: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('line breaking (禁则)', () => {
  const NO_START = [...'，。、；：？！）》」』〕】…”’·%'];
  const NO_END = [...'（《「『〔【“‘'];

  it('keeps a closing mark with the character before it, though the line would fit without it', () => {
    // 16 characters at 64 px fill 1,024 of 1,040 px: the comma cannot follow on the same line.
    expect(og.wrap(`${'甲'.repeat(16)}，乙。`, 64, 700, 1040)).toEqual(['甲'.repeat(15), '甲，乙。']);
  });

  it('keeps an opening bracket with what follows it', () => {
    expect(og.wrap(`${'甲'.repeat(15)}（乙）`, 64, 700, 1040)).toEqual(['甲'.repeat(15), '（乙）']);
  });

  it('never starts a line with closing punctuation or ends one with an opening bracket', () => {
    const marks = [...'，。、；：？！）》〕…（《〔“”'];
    for (let seed = 1; seed <= 40; seed++) {
      // Pseudo-random marks among the words; the text itself starts and ends with a word.
      let text = '集群';
      for (let i = 0; i < 60; i++) text += (seed * 7 + i * i) % 5 === 0 ? marks[(seed + i) % marks.length] : '集群';
      text += '集群';
      for (const line of og.wrap(text, 58, 700, 1040).slice(1)) expect(NO_START).not.toContain(line[0]);
      for (const line of og.wrap(text, 58, 700, 1040)) expect(NO_END).not.toContain(line.at(-1));
    }
  });

  it('does not break a Latin word, a number or a document number', () => {
    expect(og.breakUnits('鲁政办字〔2023〕185号 ABC-123')).toEqual([
      '鲁',
      '政',
      '办',
      '字',
      '〔2023〕185',
      '号',
      ' ',
      'ABC-123',
    ]);
  });
});

describe('fitting the title', () => {
  it('uses the largest size that fits three lines', () => {
    // 1,040 px hold 16 characters at 64 px, 17 at 58, 20 at 52.
    expect(og.fitTitle('集'.repeat(48), 1040)).toEqual({
      size: 64,
      lines: ['集'.repeat(16), '集'.repeat(16), '集'.repeat(16)],
    });
    expect(og.fitTitle('集'.repeat(60), 1040)).toEqual({
      size: 52,
      lines: ['集'.repeat(20), '集'.repeat(20), '集'.repeat(20)],
    });
  });

  it('cuts a very long title to three lines ending with an ellipsis', () => {
    const title = '聊城市工业和信息化局关于深化新旧动能转换推动绿色低碳高质量发展的实施意见'.repeat(4);
    const { size, lines } = og.fitTitle(title, 1040);
    expect(size).toBe(46);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(title.startsWith(lines.join('').slice(0, -1))).toBe(true);
  });

  it('never leaves an opening bracket before the ellipsis', () => {
    // 22 characters a line at 46 px: the third line ends with （群 (the bracket stays with what follows it).
    const title = `${'集'.repeat(64)}（${'群'.repeat(30)}）`;
    expect(og.wrap(title, 46, 700, 1040)[2]).toBe(`${'集'.repeat(20)}（群`);
    const { lines } = og.fitTitle(title, 1040);
    expect(lines[2]).toMatch(/^集+…$/);
  });
});
