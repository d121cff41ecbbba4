/**
 * The site's chrome: skip link, navigation, breadcrumbs, footer, the as-of
 * line, and the words any page may use (a missing fact, a table's 序号); and
 * the 404 page.
 */
export const siteText = {
  skipToContent: '跳到正文',
  nav: {
    label: '主导航',
    home: '首页',
    policies: '政策文件',
    clusters: '集群名录',
    notices: '公示',
    announcements: '公布',
    disclosure: '信息公开',
    about: '关于本站',
  },
  breadcrumbLabel: '当前位置',
  asOf: (date: string) => `本站各项状态按 ${date}（北京时间）计算`,
  /** The as-of line once the reader's browser has recomputed the page for a later day ({today}, {built} are filled in there). */
  asOfRefreshed: (today: string, built: string) =>
    `本页各项状态已按您设备上的今天 ${today}（北京时间）重新计算；页面生成于 ${built}`,
  /** Beside a statement that depends on the day (a status, a count): the day it was computed for. */
  computedFor: (date: string) => `（按 ${date} 计算）`,
  footer: {
    organizer: '主办单位',
    operator: '承办单位',
    siteCode: '网站标识码',
    icp: 'ICP备案号',
    psb: '公安机关备案号',
    contact: '联系我们',
    guide: '政府信息公开指南',
  },
  notRegistered: '尚未登记',
  notPublished: '未公开',
  /** After a date known only to the year. */
  dateKnownOnlyYear: '（只知年份）',
  /** The first column of a numbered list table. */
  rowNumber: '序号',
} as const;

export const notFoundText = {
  title: '找不到这个页面',
  lead: '您访问的网址不存在，可能是输入有误，或链接已经更改。',
  tryThese: '您可以：',
  /** Where to go instead: the words before, of and after each link. */
  policies: { before: '查阅', link: '政策文件', after: '（含已失效的文件）' },
  clusters: { before: '查阅', link: '特色产业集群名录' },
  notices: { before: '查看', link: '公示', between: '和', announcements: '公布的名单' },
  home: { before: '回到', link: '首页' },
  report: {
    before: '如果您是从本站的链接来到这里，说明我们的链接有误，请通过',
    link: '本页下方“纠错与意见”',
    after: '中的方式告诉我们。',
    /** While settings give no contact: no pointer to one. */
    noContact: (organizer: string) => `如果您是从本站的链接来到这里，说明我们的链接有误，请告知主办单位${organizer}。`,
  },
} as const;

/** The 纠错/意见 entry of every page (src/components/Feedback.astro). */
export const feedbackText = {
  title: '纠错与意见',
  lead: '发现本页信息有误，或对本站有意见建议，请告诉我们：',
  phone: '电话',
  email: '电子邮箱',
  address: '地址',
  postcode: (code: string) => `（邮编 ${code}）`,
  subject: (page: string) => `纠错：${page}`,
  bodyLead: '我要指出的问题所在页面：',
  noticeNote: '对公示名单的异议，请按该公示写明的方式和期限提出。',
  none: (organizer: string) =>
    `本站的联系电话、电子邮箱和地址尚未公布。发现信息有误或有意见建议，请与主办单位${organizer}联系；对公示名单的异议，请按该公示写明的方式和期限提出。`,
} as const;

/** Where a rule the page applies comes from (src/components/RuleBasis.astro). */
export const ruleBasisText = {
  publicity: {
    before: '公示期满无异议的，按程序予以正式公布（',
    after: '）。正式公布的名单在本站“公布”栏目发布，并与本公示相互链接。',
    plain: '公示期满无异议的，按程序予以正式公布。正式公布的名单在本站“公布”栏目发布，并与本公示相互链接。',
  },
  term: {
    before: '市级称号的有效期和复核年度，依据',
    after: '推算：有效期为5年，有效期满当年须申请复核。',
    plain: '市级称号有效期为5年，有效期满当年须申请复核。',
  },
  inactive: '这份文件已不是现行有效的文件；本站仍按它的规定标注，一切以主管部门正式公布的为准。',
} as const;
