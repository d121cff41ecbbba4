/**
 * The nginx example (deploy/nginx/) run for real: Debian's nginx serves the
 * built real site from the release layout the config describes
 * (current -> releases/<id>, redirects.conf from `npm run redirects:nginx`),
 * over HTTPS with a throwaway certificate, on free ports of 127.0.0.1. Only
 * what cannot differ on the bureau's server is rewritten: ports, paths,
 * certificate. Then HTTP answers are checked, and Chromium reads pages and
 * searches through it under the real headers.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { normalTarget } from '../../src/publishing/redirect-rules.ts';
import { nginxRedirects } from '../../src/publishing/urls.ts';
import { useBrowser } from './browser.ts';

const root = join(import.meta.dirname, '../..');
const realDir = inject('realDir');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const newPage = useBrowser();
const csp = /add_header Content-Security-Policy "([^"]+)"/.exec(
  readFileSync(join(root, 'deploy/nginx/security-headers.conf'), 'utf8'),
)![1];

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request, redirects not followed, the throwaway certificate accepted. */
function get(url: string): Promise<Answer> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    const req = request(url, { rejectUnauthorized: false, headers: { Host: 'clusters.example.gov.cn' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

let work: string;
let nginx: ChildProcess | undefined;
let http: string;
let https: string;
let stderr = '';

beforeAll(async () => {
  if (!NGINX)
    throw new Error(
      'nginx is not installed: scripts/ensure-test-deps.sh installs it from Debian (apt-get install nginx)',
    );
  work = mkdtempSync(join(tmpdir(), 'lc-nginx-'));
  const srv = join(work, 'srv');
  // The release layout of site.conf's header comment.
  mkdirSync(join(srv, 'releases'), { recursive: true });
  // The release is the built site plus what must never be served: files a careless upload could carry along.
  const release = join(srv, 'releases', 'test');
  mkdirSync(release);
  for (const name of readdirSync(realDir)) symlinkSync(join(realDir, name), join(release, name));
  writeFileSync(join(release, '.env'), 'SECRET=1\n');
  mkdirSync(join(release, '.git'));
  writeFileSync(join(release, '.git/config'), '[core]\n');
  mkdirSync(join(release, 'files'));
  writeFileSync(join(release, 'files/.htpasswd'), 'x\n');
  symlinkSync(join(srv, 'releases', 'test'), join(srv, 'current'));
  symlinkSync(join(root, 'deploy'), join(srv, 'deploy'));
  writeFileSync(
    join(srv, 'redirects.conf'),
    nginxRedirects(
      new Map([
        ['/clusters/old-name/', '/clusters/linqing-textile/'],
        ['/policies/old-measures/', normalTarget('/policies/cluster-management-measures-2021/#第十三条')!],
        // Characters the grammar lets through that mean something elsewhere (& * ( ) ! # ?), quoted for nginx.
        ['/old/elsewhere/', normalTarget('https://www.example.gov.cn/a?b=1&c=(2)*!#x')!],
      ]),
    ),
  );
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=clusters.example.gov.cn',
      '-keyout',
      join(work, 'site.key'),
      '-out',
      join(work, 'site.crt'),
    ],
    { stdio: 'ignore' },
  );

  const [plain, secure] = [await freePort(), await freePort()];
  http = `http://127.0.0.1:${plain}`;
  https = `https://127.0.0.1:${secure}`;
  const site = readFileSync(join(root, 'deploy/nginx/site.conf'), 'utf8')
    .replaceAll('/srv/liaocheng-clusters', srv)
    .replace(/^\s*listen \[::\]:\d+.*$/gm, '')
    .replace('listen 80;', `listen 127.0.0.1:${plain};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${secure} ssl http2;`)
    .replace('/etc/ssl/clusters.example.gov.cn.crt', join(work, 'site.crt'))
    .replace('/etc/ssl/clusters.example.gov.cn.key', join(work, 'site.key'));
  expect(site, 'site.conf still has the lines this test rewrites').toContain(`127.0.0.1:${secure} ssl http2`);
  writeFileSync(join(work, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${join(work, name)};`;
  writeFileSync(
    join(work, 'nginx.conf'),
    [
      // As root, workers would run as nobody and could not read the temporary directory.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(work, 'nginx.pid')};`,
      `error_log ${join(work, 'error.log')} warn;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      `  include ${join(work, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  execFileSync(NGINX, ['-t', '-q', '-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'pipe' });
  nginx = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  nginx.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  for (let i = 0; ; i++) {
    try {
      await get(`${https}/`);
      break;
    } catch (error) {
      if (i > 100 || nginx.exitCode !== null)
        throw new Error(`nginx did not start: ${stderr}${String(error)}`, { cause: error });
      await new Promise((r) => setTimeout(r, 50));
    }
  }
});

afterAll(() => {
  nginx?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

const SECURITY_HEADERS = [
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'permissions-policy',
  'cross-origin-opener-policy',
];
/** True when neither the Server header nor the body of an answer names nginx's version. */
function missingVersion(a: Answer): boolean {
  return a.headers.server === 'nginx' && !/nginx\/\d/.test(a.body);
}
function expectSecurityHeaders(a: Answer, what: string) {
  expect(a.headers['content-security-policy'], what).toBe(csp);
  for (const h of SECURITY_HEADERS) expect(a.headers[h], `${what}: ${h}`).toBeTruthy();
}

describe('the nginx example, served by nginx', () => {
  it('sends plain HTTP to HTTPS, keeping the path', async () => {
    const a = await get(`${http}/clusters/?county=guanxian`);
    expect(a.status).toBe(301);
    expect(a.headers.location).toBe('https://clusters.example.gov.cn/clusters/?county=guanxian');
  });

  it('serves pages as UTF-8 HTML with every security header, a folder without its slash redirected', async () => {
    for (const path of ['/', '/clusters/linqing-textile/', '/data/', '/data/registry/', '/search/']) {
      const a = await get(`${https}${path}`);
      expect(a.status, path).toBe(200);
      expect(a.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(a.body, path).toContain('<html lang="zh-CN"');
      expectSecurityHeaders(a, path);
    }
    const bare = await get(`${https}/policies`);
    expect(bare.status).toBe(301);
    expect(new URL(bare.headers.location!, https).pathname).toBe('/policies/');
  });

  it('serves open data and feeds with explicit types, UTF-8, open to other sites, and the security headers', async () => {
    const expected: [string, string][] = [
      ['/data/registry.csv', 'text/csv; charset=utf-8'],
      ['/data/registry.json', 'application/json; charset=utf-8'],
      ['/data/registry.schema.json', 'application/json; charset=utf-8'],
      ['/feeds/all.xml', 'application/atom+xml; charset=utf-8'],
    ];
    for (const [path, type] of expected) {
      const a = await get(`${https}${path}`);
      expect(a.status, path).toBe(200);
      expect(a.headers['content-type'], path).toBe(type);
      expect(a.headers['access-control-allow-origin'], path).toBe('*');
      expectSecurityHeaders(a, path);
    }
  });

  it('caches hashed build assets for a year, and serves the search index and its WebAssembly with their types', async () => {
    const asset = readdirSync(join(realDir, '_astro')).find((f) => f.endsWith('.css'))!;
    const a = await get(`${https}/_astro/${asset}`);
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(a, asset);
    const wasm = readdirSync(join(realDir, 'pagefind')).find((f) => f.endsWith('.pagefind'))!;
    expect((await get(`${https}/pagefind/pagefind.js`)).headers['content-type']).toBe(
      'application/javascript; charset=utf-8',
    );
    expect((await get(`${https}/pagefind/${wasm}`)).status).toBe(200);
  });

  it('answers a missing page with the site 404 page, and a moved page with a permanent redirect', async () => {
    const missing = await get(`${https}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('找不到这个页面');
    expectSecurityHeaders(missing, '404');
    for (const path of ['/clusters/old-name/', '/clusters/old-name']) {
      const moved = await get(`${https}${path}`);
      expect(moved.status, path).toBe(301);
      expect(moved.headers.location, path).toMatch(/\/clusters\/linqing-textile\/$/);
    }
  });

  it('serves no dotfile, lists no folder and names no version', async () => {
    for (const path of ['/.env', '/.git/config', '/.git/', '/files/.htpasswd', '/.site-manifest']) {
      const a = await get(`${https}${path}`);
      expect(a.status, path).toBe(404);
      expect(a.body, path).not.toMatch(/SECRET|\[core\]/);
    }
    // A folder without index.html: refused (403), never listed.
    const folder = await get(`${https}/files/`);
    expect(folder.status).toBe(403);
    expect(missingVersion(folder)).toBe(true);
    expect(folder.body).not.toContain('Index of');
    expect(folder.headers.server).toBe('nginx');
    expect(missingVersion(await get(`${https}/no-such-page/`))).toBe(true);
  });

  it('redirects to an anchor exactly, with nothing from the request in Location', async () => {
    const a = await new Promise<Answer>((done, fail) => {
      const req = httpsRequest(
        `${https}/policies/old-measures/`,
        { rejectUnauthorized: false, headers: { Host: 'clusters.example.gov.cn', 'X-Evil': 'https://evil.example/' } },
        (res) => {
          res.resume();
          res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: '' }));
        },
      );
      req.on('error', fail);
      req.end();
    });
    expect(a.status).toBe(301);
    expect(a.headers.location).toMatch(
      new RegExp(`/policies/cluster-management-measures-2021/#${encodeURIComponent('第十三条')}$`),
    );
    expect(a.headers.location).not.toContain('evil');
    const elsewhere = await get(`${https}/old/elsewhere/`);
    expect(elsewhere.status).toBe(301);
    expect(elsewhere.headers.location).toBe('https://www.example.gov.cn/a?b=1&c=(2)*!#x');
  });

  it('lets a reader in Chromium search and read through it, without a single CSP violation', async () => {
    const page = await newPage({ ignoreHTTPSErrors: true });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${https}/search/?q=${encodeURIComponent('钢球')}`);
    await page
      .getByRole('status')
      .filter({ hasText: /找到|没有找到/ })
      .waitFor();
    const titles = await page
      .getByRole('region', { name: '搜索结果' })
      .getByRole('heading', { level: 3 })
      .allTextContents();
    expect(titles[0]).toContain('钢球');
    await page.getByRole('region', { name: '搜索结果' }).getByRole('link').first().click();
    await page.waitForURL(/\/clusters\/donge-steel-ball\/$/);
    await expect(page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    expect(violations).toEqual([]);
    expect(stderr).toBe('');
  });
});
