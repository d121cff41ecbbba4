/** The cultivation pool (培育库) and the 转型升级标杆. */
export const poolText = {
  title: '特色产业集群培育库',
  lead: '《聊城市工业和信息化局深化新旧动能转换推动绿色低碳高质量发展三年行动计划（2023-2025年）》提出“建立特色产业集群培育库，加大梯度培育力度”。入库的是正在培育、尚未认定的集群。',
  none: '培育库名单尚未公开发布，本站暂无名单。名单公布后将在这里列出。',
  cite: '查看计划原文',
  caption: (title: string) => `${title}（入库名单）`,
  name: '名称',
  county: '所在县（市、区）',
  industry: '主导产业',
  now: '目前状态',
  nowComputed: (day: string) => `“目前状态”按 ${day}（北京时间）计算。`,
  nowRefreshed: (day: string) => `“目前状态”已按您设备上的今天 ${day}（北京时间）重新计算。`,
  notYet: '尚无集群页面',
  lists: '已公布的入库名单',
  open: '查看这份名单的全文',
  date: '发布日期',
  member: '列入培育库',
  description: (issuer: string, date: string, n: number) =>
    `${issuer}${date}公布的特色产业集群培育库入库名单，共 ${n} 项。`,
} as const;

export const benchmarksText = {
  title: '特色产业集群转型升级标杆',
  lead: '《聊城市特色产业集群转型升级工作方案（2023-2025年）》规定：根据集群转型升级工作开展情况，每年评选聊城市特色产业集群转型升级标杆。',
  none: '转型升级标杆名单尚未公开发布，本站暂无名单。名单公布后将在这里列出。',
  cite: '查看方案原文',
  caption: (year: number) => `${year}年度转型升级标杆`,
  year: (y: number) => `${y}年度`,
  badge: (y: number) => `${y}年度转型升级标杆`,
  description: (year: number, n: number) => `${year}年度特色产业集群转型升级标杆名单，共 ${n} 个集群。`,
} as const;
