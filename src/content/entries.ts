/**
 * The shapes of validated content: what validate.ts returns once every file
 * has passed its schema and every rule that spans files. The model and every
 * output start from these.
 */
import type { Announcement } from '../schemas/announcement.ts';
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Cluster } from '../schemas/cluster.ts';
import type { Consultation } from '../schemas/consultation.ts';
import type { Notice } from '../schemas/notice.ts';
import type { Policy } from '../schemas/policy.ts';
import type { PoolList } from '../schemas/pool.ts';
import type { Settings } from '../schemas/settings.ts';
import type { Target } from '../schemas/target.ts';
import type { Guide } from '../schemas/writing.ts';

/** A validated entity with where it came from. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface PolicyEntry extends Entry<Policy> {
  /** Markdown body of the document (MDX for a 政策解读 written as .mdx). */
  body: string;
  /** True when the file is MDX: Astro renders it with the fixed components (src/components/mdx/). */
  mdx?: boolean;
  /** Lines of the file before the body, to name lines in messages. */
  bodyLine?: number;
}

/** A file of the bureau's own writing: front matter and an MDX body. */
export interface WritingEntry<T> extends Entry<T> {
  /** The MDX body, already checked against the allowed components (checks/mdx.ts). */
  body: string;
  /** Lines of the file before the body, to name lines in messages. */
  bodyLine?: number;
}

/** All content, validated and cross-checked. */
export interface Content {
  settings: Settings;
  policies: PolicyEntry[];
  clusters: Entry<Cluster>[];
  notices: Entry<Notice>[];
  announcements: Entry<Announcement>[];
  /** Published lists of the cultivation pool (培育库). */
  pools: Entry<PoolList>[];
  /** Yearly 转型升级标杆 selections. */
  benchmarks: Entry<Benchmark>[];
  /** Plans' cluster targets. */
  targets: Entry<Target>[];
  /** The bureau's guide pages (MDX). */
  guides: WritingEntry<Guide>[];
  /** 意见征集: drafts out for comment, with their 说明 (MDX) and 反馈. */
  consultations: WritingEntry<Consultation>[];
}
