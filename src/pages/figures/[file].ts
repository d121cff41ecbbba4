/** /figures/<file>: the image of each 图解 an MDX text uses (src/content/figures.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { usedFigures } from '../../content/figures.ts';
import { loadContent } from '../../content/load.ts';
import { contentDir } from '../../content/read.ts';

export const getStaticPaths = (() =>
  usedFigures(loadContent(), contentDir()).map((f) => ({
    params: { file: f.file },
    props: { bytes: f.bytes, type: f.type },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(props.bytes as Buffer), { headers: { 'content-type': props.type as string } });
