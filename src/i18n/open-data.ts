/**
 * The data dictionary: the Chinese name and meaning of every dataset and
 * field of the open data (src/outputs/open-data.ts). The CSV header, the JSON
 * Schema's titles and descriptions and the dictionary pages all come from
 * here, so they always say the same thing.
 */
export type DatasetId = 'registry' | 'announcements' | 'policies' | 'catalogue';

export interface Text {
  label: string;
  description: string;
}

export const datasetsText: Record<DatasetId, { title: string; description: string }> = {
  registry: {
    title: '特色产业集群名录',
    description:
      '本站收录的全部特色产业集群，一行一个集群：名称、所在县（市、区）、主导产业，以及依据正式公布的名单计算的当前级别、状态和认定日期。',
  },
  announcements: {
    title: '公布名单目录',
    description: '特色产业集群的认定、复核通过、撤销和取消公布，一行一份公布，附所列集群。',
  },
  policies: {
    title: '政策文件目录',
    description: '与特色产业集群有关的政策文件，一行一份文件：发文机关、发文字号、各项日期和按截至日期计算的有效性。',
  },
  catalogue: {
    title: '政府信息公开目录',
    description:
      '本站公开的全部信息，一行一项：政策文件、政策解读、公示、公布、名单、意见征集、说明和开放数据，每项载明索引号、名称、内容概述和生成日期（《中华人民共和国政府信息公开条例》第十二条）。',
  },
};

const LIST = '多个值在 CSV 中以“；”分隔，在 JSON 中为数组。';
const NULL = '未公开时为空（JSON 中为 null）。';
/** For a field that only some records can have: say when it is empty because it does not apply. */
const ONLY = (when: string) => `${when}以外为空（JSON 中为 null）。`;

