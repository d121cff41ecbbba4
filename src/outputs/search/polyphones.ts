/**
 * Readings of the county and industry vocabulary that a general-purpose
 * pinyin dictionary gets wrong, as data (Node only, like pinyin-pro). A
 * character with several readings (阿: ā, ē) is read by its word: 阿胶 is
 * ējiāo, so a new cluster's id is donge-ejiao and 「ejiao」 or 「dxej」 finds it.
 * One list serves both the ids the importer gives new clusters and the
 * search tokens, so a name is spelled one way everywhere. Add a word here
 * (with tone marks, syllables separated by spaces) when a place or product
 * comes out wrong; the test in test/unit/polyphones.test.ts reads every entry.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

export const POLYPHONES: Readonly<Record<string, string>> = {
  // 东阿县 and its product: 阿 is ē in both (东阿 dōng'ē, 阿胶 ējiāo).
  东阿: 'dōng ē',
  阿胶: 'ē jiāo',
  // 莘县: 莘 is shēn here, not xīn.
  莘县: 'shēn xiàn',
  // 茌平: chí.
  茌平: 'chí píng',
  // 冠县: guàn.
  冠县: 'guàn xiàn',
  // 东昌府: 府 fǔ; 东昌 is never read otherwise, listed for 东昌府区 as one word.
  东昌府: 'dōng chāng fǔ',
};

customPinyin(POLYPHONES);

/** The toneless syllables of `term`, one per character (non-Chinese characters as written, unless dropped). */
export function readingOf(term: string, keepOthers = false): string[] {
  return pinyin(term, {
    toneType: 'none',
    type: 'array',
    v: true,
    ...(keepOthers ? {} : { nonZh: 'removed' as const }),
  }) as string[];
}
