/** Wires each collection to the site loader and its schema (schemas live in src/schemas/). */
import { defineCollection } from 'astro:content';
import { siteLoader } from './content/loader.ts';
import { announcementSchema } from './schemas/announcement.ts';
import { benchmarkSchema } from './schemas/benchmark.ts';
import { poolListSchema } from './schemas/pool.ts';
import { targetSchema } from './schemas/target.ts';
import { clusterSchema } from './schemas/cluster.ts';
import { noticeSchema } from './schemas/notice.ts';
import { policySchema } from './schemas/policy.ts';

export const collections = {
  policies: defineCollection({ loader: siteLoader('policy'), schema: policySchema }),
  clusters: defineCollection({ loader: siteLoader('cluster'), schema: clusterSchema }),
  notices: defineCollection({ loader: siteLoader('notice'), schema: noticeSchema }),
  announcements: defineCollection({ loader: siteLoader('announcement'), schema: announcementSchema }),
  pool: defineCollection({ loader: siteLoader('pool'), schema: poolListSchema }),
  benchmarks: defineCollection({ loader: siteLoader('benchmark'), schema: benchmarkSchema }),
  targets: defineCollection({ loader: siteLoader('target'), schema: targetSchema }),
};