export const datasetFieldsText: Record<DatasetId, Record<string, Text>> = {
  registry: {
    id: { label: '集群编号', description: '集群在本站的固定标识，也是网址的一部分，不随名称变化。' },
    name: { label: '集群名称', description: '认定公布时的名称。' },
    aliases: { label: '其他名称', description: `后来的公开文件中使用的其他名称。${LIST}` },
    county: { label: '所在县（市、区）', description: '集群所在的县（市、区）或功能区。' },
    town: { label: '乡镇（街道）', description: `集群集中所在的乡镇或街道。${NULL}` },
    industry: { label: '主导产业', description: '集群名称中的主导产业。' },
    direction: {
      label: '产业方向',
      description: `《聊城市特色产业集群转型升级工作方案（2023-2025年）》中所属的产业方向。${NULL}`,
    },
    products: { label: '主导产品', description: `主导产品。${LIST}` },
    host: { label: '依托载体', description: `管理集群的机构或园区。${NULL}` },
    level: {
      label: '当前级别',
      description: `截至日期仍有效的最高级别（市级、省级、国家级）。尚未认定或称号已撤销、取消的为空。`,
    },
    statusCode: {
      label: '状态代码',
      description:
        'valid 有效；review-due 有效、本年度须复核；review-pending 有效期满、已列入复核公示、结果待公布（不计入有效名单，也未取消）；expired 期满未复核已取消；review-failed 复核未通过已取消；revoked 已撤销；cancelled 已取消；not-recognized 尚未认定。',
    },
    status: { label: '状态', description: '状态代码对应的中文说明，按截至日期计算。' },
    municipalSince: {
      label: '市级认定日期',
      description: `首次认定为市级特色产业集群的公布日期；只知年份或年月时只写到年或月。${NULL}`,
    },
    municipalValidUntil: {
      label: '市级有效期至',
      description: `市级称号有效期的最后一天：自公布之日起5年（《聊城市特色产业集群管理办法》第十三条）。${NULL}`,
    },
    provincialSince: { label: '省级认定日期', description: `省级称号的认定日期。${NULL}` },
    nationalSince: {
      label: '国家级认定日期',
      description: `国家级称号的认定日期（依据公开报道时为报道日期）。${NULL}`,
    },
    announcements: {
      label: '相关公布',
      description: `截至日期已生效、列有该集群的公布的编号，按日期先后排列。${LIST}`,
    },
    url: { label: '网址', description: '该集群在本站的页面。' },
  },
  announcements: {
    id: { label: '公布编号', description: '公布在本站的固定标识，也是网址的一部分。' },
    title: { label: '标题', description: '公布的标题；依据公开报道整理的，为本站概括的标题（见来源类别）。' },
    issuer: { label: '发布机关', description: `${LIST}` },
    docNumber: { label: '发文字号', description: `例如 聊工信发〔2021〕97号。${NULL}` },
    date: { label: '发布日期', description: '只知年份或年月时只写到年或月。' },
    inEffect: { label: '截至日期已发布', description: '发布日期不晚于截至日期时为“是”（JSON 中为 true）。' },
    actionCode: {
      label: '类别代码',
      description: 'recognize 认定；review-passed 复核通过；revoke 撤销；cancel 取消。',
    },
    action: { label: '类别', description: '类别代码对应的中文。' },
    level: { label: '级别', description: '所涉称号的级别：市级、省级或国家级。' },
    clusters: { label: '集群编号', description: `名单所列集群的编号，按公布顺序。${LIST}` },
    clusterNames: { label: '集群名称', description: `名单所列集群的名称，与集群编号一一对应。${LIST}` },
    closes: {
      label: '对应的公示',
      description: `本公布所对应的公示的编号；没有对应公示或该公示未收录时为空（JSON 中为 null）。`,
    },
    basis: { label: '依据', description: `所依据的政策文件的编号。${LIST}` },
    sourceKind: { label: '来源类别', description: 'official 原公布文件；report 依据后来的公开报道整理。' },
    recognizedBy: {
      label: '认定机关',
      description: `依据公开报道整理时，报道所写的作出认定的机关；未写明时为空（JSON 中为 null）。`,
    },
    reason: { label: '撤销理由', description: `撤销时写明的理由（撤销必须写明理由）。${ONLY('撤销')}` },
    url: { label: '网址', description: '该公布在本站的页面。' },
  },
  policies: {
    id: { label: '文件编号', description: '文件在本站的固定标识，也是网址的一部分。' },
    title: { label: '标题', description: '文件本身的标题（不含印发通知）。' },
    docNumber: { label: '发文字号', description: `${NULL}` },
    registrationNumber: { label: '规范性文件统一编号', description: `例如 LCCR-2021-0050003。${NULL}` },
    indexNumber: { label: '索引号', description: `政府信息公开目录的索引号。${NULL}` },
    issuer: { label: '发文机关', description: `原文未载明时为空列表。${LIST}` },
    kind: { label: '文种', description: '办法、方案、意见、规划、计划、通知、决定、细则或其他。' },
    level: { label: '层级', description: '发文机关的层级：国家、省、市、县。' },
    topics: { label: '主题分类', description: `${LIST}` },
    issuedOn: { label: '成文日期', description: `只知年份或年月时只写到年或月。${NULL}` },
    publishedOn: { label: '发布日期', description: `只知年份或年月时只写到年或月。${NULL}` },
    effectiveFrom: { label: '施行日期', description: `${NULL}` },
    effectiveUntil: { label: '有效期至', description: `有效期的最后一天（含）。${NULL}` },
    periodFrom: { label: '规划期起始年', description: `规划或实施期的第一年。${NULL}` },
    periodTo: { label: '规划期结束年', description: `规划或实施期的最后一年，期满于该年12月31日。${NULL}` },
    repealedOn: { label: '废止日期', description: `${NULL}` },
    validityCode: {
      label: '有效性代码',
      description: 'not-yet 尚未施行；in-force 现行有效；expired 已失效；repealed 已废止；amended 已被修订。',
    },
    validity: { label: '有效性', description: '按截至日期计算的有效性。' },
    basis: { label: '依据', description: `本文件所依据的、本站收录的文件的编号。${LIST}` },
    externalBasis: {
      label: '依据（本站未收录）',
      description: `本文件所依据、本站未收录的文件，写作《标题》，原文给出发文字号时后附（发文字号）。${LIST}`,
    },
    cites: { label: '文中提及', description: `正文中提及（不作为依据）的本站文件的编号。${LIST}` },
    interprets: { label: '解读的文件', description: `本文件为政策解读时，所解读文件的编号。${ONLY('政策解读')}` },
    supersedes: { label: '替代的文件', description: `本文件替代的文件的编号。${LIST}` },
    supersededBy: { label: '被替代', description: `替代本文件的文件的编号。${LIST}` },
    summary: { label: '内容概述', description: `${NULL}` },
    url: { label: '网址', description: '该文件在本站的页面（含全文）。' },
  },
  catalogue: {
    id: { label: '目录编号', description: '本项在目录中的固定标识：类别和本站编号。' },
    category: {
      label: '类别',
      description: '政策文件、政策解读、公示、公布、名单、意见征集、说明或开放数据。',
    },
    indexNumber: { label: '索引号', description: '按本局索引号规则编制的索引号；尚未取得真实索引号的为“未编号”。' },
    title: { label: '名称', description: '信息的名称（标题）。' },
    summary: { label: '内容概述', description: '一两句话的内容概述。' },
    date: { label: '生成日期', description: `只知年份或年月时只写到年或月；开放数据为本次生成的日期。${NULL}` },
    url: { label: '网址', description: '该项在本站的页面。' },
  },
};

