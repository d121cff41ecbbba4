/** The registry as of a day, and progress against the plans' targets. */
export const registryText = {
  title: '历史名单',
  lead: '任一日期的特色产业集群名单，依据当日及以前正式公布的名单和《管理办法》第十三条的有效期规则生成。每次公布、每个称号期满和每年年末各有一页。',
  pageTitle: (date: string) => `截至${date}的名单`,
  pageCount: (n: number) => `（共 ${n} 页）`,
  description: (date: string, n: number) => `截至${date}持有称号的特色产业集群名单，共 ${n} 个集群。`,
  caption: (date: string) => `截至${date}持有称号的特色产业集群`,
  kinds: { announcement: '有公布', lapse: '有称号期满', 'year-end': '年末' },
  date: '日期',
  why: '说明',
  counts: '各级数量',
  changes: '与上一页相比的变化',
  noChanges: '与上一页相比没有变化。',
  added: (level: string) => `新增${level}称号`,
  removed: (level: string, reason?: string) => `不再持有${level}称号${reason ? `（${reason}）` : ''}`,
  previous: '上一页',
  next: '下一页',
  empty: '当日没有持有称号的集群。',
  levels: '持有称号',
  current: '今天的名单见集群名录。',
  note: '本页只依据本站收录的公布生成；未收录的公布不会反映在名单中。',
  snapshot: '这一年末名单的数据文件（另列出截至当天已被撤销或取消称号的集群及其状态）：',
  levelCount: (level: string, n: number) => `${level} ${n} 个`,
} as const;

export const targetsText = {
  title: '目标完成情况',
  /** The lead, from the targets on file: how many documents, and the years they aim at. */
  lead: (documents: number, years: readonly number[]) =>
    documents === 0
      ? '本站尚未收录对特色产业集群数量提出目标的文件。'
      : `本站收录的${documents}份文件对特色产业集群数量提出了到${years.map((y) => `${y}年`).join('、')}的目标。下表按本站收录的公布和公开报道，统计各级持有称号的集群数（持有称号计，一个集群可计入几个级别，与集群名录“按最高级别计”的数量不同）。`,
  caveatTitle: '请注意',
  noTargets: '本站尚未收录目标。',
  caveat:
    '本站只掌握已收录的公布。尚未收录的认定（例如未找到原文的省级名单）不计入，因此实际数量可能多于表中数字。表中数字是“本站可证实的数量”，不是官方统计。',
  source: '目标出处',
  quote: '原文',
  caption: (title: string, date: string) => `《${title}》目标：截至${date}`,
  level: '级别',
  target: '目标（个）',
  count: (date: string) => `截至${date}（个）`,
  result: '对照',
  met: '已达到',
  notMet: (n: number) => `未达到（差 ${n} 个）`,
  summary: (date: string, parts: string) => `截至${date}，本站收录的公布和公开报道显示：${parts}。`,
  summaryPart: (level: string, count: number, target: number, met: boolean) =>
    `${level}${count}个（目标${target}个，${met ? '已达到' : '未达到'}）`,
  notCounted: '同句中本站不统计的目标',
  ended: (date: string) => `规划期已于${date}结束。`,
  running: (date: string) => `目标期限为${date}。`,
  outcome: '期末情况',
  todayTitle: '今天的数量',
  counting:
    '计数方法：某一级别的数量，是当日持有该级别有效称号的集群数；同一集群同时持有市级和国家级称号的，在两个级别各计一次。',
} as const;
