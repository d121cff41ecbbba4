/**
 * What a public origin is: `http(s)://host[:port]` and nothing else. The
 * origin is written into canonical links, link previews, every feed and the
 * data files, so a scheme like `javascript:` or a path, query, fragment or
 * user name smuggled into it would travel everywhere; one rule refuses them
 * for settings.siteUrl (src/schemas/settings.ts) and SITE_URL alike.
 */

/** Why `value` is not an http(s) origin (a sentence for messages), or undefined when it is one. */
export function originProblem(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters and spaces are what this refuses
  if (/[\u0000-\u0020\u007f-\u009f\s]/.test(value)) return '含有空格或控制字符';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return '不是完整的网址';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `协议「${url.protocol}」不是 http 或 https`;
  if (url.username || url.password) return '含有用户名或密码';
  if (!url.hostname) return '没有域名';
  if (url.pathname !== '/' || url.search || url.hash || !/^https?:\/\/[^/?#]+\/?$/i.test(value))
    return '带有路径、查询或 # 片段（只能写协议和域名）';
  return undefined;
}

/** The origin as written in every URL: scheme and host, lower-case, no trailing slash. */
export function normalOrigin(value: string): string {
  return new URL(value).origin;
}
