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
    link: '关于本站',
    after: '中的方式告诉我们。',
  },
} as const;
