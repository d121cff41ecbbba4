/**
 * The open data and feeds of this build, computed once from the same model
 * the pages use (src/model/site.ts), with the data version of the content
 * directory. Endpoints and the /data/ page read this, so the sizes the page
 * shows are the sizes of the files written.
 */
import { loadPublicContent } from '../content/load.ts';
import { contentDir } from '../content/read.ts';
import { dataVersion } from '../history/data-version.ts';
import { feedFiles, type FeedFile } from './feeds.ts';
import { readHistory } from '../history/file-history.ts';
import { buildModel } from '../model/model.ts';
import { openDataFiles, type DataFile, type Stamp } from './open-data.ts';
import { publicOrigin, urlMaker } from '../model/origin.ts';
import { site } from '../model/site.ts';

export interface Published {
  stamp: Stamp;
  data: DataFile[];
  feeds: FeedFile[];
}

let published: Published | undefined;

/** The day a content file was first committed (its first publication on this site), when git history is there. */
function firstPublished(file: string): string | undefined {
  const h = readHistory(file);
  return h.available ? h.versions[0]?.day : undefined;
}

export function publishedFiles(): Published {
  if (published) return published;
  const model = site();
  const stamp: Stamp = {
    dataVersion: dataVersion(contentDir()),
    asOf: model.asOf,
    publisher: model.settings.organizer,
    url: urlMaker(publicOrigin(model.settings)),
  };
  const content = loadPublicContent();
  published = {
    stamp,
    data: openDataFiles(model, (day) => buildModel(content, day), stamp),
    feeds: feedFiles(model, stamp, firstPublished),
  };
  return published;
}
