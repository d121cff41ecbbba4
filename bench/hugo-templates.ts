/**
 * The Hugo layouts of the comparison site (bench/hugo.ts): what a plain Hugo
 * site of this content would have. One page per cluster, policy, notice and
 * announcement with its fields and body, a list page per section, a home page
 * and a 404 page, in one base layout with the header, navigation and footer.
 *
 * Kept honest in both directions: every page shows the fields our page of
 * that kind shows from the same file (a cluster's level and recognition come
 * from the announcements naming it, found through one index built once, as a
 * Hugo site would do it, not by scanning every announcement per page); the
 * main content is marked `data-pagefind-body` with the filters our search has
 * for the kind, so Pagefind indexes about what ours does. Left out because a
 * plain Hugo site would not have them: pinyin and n-gram tokens, social
 * images, version history, open data, feeds. Go templates, kept as text here
 * so that no formatter rewrites them.
 */

const base = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ block "title" . }}{{ .Title }}{{ end }} - {{ site.Data.settings.siteName }}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header>
<p class="site"><a href="/">{{ site.Data.settings.siteName }}</a></p>
<nav aria-label="主导航"><ul>
<li><a href="/policies/">政策文件</a></li>
<li><a href="/clusters/">产业集群</a></li>
<li><a href="/notices/">公示</a></li>
<li><a href="/announcements/">公布</a></li>
</ul></nav>
</header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer>
<p>主办单位：{{ site.Data.settings.organizer }}</p>
<p>{{ site.Data.settings.guide }}</p>
</footer>
</body>
</html>
`;

/** Cluster id → the announcements (a:) and notices (n:) naming it: built once, shared by every cluster page. */
const clusterIndex = `{{ $s := newScratch }}
{{ range (site.GetPage "/announcements").Pages }}
  {{ $a := . }}
  {{ range .Params.clusters }}{{ $s.Add (printf "a:%s" .) (slice $a) }}{{ end }}
{{ end }}
{{ range (site.GetPage "/notices").Pages }}
  {{ $n := . }}
  {{ range .Params.entries }}{{ with .cluster }}{{ $s.Add (printf "n:%s" .) (slice $n) }}{{ end }}{{ end }}
{{ end }}
{{ return $s.Values }}
`;

/** The day every status is computed for (site param asOf), as a time. */
const asOf = `{{ $asOf := time.AsTime site.Params.asof }}`;

const breadcrumb = (section: string, label: string) =>
  `<nav aria-label="当前位置"><a href="/">首页</a> › <a href="/${section}/">${label}</a></nav>`;

const cluster = `{{ define "title" }}{{ .Params.name }}{{ end }}
{{ define "main" }}
${asOf}
{{ $index := partialCached "cluster-index.html" . }}
{{ $id := .File.ContentBaseName }}
{{ $announcements := index $index (printf "a:%s" $id) }}
{{ $notices := index $index (printf "n:%s" $id) }}
${breadcrumb('clusters', '产业集群')}
<article data-pagefind-body>
<h1 data-pagefind-meta="title">{{ .Params.name }}</h1>
<p hidden data-pagefind-filter="type">产业集群</p>
<dl>
<dt>所在县（市、区）</dt><dd data-pagefind-filter="county">{{ .Params.county }}</dd>
<dt>主导产业</dt><dd data-pagefind-filter="industry">{{ .Params.industry }}</dd>
{{ with .Params.products }}<dt>主要产品</dt><dd>{{ delimit . "、" }}</dd>{{ end }}
{{ with $announcements }}
  {{ $latest := index (sort . "Date" "desc") 0 }}
  {{ $until := $latest.Date.AddDate 5 0 0 }}
  <dt>级别</dt><dd data-pagefind-filter="level">{{ $latest.Params.level }}</dd>
  <dt>认定日期</dt><dd data-pagefind-sort="date">{{ $latest.Date.Format "2006-01-02" }}</dd>
  <dt>有效期至</dt><dd>{{ $until.Format "2006-01-02" }}</dd>
  <dt>状态</dt><dd data-pagefind-filter="status">{{ if $until.After $asOf }}有效{{ else }}期满待复核{{ end }}</dd>
{{ else }}
  <dt>状态</dt><dd data-pagefind-filter="status">未认定</dd>
{{ end }}
</dl>
{{ with .Params.intro }}<h2>简介</h2><p>{{ . }}</p>{{ end }}
{{ with .Params.annualreports }}
<h2>年度数据</h2>
<table>
<thead><tr><th scope="col">年度</th><th scope="col">企业户数</th><th scope="col">从业人员（人）</th><th scope="col">营业收入（亿元）</th><th scope="col">区域面积（平方公里）</th></tr></thead>
<tbody>
{{ range . }}<tr><th scope="row">{{ .year }}</th><td>{{ with .enterprises }}{{ with .total }}{{ lang.FormatNumber 0 . }}{{ end }}{{ end }}</td><td>{{ with .employees }}{{ lang.FormatNumber 0 . }}{{ end }}</td><td>{{ with .revenue }}{{ lang.FormatNumber 2 . }}{{ end }}</td><td>{{ with or .areaKm2 .areakm2 }}{{ lang.FormatNumber 2 . }}{{ end }}</td></tr>{{ end }}
</tbody>
</table>
{{ end }}
<h2>认定与公示记录</h2>
<ol>
{{ with $notices }}{{ range sort . "Date" }}<li>{{ .Date.Format "2006-01-02" }} 公示：<a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}
{{ with $announcements }}{{ range sort . "Date" }}<li>{{ .Date.Format "2006-01-02" }} {{ .Params.level }}{{ index site.Data.actions .Params.action }}：<a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}
</ol>
</article>
{{ end }}
`;

const policy = `{{ define "main" }}
${asOf}
${breadcrumb('policies', '政策文件')}
{{ $status := "有效" }}
{{ with .Params.effectivefrom }}{{ if (time.AsTime .).After $asOf }}{{ $status = "尚未施行" }}{{ end }}{{ end }}
{{ with .Params.effectiveuntil }}{{ if (time.AsTime .).Before $asOf }}{{ $status = "已失效" }}{{ end }}{{ end }}
<article data-pagefind-body>
<h1 data-pagefind-meta="title">{{ .Title }}</h1>
<p hidden data-pagefind-filter="type">政策文件</p>
<dl>
{{ with .Params.docnumber }}<dt>文号</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.issuer }}<dt>发布机构</dt><dd data-pagefind-filter="issuer">{{ . }}</dd>{{ end }}
{{ with .Params.kind }}<dt>文种</dt><dd>{{ . }}</dd>{{ end }}
<dt>层级</dt><dd data-pagefind-filter="level">{{ .Params.level }}级</dd>
{{ with .Params.issuedon }}<dt>成文日期</dt><dd data-pagefind-sort="date">{{ time.Format "2006-01-02" . }}</dd>{{ end }}
{{ with .Params.effectivefrom }}<dt>施行日期</dt><dd>{{ time.Format "2006-01-02" . }}</dd>{{ end }}
{{ with .Params.effectiveuntil }}<dt>有效期至</dt><dd>{{ time.Format "2006-01-02" . }}</dd>{{ end }}
<dt>效力</dt><dd data-pagefind-filter="status">{{ $status }}</dd>
</dl>
<div class="document">{{ .Content }}</div>
</article>
{{ with .TableOfContents }}<aside><h2>目录</h2>{{ . }}</aside>{{ end }}
{{ end }}
`;

const notice = `{{ define "main" }}
${asOf}
${breadcrumb('notices', '公示')}
{{ $from := time.AsTime .Params.period.from }}
{{ $to := time.AsTime .Params.period.to }}
<article data-pagefind-body>
<h1 data-pagefind-meta="title">{{ .Title }}</h1>
<p hidden data-pagefind-filter="type">公示</p>
<dl>
{{ with .Params.issuer }}<dt>发布机构</dt><dd data-pagefind-filter="issuer">{{ . }}</dd>{{ end }}
<dt>发布日期</dt><dd data-pagefind-sort="date">{{ .Date.Format "2006-01-02" }}</dd>
<dt>公示期</dt><dd>{{ $from.Format "2006-01-02" }} 至 {{ $to.Format "2006-01-02" }}</dd>
<dt>状态</dt><dd data-pagefind-filter="status">{{ if $asOf.Before $from }}未开始{{ else if $asOf.After $to }}公示期已结束{{ else }}公示中{{ end }}</dd>
</dl>
<h2>公示名单</h2>
<table>
<thead><tr><th scope="col">名称</th><th scope="col">所在县（市、区）</th><th scope="col">主导产业</th><th scope="col">拟认定级别</th></tr></thead>
<tbody>
{{ range .Params.entries }}
  {{ with .cluster }}{{ with site.GetPage (printf "/clusters/%s" .) }}
  <tr><td><a href="{{ .RelPermalink }}">{{ .Params.name }}</a></td><td data-pagefind-filter="county">{{ .Params.county }}</td><td data-pagefind-filter="industry">{{ .Params.industry }}</td>{{ end }}{{ else }}
  <tr><td>{{ .name }}</td><td data-pagefind-filter="county">{{ .county }}</td><td>{{ .industry }}</td>{{ end }}
  <td data-pagefind-filter="level">{{ .level }}</td></tr>
{{ end }}
</tbody>
</table>
<h2>异议受理</h2>
{{ with .Params.objection }}
<dl>{{ with .phone }}<dt>电话</dt><dd>{{ . }}</dd>{{ end }}{{ with .email }}<dt>电子邮箱</dt><dd>{{ . }}</dd>{{ end }}{{ with .address }}<dt>地址</dt><dd>{{ . }}</dd>{{ end }}</dl>
{{ with .rules }}<p>{{ . }}</p>{{ end }}
{{ end }}
</article>
{{ end }}
`;

const announcement = `{{ define "main" }}
${breadcrumb('announcements', '公布')}
<article data-pagefind-body>
<h1 data-pagefind-meta="title">{{ .Title }}</h1>
<p hidden data-pagefind-filter="type">公布</p>
<dl>
{{ with .Params.issuer }}<dt>发布机构</dt><dd data-pagefind-filter="issuer">{{ . }}</dd>{{ end }}
{{ with .Params.docnumber }}<dt>文号</dt><dd>{{ . }}</dd>{{ end }}
<dt>日期</dt><dd data-pagefind-sort="date">{{ .Date.Format "2006-01-02" }}</dd>
<dt>事项</dt><dd>{{ .Params.level }}{{ index site.Data.actions .Params.action }}</dd>
</dl>
<h2>名单</h2>
<table>
<thead><tr><th scope="col">名称</th><th scope="col">所在县（市、区）</th><th scope="col">主导产业</th></tr></thead>
<tbody>
{{ range .Params.clusters }}{{ with site.GetPage (printf "/clusters/%s" .) }}
<tr><td><a href="{{ .RelPermalink }}">{{ .Params.name }}</a></td><td data-pagefind-filter="county">{{ .Params.county }}</td><td data-pagefind-filter="industry">{{ .Params.industry }}</td></tr>
{{ end }}{{ end }}
</tbody>
</table>
</article>
{{ end }}
`;

const clusterList = `{{ define "main" }}
<h1>产业集群名录</h1>
<p>共 {{ len .Pages }} 个产业集群。</p>
<table>
<thead><tr><th scope="col">名称</th><th scope="col">所在县（市、区）</th><th scope="col">主导产业</th></tr></thead>
<tbody>
{{ range .Pages.ByParam "name" }}<tr><td><a href="{{ .RelPermalink }}">{{ .Params.name }}</a></td><td>{{ .Params.county }}</td><td>{{ .Params.industry }}</td></tr>
{{ end }}
</tbody>
</table>
{{ end }}
`;

const policyList = `{{ define "main" }}
<h1>政策文件</h1>
<p>共 {{ len .Pages }} 件。</p>
<table>
<thead><tr><th scope="col">标题</th><th scope="col">文号</th><th scope="col">成文日期</th></tr></thead>
<tbody>
{{ range .Pages.ByDate.Reverse }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.docnumber }}</td><td>{{ .Date.Format "2006-01-02" }}</td></tr>
{{ end }}
</tbody>
</table>
{{ end }}
`;

const noticeList = `{{ define "main" }}
<h1>公示</h1>
<ul>
{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>（公示期 {{ time.Format "2006-01-02" .Params.period.from }} 至 {{ time.Format "2006-01-02" .Params.period.to }}）</li>
{{ end }}
</ul>
{{ end }}
`;

const announcementList = `{{ define "main" }}
<h1>公布</h1>
<ul>
{{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>（{{ .Date.Format "2006-01-02" }}，{{ .Params.level }}{{ index site.Data.actions .Params.action }}，{{ len .Params.clusters }} 个集群）</li>
{{ end }}
</ul>
{{ end }}
`;

const latest = (section: string, label: string) => `<section>
<h2><a href="/${section}/">${label}</a></h2>
<ul>
{{ range first 10 (site.GetPage "/${section}").Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}
</ul>
</section>`;

const home = `{{ define "title" }}首页{{ end }}
{{ define "main" }}
<h1>{{ site.Data.settings.siteName }}</h1>
<p>{{ site.Data.settings.guide }}</p>
<ul>
<li>产业集群 {{ len (site.GetPage "/clusters").Pages }} 个</li>
<li>政策文件 {{ len (site.GetPage "/policies").Pages }} 件</li>
</ul>
${latest('notices', '公示')}
${latest('announcements', '公布')}
${latest('policies', '政策文件')}
{{ end }}
`;

const notFound = `{{ define "title" }}页面不存在{{ end }}
{{ define "main" }}
<h1>页面不存在</h1>
<p>您访问的页面不存在或已移动。请从<a href="/">首页</a>查找。</p>
{{ end }}
`;

/** The layouts, by path under the Hugo project's layouts/. */
export const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': base,
  'partials/cluster-index.html': clusterIndex,
  'clusters/single.html': cluster,
  'clusters/list.html': clusterList,
  'policies/single.html': policy,
  'policies/list.html': policyList,
  'notices/single.html': notice,
  'notices/list.html': noticeList,
  'announcements/single.html': announcement,
  'announcements/list.html': announcementList,
  'index.html': home,
  '404.html': notFound,
};

/** The words of an announcement's action (data/actions.yaml). */
export const ACTION_WORDS = 'recognize: 认定\nreview-passed: 复核通过\nrevoke: 撤销\ncancel: 取消\n';

/** The one stylesheet (static/style.css): about as much as a plain site needs. */
export const STYLE = `body{font-family:system-ui,"Noto Sans SC",sans-serif;line-height:1.7;max-width:60rem;margin:0 auto;padding:0 1rem;color:#1a1a1a}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem}
header nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dd{margin:0}
table{border-collapse:collapse;display:block;overflow-x:auto}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
a{color:#0b4f9c}footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}
`;
