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
  reportNote: '本条依据公开报道整理，不是原公布文件。',
  count: (n: number) => `共 ${n} 个`,
  /** `what` is the level and the action (市级认定). */
  description: (issuer: string, date: string, what: string, n: number): string =>
    `${issuer}${date}发布：${what}${announcementText.count(n)}集群。`,
  listCaption: (what: string, n: number): string => `${what}名单（${announcementText.count(n)}）`,
  /** Kind line of the social card. */
  cardKind: '公布',
  cardKindReport: '公布 · 公开报道',
} as const;

export const actionsText = {
  recognize: '认定',
  'review-passed': '复核通过',
  revoke: '撤销',
  cancel: '取消',
} as const;
