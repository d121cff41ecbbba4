/** Text of the publishing machinery that readers or the clerk see: redirect pages and generated files. */
export const publishingText = {
  title: '页面已移动',
  movedTo: '本页已移至：',
  manifestHeader: [
    '# 本站已经公开发布过的全部网址，一行一个。',
    '# 由 npm run urls:record 生成：发布新内容后运行它，并把本文件和内容一起提交。',
    '# 生成网站时，这里的每个网址都必须仍然存在，或在 redirects.yaml 中写明转到哪里。',
    '# 网址后的日期是它首次生成的那一天（生成时的 SITE_AS_OF）：生成更早某一天的网站时，不要求此后才有的网址。',
  ].join('\n'),
  nginxHeader: '# 由 npm run redirects:nginx 根据 content/redirects.yaml 生成：旧网址永久转到新网址（301）。',
};
