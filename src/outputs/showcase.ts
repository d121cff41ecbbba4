/**
 * 云上展厅 images (seed 003): each original under content/showcase/ is
 * resized with sharp into a few widths of WebP, plus one JPEG for browsers
 * without WebP, at build time. The plan (which files, which sizes) is a pure
 * function, so the page that writes <img srcset> and the build step that
 * writes the files always agree.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { ShowcaseImage } from '../schemas/cluster.ts';
import { contentFilePath } from '../rules/routes.ts';

/** Widths generated, in CSS pixels; never wider than the original. */
export const SHOWCASE_WIDTHS = [480, 960, 1440] as const;
/** The width of the JPEG fallback (and of the plain src). */
export const FALLBACK_WIDTH = 960;

export interface Variant {
  width: number;
  height: number;
  format: 'webp' | 'jpeg';
  /** Site path, e.g. /showcase/test-beta/hall-960.webp. */
  path: string;
}

export interface ShowcasePlan {
  /** The original, relative to the content directory. */
  source: string;
  width: number;
  height: number;
  webp: Variant[];
  fallback: Variant;
}

/** The variants of an original of the given size. */
export function planVariants(file: string, width: number, height: number): ShowcasePlan {
  const base = contentFilePath(file.replace(/\.(jpe?g|png|webp)$/, ''));
  const widths = [
    ...new Set([...SHOWCASE_WIDTHS.filter((w) => w < width), Math.min(width, SHOWCASE_WIDTHS.at(-1)!)]),
  ].sort((a, b) => a - b);
  const variant = (w: number, format: Variant['format']): Variant => ({
    width: w,
    height: Math.round((height * w) / width),
    format,
    path: `${base}-${w}.${format === 'webp' ? 'webp' : 'jpg'}`,
  });
  return {
    source: file,
    width,
    height,
    webp: widths.map((w) => variant(w, 'webp')),
    fallback: variant(Math.min(width, FALLBACK_WIDTH), 'jpeg'),
  };
}

/** srcset attribute for the WebP variants. */
export function srcset(plan: ShowcasePlan): string {
  return plan.webp.map((v) => `${v.path} ${v.width}w`).join(', ');
}

/** Reads an original's size and plans its variants. */
export async function showcasePlan(contentDir: string, image: ShowcaseImage): Promise<ShowcasePlan> {
  const meta = await sharp(join(contentDir, image.file)).metadata();
  // EXIF orientation 5–8 swaps width and height once the image is rotated upright.
  const swap = (meta.orientation ?? 1) >= 5;
  return planVariants(image.file, swap ? meta.height! : meta.width!, swap ? meta.width! : meta.height!);
}

/** Writes every variant of every image into the built site. Returns the number of files written. */
export async function writeShowcase(
  contentDir: string,
  outDir: string,
  images: readonly ShowcaseImage[],
): Promise<number> {
  let written = 0;
  for (const image of images) {
    const plan = await showcasePlan(contentDir, image);
    for (const v of [...plan.webp, plan.fallback]) {
      const target = join(outDir, v.path);
      mkdirSync(dirname(target), { recursive: true });
      // rotate() applies EXIF orientation; metadata (EXIF, GPS) is not copied into the output.
      const pipeline = sharp(join(contentDir, image.file)).rotate().resize({ width: v.width });
      await (
        v.format === 'webp'
          ? pipeline.webp({ quality: 78 })
          : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true })
      ).toFile(target);
      written++;
    }
  }
  return written;
}
