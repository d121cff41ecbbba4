/** Every open-data file (/data/registry.csv, …): bodies come from src/outputs/published.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedFiles } from '../../outputs/published.ts';

export const getStaticPaths = (() =>
  publishedFiles().data.map((f) => ({
    params: { file: f.name },
    props: { body: f.body, type: f.mediaType },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  // Bytes, not a string, so the UTF-8 byte-order mark of the CSV files is written as is.
  new Response(new TextEncoder().encode(props.body as string), { headers: { 'content-type': props.type as string } });
