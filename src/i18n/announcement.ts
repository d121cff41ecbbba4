/** Announcements (公布) and their actions. */
export const announcementText = {
  listTitle: '公布',
  listLead: '特色产业集群的正式认定、复核、撤销和取消名单。集群名录中的级别和状态均以此为准。',
  date: '发布日期',
  issuer: '发布机关',
  docNumber: '发文字号',
  action: '类别',
  level: '级别',
  clusters: '名单',
  closes: '对应的公示',
  basis: '依据',
  body: '主要内容',
  reason: '撤销理由',
  source: '来源说明',
  recognizedBy: '认定机关',
  report: '公开报道',
  reportNote: '本条依据公开报道整理，不是原公布文件；集群的级别按报道记入，原公布文件公开后以原文件为准。',
  outlet: '报道来源',
  reportDate: '报道日期',
  reportLink: '报道原文',
  /** What a report says, in place of the action badge of a formal announcement. */
  reported: (level: string, action: string) => `报道：${level}${action}`,
  officialTitle: '正式公布',
  officialLead: '公布机关发布的认定、复核、撤销和取消名单原文件。',
  reportsTitle: '公开报道',
  reportsLead: '原公布文件尚未找到、依据后来的公开报道整理的称号。它们不是公布文件，列在正式公布之外。',
  count: (n: number) => `共 ${n} 个`,
  /** `what` is the level and the action (市级认定). */
  description: (issuer: string, date: string, what: string, n: number): string =>
    `${issuer}${date}发布：${what}${announcementText.count(n)}集群。`,
  /** The page description of a report: what it reports, and that it is not the announcement. */
  reportDescription: (issuer: string, date: string, what: string, n: number): string =>
    `${issuer}${date}公开报道：${what}${announcementText.count(n)}集群（不是公布原文）。`,
  listCaption: (what: string, n: number): string => `${what}名单（${announcementText.count(n)}）`,
  /** Kind line of the social card. */
  cardKind: '公布',
  cardKindReport: '公开报道 · 非公布原文',
} as const;

export const actionsText = {
  recognize: '认定',
  'review-passed': '复核通过',
  revoke: '撤销',
  cancel: '取消',
} as const;
