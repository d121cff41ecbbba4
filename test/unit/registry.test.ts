import { describe, expect, it } from 'vitest';
import type { ClusterEvent } from '../../src/rules/cluster-status.ts';
import { type RegistryCluster, registryChanges, registryDays, registryOn } from '../../src/rules/registry.ts';
import { event, reviewNotice } from './events.ts';

const cluster = (id: string, events: ClusterEvent[]): RegistryCluster => ({
  id,
  name: id,
  county: '冠县',
  industry: '测试',
  events,
});

const clusters = [
  cluster('a', [event('2021-11-24')]),
  cluster('b', [event('2022-03-01'), event('2024-06-30', 'recognize', '省级')]),
  cluster('c', [event('2021-11-24'), event('2025-03-15', 'revoke')]),
  cluster('d', [event('2024', 'recognize', '省级')]),
];

describe('registry as of a day', () => {
  it('lists the clusters holding a title on the day, highest level first, counting each level held', () => {
    const r = registryOn(clusters, '2024-12-31');
    expect(r.rows.map((x) => `${x.id} ${x.levels.join('+')}`)).toEqual(['b 市级+省级', 'd 省级', 'a 市级', 'c 市级']);
    expect(r.countByLevel).toEqual({ 市级: 3, 省级: 2, 国家级: 0 });
  });

  it('drops a revoked title from the day of the revocation', () => {
    expect(registryOn(clusters, '2025-03-14').rows.map((x) => x.id)).toContain('c');
    expect(registryOn(clusters, '2025-03-15').rows.map((x) => x.id)).not.toContain('c');
  });

  it('drops a lapsed municipal title on the day after its fifth-year expiry day', () => {
    expect(registryOn(clusters, '2026-11-23').rows.map((x) => x.id)).toContain('a');
    expect(registryOn(clusters, '2026-11-24').rows.map((x) => x.id)).not.toContain('a');
  });

  it('leaves out a title awaiting its review result, from the lapse day, and lists it again once the review passed', () => {
    const pending = [
      {
        ...cluster('e', [event('2021-11-24'), event('2027-01-10', 'review-passed')]),
        reviews: [reviewNotice('2026-11-01', '2027-01-10')],
      },
    ];
    expect(registryOn(pending, '2026-11-23').rows.map((x) => x.id)).toEqual(['e']);
    expect(registryOn(pending, '2026-11-24').rows).toEqual([]);
    expect(registryOn(pending, '2027-01-10').rows.map((x) => x.code)).toEqual(['valid']);
    expect(registryDays(pending, '2027-01-10').map((d) => `${d.day} ${d.kinds.join('+')}`)).toEqual([
      '2021-11-24 announcement',
      '2021-12-31 year-end',
      '2022-12-31 year-end',
      '2023-12-31 year-end',
      '2024-12-31 year-end',
      '2025-12-31 year-end',
      '2026-11-24 lapse',
      '2026-12-31 year-end',
      '2027-01-10 announcement',
    ]);
  });

  it('counts a year-only date from 31 December of that year', () => {
    expect(registryOn(clusters, '2024-12-30').rows.map((x) => x.id)).not.toContain('d');
  });
});

describe('registry days', () => {
  it('are every announcement day, every lapse day and every year end up to the as-of day', () => {
    expect(registryDays(clusters, '2026-11-24')).toEqual([
      { day: '2021-11-24', kinds: ['announcement'] },
      { day: '2021-12-31', kinds: ['year-end'] },
      { day: '2022-03-01', kinds: ['announcement'] },
      { day: '2022-12-31', kinds: ['year-end'] },
      { day: '2023-12-31', kinds: ['year-end'] },
      { day: '2024-06-30', kinds: ['announcement'] },
      { day: '2024-12-31', kinds: ['announcement', 'year-end'] },
      { day: '2025-03-15', kinds: ['announcement'] },
      { day: '2025-12-31', kinds: ['year-end'] },
      { day: '2026-11-24', kinds: ['lapse'] },
    ]);
  });

  it('include the current year end only once it has come', () => {
    expect(registryDays(clusters, '2026-12-31').at(-1)).toEqual({ day: '2026-12-31', kinds: ['year-end'] });
  });
});

describe('registry changes', () => {
  it('names titles gained and lost between two days', () => {
    const before = registryOn(clusters, '2025-03-14');
    const after = registryOn(clusters, '2025-03-15');
    expect(registryChanges(before, after)).toEqual([
      { id: 'c', name: 'c', level: '市级', change: 'removed', reason: 'revoked' },
    ]);
    expect(registryChanges(undefined, registryOn(clusters, '2021-11-24')).map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('say how a lost title ended: lapsed, awaiting its review result, or one level of two', () => {
    const lapse = (id: string, more: ClusterEvent[] = []) => cluster(id, [event('2021-11-24'), ...more]);
    const list = [
      lapse('lapsed'),
      { ...lapse('pending'), reviews: [reviewNotice('2026-11-01')] },
      lapse('upgraded', [event('2024-06-30', 'recognize', '省级')]),
    ];
    const changes = registryChanges(registryOn(list, '2026-11-23'), registryOn(list, '2026-11-24'));
    expect(changes.map((c) => `${c.id} ${c.level} ${c.reason}`).sort()).toEqual([
      'lapsed 市级 expired',
      'pending 市级 review-pending',
      'upgraded 市级 expired',
    ]);
  });
});
