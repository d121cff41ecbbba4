/** The cluster directory: its filters, facet pages and charts. */
export const directoryText = {
  filters: '筛选',
  filterLead: '可按县（市、区）、级别、主导产业、状态和认定年度筛选，筛选条件会写入网址，便于收藏和转发。',
  any: '全部',
  apply: '筛选',
  reset: '清除筛选',
  facet: { county: '县（市、区）', level: '级别', industry: '主导产业', status: '状态', year: '认定年度' },
  browse: '分类浏览',
  browseLead: '以下链接在不启用脚本时同样可用，每个链接打开一个已筛选的名单。',
  /** Filled in by the directory script: {n} shown of {total}. */
  shownTemplate: '显示 {n} 个集群（共 {total} 个）',
  none: '没有符合所选条件的集群。',
  caption: (date: string) => `截至${date}的特色产业集群名录`,
  facetTitle: (facet: string, value: string) => `${facet}：${value}`,
  facetLead: (n: number) => `符合条件的集群共 ${n} 个。`,
  facetDescription: (title: string, n: number) => `特色产业集群名录（${title}），共 ${n} 个集群。`,
  allClusters: '返回完整名录',
  charts: '数量分布',
  byCounty: '各县（市、区）持有称号的集群数',
  byIndustry: '各主导产业持有称号的集群数',
  chartNote: '按目前持有称号的集群计数，每个集群计一次。',
  countCol: '集群数（个）',
  registryLink: '查看历史名单（截至某日的名单）',
  targetsLink: '目标完成情况',
  poolLink: '特色产业集群培育库',
  benchmarksLink: '转型升级标杆',
  /** Without JavaScript a filtered address (?county=…) cannot be applied: say so, and point to the static lists. */
  noscriptFiltered: {
    before:
      '不启用脚本时，网址中“?”后面的筛选条件不起作用：下表列出的是全部集群。按县（市、区）、级别、主导产业、状态或认定年度筛选的名单，请用',
    link: '“分类浏览”',
    after: '中的链接打开，每个链接都是一个已筛选好的页面。',
  },
  levelCounts: '各级集群数量',
  levelCountNote:
    '按最高级别计：每个集群按其目前持有的最高级别计数一次。国家级、省级集群可能同时持有市级称号，持有各级称号的集群数（一个集群可同时计入几个级别）见“历史名单”。',
  countsComputed: (day: string) => `数量按 ${day}（北京时间）计算。`,
  countsRefreshed: (day: string) => `数量已按您设备上的今天 ${day}（北京时间）重新计算。`,
  /** The unit of the charts' counts. */
  countUnit: '个',
  /** The level filter's value for clusters that hold no title. */
  noTitle: '未持有称号',
  /** A value of the 认定年度 filter. */
  year: (y: string) => `${y}年`,
} as const;