/** The stamp: top-level keys of every JSON file; the last two columns of every CSV file. */
export const stampText = {
  dataset: { label: '数据集', description: '数据集标识：registry、announcements 或 policies。' },
  title: { label: '数据集名称', description: '数据集的中文名称。' },
  publisher: { label: '发布单位', description: '网站的主办单位。' },
  asOf: { label: '截至日期', description: '级别、状态、有效性等按这一天（北京时间）计算；年末名单为该年12月31日。' },
  dataVersion: {
    label: '数据版本',
    description:
      '生成数据时内容的版本：内容目录最近一次提交的 git 提交号（40位十六进制）；有未提交的修改时后缀 -modified；没有版本记录时为 unknown。',
  },
  schema: { label: 'JSON Schema', description: '描述本文件结构的 JSON Schema 的地址。' },
  count: { label: '记录数', description: 'records 中的记录条数。' },
} satisfies Record<string, Text>;

export type FeedId = 'all' | 'policies' | 'notices' | 'announcements';

/** Atom feeds: title, subtitle, and the category term on their entries. */
export const feedsText: Record<FeedId, { title: string; subtitle: string; category: string }> = {
  all: { title: '全部更新', subtitle: '政策文件、公示和公布的全部更新', category: '全部' },
  policies: { title: '政策文件', subtitle: '新发布的政策文件', category: '政策文件' },
  notices: { title: '公示', subtitle: '特色产业集群拟认定名单的公示', category: '公示' },
  announcements: { title: '公布', subtitle: '特色产业集群认定、复核、撤销和取消的正式公布', category: '公布' },
};

/** A feed opened in a browser (the XSLT view, src/outputs/feed-view.ts). */
export const feedViewText = {
  what: '这是本站的 Atom 订阅源，供 RSS/Atom 阅读器使用。',
  how: '订阅方法：复制浏览器地址栏中的本页地址，添加到您的 RSS/Atom 阅读器中。以下是订阅源中的条目，点击标题打开对应页面。',
  updated: '更新日期',
  back: '返回本站',
  entries: '条目',
  /** The date written as the site writes it (2026年5月3日), by the stylesheet from the entry's instant. */
  year: '年',
  month: '月',
  day: '日',
} as const;

