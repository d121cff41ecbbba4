/** The home page. */
export const homeText = {
  lead: '公开聊城市特色产业集群的政策文件、拟认定名单公示和正式公布的名单。集群的级别和状态均依据正式公布的名单生成。',
  openNotices: '正在公示',
  noOpenNotices: '目前没有正在进行的公示。',
  latestAnnouncements: '最新公布',
  policies: '政策文件',
  clusters: '特色产业集群',
  clusterCounts: '各级集群数量',
  allPolicies: '全部政策文件',
  allClusters: '查看集群名录',
  allAnnouncements: '全部公布',
  allNotices: '全部公示',
} as const;
