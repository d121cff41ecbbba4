/** The Atom feeds (/feeds/all.xml, /feeds/policies.xml, …): bodies come from src/outputs/published.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedFiles } from '../../outputs/published.ts';

export const getStaticPaths = (() =>
  publishedFiles().feeds.map((f) => ({ params: { feed: f.id }, props: { body: f.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
