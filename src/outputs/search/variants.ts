/**
 * Traditional → Simplified, for the characters this site uses (issue 16):
 * a reader who types 臨清紡織 or 撤銷 finds 临清纺织 and 撤销. The map comes
 * from OpenCC's character tables (opencc-js, Node only, at build time):
 * Taiwan and Hong Kong variant forms to standard Traditional, then
 * Traditional to Simplified. Only the entries whose Simplified character
 * occurs in the search documents are kept — a few KB instead of OpenCC's
 * 100 KB converter in the browser — since a character the site never uses
 * cannot match anything either way. Character by character, which is all a
 * substring match needs (OpenCC's phrase tables settle a few one-to-many
 * cases such as 乾 that names here do not hit).
 */

type Table = Map<string, string>;

/** An OpenCC dictionary string ("a b|c d e", the first target wins). */
function parse(dict: string): Table {
  const table: Table = new Map();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && [...from].length === 1 && [...to].length === 1) table.set(from, to);
  }
  return table;
}

async function load(name: string): Promise<Table> {
  const module = (await import(import.meta.resolve(`opencc-js/dict/${name}`))) as { default: string };
  return parse(module.default);
}

/** The file the map is written to, in the first search bundle (scripts/build-steps/search-index.ts). */
export const VARIANTS_FILE = 'variants.json';

/** Traditional (and regional variant) characters → Simplified, for the Simplified characters in `used`. */
export async function variantMap(used: ReadonlySet<string>): Promise<Record<string, string>> {
  const [tw, hk, ts] = await Promise.all([load('TWVariantsRev'), load('HKVariantsRev'), load('TSCharacters')]);
  const map: Record<string, string> = {};
  const add = (from: string, to: string) => {
    if (from !== to && used.has(to) && !(from in map)) map[from] = to;
  };
  for (const [trad, simp] of ts) add(trad, simp);
  for (const table of [tw, hk]) for (const [variant, trad] of table) add(variant, ts.get(trad) ?? trad);
  return map;
}
