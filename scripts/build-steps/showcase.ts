/**
 * Post-build step: resizes the 云上展厅 images of every cluster into the
 * built site (src/outputs/showcase.ts plans the sizes; cluster pages link them).
 */
import { loadContent } from '../../src/content/load.ts';
import { contentDir } from '../../src/content/read.ts';
import { writeShowcase } from '../../src/outputs/showcase.ts';
import type { BuildStep } from './step.ts';

export const showcaseStep: BuildStep = {
  name: 'showcase images (sharp)',
  async run(outDir) {
    const images = loadContent().clusters.flatMap((c) => c.data.showcase);
    const n = await writeShowcase(contentDir(), outDir, images);
    console.log(`[build] showcase: ${images.length} image(s) → ${n} file(s)`);
  },
};
