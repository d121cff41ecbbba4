/**
 * The open data and feeds of this build, computed once from the same model
 * the pages use (src/model/site.ts), with the data version of the content
 * directory. Endpoints and the /data/ page read this, so the sizes the page
 * shows are the sizes of the files written.
 */
import { loadContent } from '../content/load.ts';
import { contentDir } from '../content/read.ts';
import { dataVersion } from '../history/data-version.ts';
import { feedFiles, type FeedFile } from './feeds.ts';
import { buildModel } from '../model/model.ts';
import { openDataFiles, type DataFile, type Stamp } from './open-data.ts';
import { site } from '../model/site.ts';

export interface Published {
  stamp: Stamp;
  data: DataFile[];
  feeds: FeedFile[];
}

let published: Published | undefined;

/** Joins a site path to the public origin when one is known (settings.siteUrl, else SITE_URL). */
export function urlMaker(origin: string | undefined): (path: string) => string {
  const base = origin?.replace(/\/+$/, '');
  return (path) => (base ? `${base}${path}` : path);
}

export function publishedFiles(): Published {
  if (published) return published;
  const model = site();
  const stamp: Stamp = {
    dataVersion: dataVersion(contentDir()),
    asOf: model.asOf,
    publisher: model.settings.organizer,
    url: urlMaker(model.settings.siteUrl ?? (process.env.SITE_URL || undefined)),
  };
  const content = loadContent();
  published = {
    stamp,
    data: openDataFiles(model, (day) => buildModel(content, day), stamp),
    feeds: feedFiles(model, stamp),
  };
  return published;
}
