/** Clusters: a cluster's page, its annual reports, the 第四条 indicators and its 云上展厅. */
export const clusterText = {
  listTitle: '特色产业集群名录',
  listLead: '经正式公布认定的特色产业集群。级别、认定日期和状态依据公布的名单生成。',
  name: '集群名称',
  county: '所在县（市、区）',
  town: '乡镇（街道）',
  industry: '主导产业',
  direction: '产业方向',
  products: '主导产品',
  host: '依托载体',
  intro: '简介',
  level: '级别',
  status: '状态',
  since: '认定',
  validUntil: '有效期至',
  reviewYear: '复核年度',
  /** In the term column of a title that a revocation or cancellation ended. */
  endedOn: '称号终止：',
  endedNote: (action: string) => `自${action}之日起不再持有该称号`,
  titles: '称号',
  timeline: '认定与变更记录',
  reports: '年度数据',
  noReports: '该集群的年度数据尚未公开。',
  source: '信息来源',
  notStatedValidity: '有效期依认定机关规定，本站资料未载明',
  count: (n: number) => `共 ${n} 个集群`,
  description: (name: string, county: string, industry: string): string =>
    `${name}，${county}，${clusterText.industry}：${industry}。`,
  statusLead: (timeline: string) => `级别和状态依据正式公布的名单生成，见下方“${timeline}”。`,
  statusComputed: (day: string) => `级别、状态和时间线按 ${day}（北京时间）计算。`,
  statusRefreshed: (today: string, built: string) =>
    `级别、状态和时间线已按您设备上的今天 ${today}（北京时间）重新计算；页面生成于 ${built}。`,
  basics: '基本信息',
  noTimeline: '尚无公布记录。',
  /** Before the date of the latest passed review of a title. */
  renewed: '复核通过：',
  year: (y: number) => `${y}年`,
  aliases: '其他名称',
} as const;

export const reportsText = {
  /** Units of the charts, as the 申请表 gives them. */
  units: { revenue: '亿元', enterprises: '户', employees: '人' },
  title: '年度数据',
  none: '该集群的年度数据尚未公开。本站不估算、不补填任何数字。',
  tableCaption: (name: string) => `${name}年度数据（申请表各项）`,
  field: '项目',
  year: (y: number) => `${y}年`,
  enterprisesTotal: '企业户数（户）',
  aboveScale: '其中规模以上企业（户）',
  inParks: '其中进入产业园区企业（户）',
  employees: '从业人员数量（人）',
  area: '区域面积（平方公里）',
  revenue: '营业收入（亿元）',
  profit: '利润（亿元）',
  tax: '税金（亿元）',
  brands: '省级以上品牌、商标或荣誉称号（个）',
  platforms: '公共服务平台（个）',
  products: '主导产品（年产量，省内市场比重）',
  share: (n: number) => `省内占 ${n}%`,
  source: '数据来源',
  missing: '—',
  missingNote: '“—”表示该年度报告未填此项。',
  charts: '图表',
  revenueChart: (name: string) => `${name}历年营业收入（亿元）`,
  enterprisesChart: (name: string) => `${name}历年企业户数（户）`,
  employeesChart: (name: string) => `${name}历年从业人员（人）`,
  chartNote: '图表与上表数据相同。',
} as const;

export const eligibilityText = {
  title: '申报基本条件对照（仅供参考）',
  lead: (year: number) =>
    `以下按${year}年度报告的数字，对照《管理办法》第四条（二）所列条件逐项列出。这只是信息提示，不是认定或复核结论；是否符合条件，以市工业和信息化局组织的评审为准。`,
  waiver: '第四条还规定：主导产业营业收入居全市同行业第一位或居全省同行业前列的产业集群，可适当放宽条件。',
  caption: '第四条（二）条件对照',
  condition: '条件',
  value: '年度报告数字',
  result: '对照',
  enterprises: '相关生产、服务等企业户数 30 户以上',
  revenue: '年营业收入 30 亿元以上',
  area: '集群区域面积在 100 平方公里以内',
  units: { enterprises: '户', revenue: '亿元', area: '平方公里' },
  met: '达到所列数值',
  'not-met': '未达到所列数值',
  unknown: '年度报告未填此项',
  article: '查看第四条原文',
} as const;

export const showcaseText = {
  title: '云上展厅',
  credit: '来源',
} as const;
