/**
 * The dictionary: every word of the site's UI, in Chinese (content text
 * lives in content/). This module is the one entry point; the text itself
 * is kept in one module per area, beside it:
 *
 *   site.ts           chrome (skip link, navigation, breadcrumbs, footer), the 404 page
 *   dates.ts          how a date is written (formatDate)
 *   home.ts, about.ts the home page, the about page
 *   disclosure.ts     公开指南, 依申请公开 and its form, 公开目录, 意见征集, guide pages, MDX components
 *   consultation-status.ts a 意见征集's status: badge and sentence
 *   policy.ts         the policy library and a policy page as a record: metadata, relations, history, attachments
 *   validity.ts       有效性: state names, the banner, the reason sentence
 *   reading-tools.ts  text size, print, 复制链接 / 复制引用
 *   citation.ts       how a citation names an article and reads
 *   cluster.ts        a cluster's page, annual reports, 第四条 indicators, 云上展厅
 *   charts.ts         the caption of a chart
 *   cluster-status.ts a cluster's status names
 *   timeline.ts       a cluster's timeline, 第十四条 grounds
 *   directory.ts      the cluster directory, its filters and facet pages
 *   registry.ts       the registry as of a day, progress against targets
 *   pool.ts           the 培育库 and the 转型升级标杆
 *   notice.ts         公示 lists and pages, how to object
 *   notice-status.ts  a notice's status: badge and sentence
 *   announcement.ts   公布 and their actions
 *   search.ts         the search page and box
 *   open-data.ts      the data dictionary, stamps, feeds, the open-data pages
 *   fields.ts         content field names, for validation messages and comparisons
 *   publishing.ts     redirect pages and the files the publishing commands write
 *
 * One naming style: an area module exports `<name>Text`, which is `t.<name>`
 * here (siteText's keys sit at the top: `t.nav`, `t.footer`). Keys are
 * English; text with values is a function of those values. Server code
 * (pages, components, outputs) uses `t`, or an area module directly; browser
 * code (src/client and the <script>s of components) imports only the area
 * modules it needs, so that a page downloads only its own words.
 * `npm run lint` checks that, and that no Chinese literal lives outside this
 * folder (scripts/check-ui-text.ts).
 */
import { aboutText } from './about.ts';
import { consultationStatusText } from './consultation-status.ts';
import { disclosureText } from './disclosure.ts';
import { actionsText, announcementText } from './announcement.ts';
import { chartCaptionText } from './charts.ts';
import { citeText } from './citation.ts';
import { clusterStatusText } from './cluster-status.ts';
import { clusterText, eligibilityText, reportsText, showcaseText } from './cluster.ts';
import { directoryText } from './directory.ts';
import { fieldsText } from './fields.ts';
import { homeText } from './home.ts';
import { noticeStatusText } from './notice-status.ts';
import { noticeLiveText, noticeText } from './notice.ts';
import { dataPageText, datasetFieldsText, datasetsText, feedsText, stampText } from './open-data.ts';
import { policyText, recordText } from './policy.ts';
import { benchmarksText, poolText } from './pool.ts';
import { publishingText } from './publishing.ts';
import { readingToolsText } from './reading-tools.ts';
import { registryText, targetsText } from './registry.ts';
import { searchText } from './search.ts';
import { feedbackText, notFoundText, ruleBasisText, siteText } from './site.ts';
import { revocationGroundsText, timelineText } from './timeline.ts';
import { validityText } from './validity.ts';

export const t = {
  ...siteText,
  notFound: notFoundText,
  feedback: feedbackText,
  ruleBasis: ruleBasisText,
  home: homeText,
  about: aboutText,
  disclosure: disclosureText,
  consultationStatus: consultationStatusText,
  policy: policyText,
  record: recordText,
  validity: validityText,
  readingTools: readingToolsText,
  cite: citeText,
  cluster: clusterText,
  clusterStatus: clusterStatusText,
  reports: reportsText,
  eligibility: eligibilityText,
  showcase: showcaseText,
  chartCaption: chartCaptionText,
  timeline: timelineText,
  revocationGrounds: revocationGroundsText,
  directory: directoryText,
  registry: registryText,
  targets: targetsText,
  pool: poolText,
  benchmarks: benchmarksText,
  notice: noticeText,
  noticeLive: noticeLiveText,
  noticeStatus: noticeStatusText,
  announcement: announcementText,
  actions: actionsText,
  search: searchText,
  datasets: datasetsText,
  datasetFields: datasetFieldsText,
  stamp: stampText,
  feeds: feedsText,
  dataPage: dataPageText,
  fields: fieldsText,
  publishing: publishingText,
} as const;
