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
    feeds: feedFiles(model, stamp),
  };
  return published;
}
