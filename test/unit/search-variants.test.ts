import { describe, expect, it } from 'vitest';
import { variantMap } from '../../src/outputs/search/variants.ts';
import { exampleQueries } from '../../src/outputs/search/examples.ts';
import { site } from '../../src/model/site.ts';
import { searchRecords } from '../../src/outputs/search/records.ts';
import { lifecycle } from '../../src/model/site.ts';
import { matchForm } from '../../src/search/text.ts';

describe('Traditional → Simplified map', () => {
  it('maps Traditional and regional variant forms to the Simplified characters the site uses, and only those', async () => {
    const map = await variantMap(new Set([...'临清纺织撤销线发']));
    expect(map).toMatchObject({ 臨: '临', 紡: '纺', 織: '织', 銷: '销', 線: '线', 綫: '线', 發: '发', 髮: '发' });
    expect(Object.values(map).every((s) => '临清纺织撤销线发'.includes(s))).toBe(true);
    // A character written alike in both scripts has no entry.
    expect(map['清']).toBeUndefined();
  });
});

describe('example queries for 没有找到', () => {
  it('are each a name or number some page of the real site has (checked by invariant, not by value)', () => {
    const model = site();
    const examples = exampleQueries(model);
    expect(examples.length).toBeGreaterThan(0);
    const keys = searchRecords(model, lifecycle()).flatMap((r) => r.keys.map(matchForm));
    for (const q of examples) expect(keys.some((k) => k.includes(matchForm(q)))).toBe(true);
  });
});
