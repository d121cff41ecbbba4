/** Publicity notices (公示): lists, a notice's page and how to object. */
export const noticeText = {
  listTitle: '公示',
  listLead: '拟认定名单在正式公布前，在本站公示，接受社会监督。公示期内可按公示写明的方式提出异议。',
  none: '目前没有公示。市工业和信息化局每年组织一次市级特色产业集群申报，拟认定名单将在这里公示。',
  period: '公示期',
  publishedOn: '发布日期',
  issuer: '发布机关',
  basis: '依据',
  procedure: '工作程序',
  entries: '拟公布名单',
  objection: '异议受理',
  /** What follows the notice, and the jump from the status banner to the objection channel. */
  next: '公示之后',
  toObjection: '查看提出异议的方式和受理联系方式',
  phone: '电话',
  email: '电子邮箱',
  address: '地址',
  rules: '异议要求',
  outcome: '公示结果',
  status: '状态',
  /** Between the first and the last day of a period. */
  through: '至',
  description: (issuer: string, from: string, to: string, n: number): string =>
    `${issuer}公示，${noticeText.period}${from}${noticeText.through}${to}，共${n}项。`,
  /** After the period on a notice's page. */
  inclusive: '（含首尾两日，北京时间）。',
  /** Where the results are: the words before, of and after the link. */
  results: { before: '正式认定结果见', link: '公布', after: '。' },
} as const;

export const noticeLiveText = {
  computedOn: (date: string) => `状态按 ${date}（北京时间）计算。`,
  refreshed: (date: string) => `状态已按您设备上的今天 ${date}（北京时间）更新。`,
  upcoming: '即将开始的公示',
  objectBy: (date: string) => `如有异议，请于${date}（含）前按公示写明的方式提出。`,
  contact: '联系人',
  contacts: '受理联系方式',
  entriesCaption: (n: number) => `拟公布名单（共 ${n} 项）`,
  name: '名称',
  level: '级别',
  action: '拟定事项',
} as const;
