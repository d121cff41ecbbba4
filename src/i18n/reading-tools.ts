/**
 * The reading tools of a policy page: text size, print, and the per-article
 * 复制链接 / 复制引用 buttons with what they announce. Loaded in the reader's
 * browser by src/client/article-tools.ts.
 */
export const readingToolsText = {
  label: '阅读工具',
  textSize: '字号',
  sizes: { normal: '标准', large: '大', larger: '特大' },
  print: '打印本页',
  contrast: '高对比度',
  copyLink: '复制链接',
  copyCitation: '复制引用',
  copiedLink: (unit: string) => `已复制${unit}的链接。`,
  copiedCitation: (unit: string) => `已复制${unit}的引用：`,
  copyFailed: '浏览器未允许自动复制，请选中下面的文字后手动复制：',
  wholeDocument: '全文',
} as const;
