/**
 * Who holds which title on a date, as the announcements on file say: the
 * fact the cross-file rules for reviews, revocations, cancellations and
 * notices rest on. A title is held from a recognition (or a passed review)
 * until a revocation or cancellation at the same level; expiry is not
 * counted here, because a review is exactly what an expired term calls for
 * (管理办法 第十三条), and its status rules live in rules/cluster-status.ts.
 */
import type { Action } from '../../schemas/announcement.ts';
import { partialEnd } from '../../rules/dates.ts';
import type { Level } from '../../rules/levels.ts';
import type { Content } from '../entries.ts';

/** A title's standing at a level before a day: never held, held, or ended by revocation or cancellation. */
export type Standing = 'never' | 'held' | 'revoke' | 'cancel';

interface TitleEvent {
  announcement: string;
  day: string;
  action: Action;
  level: Level;
}

export class Titles {
  private readonly events = new Map<string, TitleEvent[]>();

  constructor(content: Content) {
    for (const a of content.announcements)
      for (const id of a.data.clusters) {
        const list = this.events.get(id) ?? [];
        list.push({ announcement: a.id, day: partialEnd(a.data.date), action: a.data.action, level: a.data.level });
        this.events.set(id, list);
      }
    for (const list of this.events.values()) list.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
  }

  /**
   * The standing of `cluster`'s title at `level` on `day`, from the
   * announcements in effect by then, other than `except` (the one asking).
   */
  standing(cluster: string, level: Level, day: string, except?: string): { standing: Standing; by?: string } {
    let result: { standing: Standing; by?: string } = { standing: 'never' };
    for (const e of this.events.get(cluster) ?? []) {
      if (e.day > day) break;
      if (e.announcement === except || e.level !== level) continue;
      if (e.action === 'recognize' || e.action === 'review-passed') {
        // A revoked or cancelled title comes back only by a new recognition, never by a review.
        if (e.action === 'recognize' || result.standing === 'held') result = { standing: 'held', by: e.announcement };
      } else result = { standing: e.action, by: e.announcement };
    }
    return result;
  }
}