/** What a feed entry says when its own date is known only to the year or month (src/outputs/feeds.ts). */
export const feedDateText = {
  firstPublished: (known: string, day: string) =>
    `（原文日期只知到${known}；本条目的日期是本站首次发布它的日期${day}。）`,
  latest: (known: string, day: string) => `（原文日期只知到${known}；本条目的日期按该期间的最后一天${day}记。）`,
} as const;

/** UI text of the open-data pages (/data/ and the dictionary pages), and how a CSV file writes yes and no. */
export const dataPageText = {
  csvBoolean: (v: boolean) => (v ? '是' : '否'),
  title: '开放数据和订阅',
  lead: '本站的集群名录、公布名单目录和政策文件目录可以下载为 CSV（可直接用 Excel 打开）和 JSON，供媒体、研究人员和公众使用；也可以用 Atom 订阅本站的更新。',
  footerLink: '开放数据和订阅',
  stamp: '数据说明',
  asOf: '截至日期',
  asOfNote: '级别、状态和有效性按这一天（北京时间）计算。',
  dataVersion: '数据版本',
  dataVersionNote: '生成数据时内容的版本（git 提交号）。同一版本、同一截至日期的数据完全相同。',
  unknownVersion: '未知（生成时没有版本记录）',
  datasets: '数据集',
  files: '文件',
  format: '格式',
  size: '大小',
  records: (n: number) => `${n} 条记录`,
  dictionary: '数据字典',
  dictionaryOf: (title: string) => `${title}：数据字典`,
  formats: { csv: 'CSV', json: 'JSON', schema: 'JSON Schema' } as Record<string, string>,
  formatNotes: {
    csv: 'UTF-8 编码（带 BOM），Excel 可直接打开；多个值以“；”分隔；最后两列是数据版本和截至日期。',
    json: '每条记录包含全部字段，未公开的为 null；文件开头写明数据版本和截至日期。',
    schema: '描述 JSON 文件结构的 JSON Schema（2020-12 版），可用于自动校验。',
  } as Record<string, string>,
  snapshots: '历年年末名单',
  snapshotsLead:
    '每年12月31日的集群名录：列出截至当天已认定的集群及其当天的级别和状态。与“历史名单”中只列当天持有称号的集群的年末页不同，这里也列出已被撤销或取消称号的集群。字段与集群名录相同。',
  snapshotOf: (day: string) => `${day.slice(0, 4)}年末（${day}）`,
  noSnapshots: '还没有已经过去的年末。',
  fields: '字段',
  field: '字段名（JSON）',
  label: '列名（CSV）',
  type: '类型',
  required: '必有值',
  meaning: '含义',
  yes: '是',
  no: '否（可为空）',
  types: {
    string: '文字',
    text: '文字（可多段）',
    integer: '整数',
    boolean: '是/否',
    date: '日期 YYYY-MM-DD',
    'partial-date': '日期 YYYY、YYYY-MM 或 YYYY-MM-DD',
    list: '列表',
    url: '网址',
  } as Record<string, string>,
  values: '取值',
  stampColumns: '每个文件都有的说明项',
  feeds: 'Atom 订阅',
  feedsLead: '把下面的地址添加到 RSS/Atom 阅读器，即可在本站发布新文件、公示或公布时收到通知。',
  feedEntries: (n: number) => `${n} 条`,
  bytes: (n: number) => (n < 1024 ? `${n} 字节` : `${(n / 1024).toFixed(1)} KB`),
  download: (name: string) => `下载 ${name}`,
  license: '使用说明',
  licenseText: (site: string) =>
    `数据来自本站公开的政策文件、公示和公布。引用时请注明来源（${site}）、数据版本和截至日期；内容以原公布文件为准。`,
  backToData: '全部开放数据',
};
