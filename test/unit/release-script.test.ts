import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteManifest } from '../../scripts/build-steps/site-files.ts';

const deployDir = join(import.meta.dirname, '../../deploy');
const script = join(deployDir, 'release.sh');

/** A small complete site in `dir`, as the build writes it: pages, assets, search index, and its manifest. */
function writeSite(dir: string, text: string) {
  for (const page of [
    'index.html',
    '404.html',
    'clusters/index.html',
    'policies/index.html',
    '_astro/a.css',
    'pagefind/pagefind.js',
  ]) {
    mkdirSync(dirname(join(dir, page)), { recursive: true });
    writeFileSync(join(dir, page), text);
  }
  writeFileSync(join(dir, '.site-manifest'), siteManifest(dir));
}

/** A server root with these releases (complete unless listed in `broken`) and a stand-in nginx that logs its calls. */
function server(names: string[], broken: string[] = []) {
  const root = mkdtempSync(join(tmpdir(), 'lc-release-'));
  for (const name of names) {
    mkdirSync(join(root, 'releases', name), { recursive: true });
    if (!broken.includes(name)) writeSite(join(root, 'releases', name), name);
  }
  const nginx = join(root, 'fake-nginx');
  writeFileSync(
    nginx,
    `#!/bin/sh\necho "$@" >> "${join(root, 'nginx.log')}"\n[ "$1" = "-t" ] && [ -f "${join(root, 'refuse')}" ] && exit 1\nexit 0\n`,
  );
  chmodSync(nginx, 0o755);
  const run = (release: string, keep = 10) => {
    try {
      const out = execFileSync('bash', [script, release], {
        env: { ...process.env, SITE_ROOT: root, NGINX: nginx, KEEP: String(keep) },
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, out };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };
  return {
    root,
    run,
    current: () => readlinkSync(join(root, 'current')),
    releases: () => readdirSync(join(root, 'releases')).sort(),
    nginxCalls: () => readFileSync(join(root, 'nginx.log'), 'utf8').trim().split('\n'),
    refuse: () => writeFileSync(join(root, 'refuse'), ''),
  };
}

describe('deploy/release.sh (the server side of the deploy job)', () => {
  it('points current at the release, checks and reloads nginx', () => {
    const s = server(['20261123T160500Z-aaaaaaaa', '20261124T160500Z-bbbbbbbb']);
    expect(s.run('releases/20261123T160500Z-aaaaaaaa').code).toBe(0);
    const second = s.run('releases/20261124T160500Z-bbbbbbbb/');
    expect(second).toMatchObject({ code: 0 });
    expect(second.out).toContain('previous: releases/20261123T160500Z-aaaaaaaa');
    expect(s.current()).toBe('releases/20261124T160500Z-bbbbbbbb');
    expect(s.nginxCalls()).toEqual(['-t', '-s reload', '-t', '-s reload']);
  });

  it('refuses an incomplete or missing upload and leaves the live site as it was', () => {
    const s = server(['20261123T160500Z-aaaaaaaa', '20261124T160500Z-bbbbbbbb'], ['20261124T160500Z-bbbbbbbb']);
    s.run('releases/20261123T160500Z-aaaaaaaa');
    const broken = s.run('releases/20261124T160500Z-bbbbbbbb');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('index.html is missing');
    expect(s.run('releases/nope').code).toBe(1);
    expect(s.run('/etc').code).toBe(2);
    expect(s.current()).toBe('releases/20261123T160500Z-aaaaaaaa');
  });

  it('goes back to the previous release when nginx refuses its configuration, without reloading', () => {
    const s = server(['20261123T160500Z-aaaaaaaa', '20261124T160500Z-bbbbbbbb']);
    s.run('releases/20261123T160500Z-aaaaaaaa');
    s.refuse();
    const refused = s.run('releases/20261124T160500Z-bbbbbbbb');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('current points at releases/20261123T160500Z-aaaaaaaa again');
    expect(s.current()).toBe('releases/20261123T160500Z-aaaaaaaa');
    expect(s.nginxCalls()).toEqual(['-t', '-s reload', '-t']);
  });

  it('refuses an upload that does not match its manifest: a file missing, changed or added, a folder missing, a link', () => {
    const names = [
      '20261123T160500Z-a',
      '20261124T160500Z-b',
      '20261125T160500Z-c',
      '20261126T160500Z-d',
      '20261127T160500Z-e',
      '20261128T160500Z-f',
    ];
    const s = server(names);
    s.run(`releases/${names[0]}`);
    const rel = (n: string, p = '') => join(s.root, 'releases', n, p);
    rmSync(rel(names[1], '_astro'), { recursive: true });
    writeFileSync(rel(names[2], 'policies/index.html'), 'changed');
    writeFileSync(rel(names[3], 'extra.html'), 'x');
    symlinkSync('/etc/hostname', rel(names[4], 'hostname'));
    // A manifest rewritten for a site without its search index and pages.
    rmSync(rel(names[5], 'pagefind'), { recursive: true });
    writeFileSync(rel(names[5], '.site-manifest'), siteManifest(rel(names[5])));
    const outs = names.slice(1).map((n) => s.run(`releases/${n}`));
    expect(outs.map((o) => o.code)).toEqual([1, 1, 1, 1, 1]);
    expect(outs[0].out).toContain('files differ from .site-manifest');
    expect(outs[1].out).toContain('files differ from .site-manifest');
    expect(outs[2].out).toContain('it holds files the manifest does not list: extra.html');
    expect(outs[3].out).toContain('it holds a symbolic link');
    expect(outs[4].out).toContain('the manifest lists nothing under pagefind/');
    expect(s.current()).toBe(`releases/${names[0]}`);
    expect(s.nginxCalls()).toEqual(['-t', '-s reload']);
  });

  it('puts back the previous redirects.conf as well when nginx refuses the new one', () => {
    const s = server(['20261123T160500Z-aaaaaaaa', '20261124T160500Z-bbbbbbbb']);
    writeFileSync(join(s.root, 'releases/20261123T160500Z-aaaaaaaa.redirects.conf'), 'old redirects\n');
    s.run('releases/20261123T160500Z-aaaaaaaa');
    expect(readFileSync(join(s.root, 'redirects.conf'), 'utf8')).toBe('old redirects\n');
    writeFileSync(join(s.root, 'releases/20261124T160500Z-bbbbbbbb.redirects.conf'), 'refused redirects\n');
    s.refuse();
    expect(s.run('releases/20261124T160500Z-bbbbbbbb').code).toBe(1);
    expect(s.current()).toBe('releases/20261123T160500Z-aaaaaaaa');
    expect(readFileSync(join(s.root, 'redirects.conf'), 'utf8')).toBe('old redirects\n');
  });

  it('runs one release at a time: a second one waits for the lock, then gives up', () => {
    const s = server(['20261123T160500Z-aaaaaaaa', '20261124T160500Z-bbbbbbbb']);
    s.run('releases/20261123T160500Z-aaaaaaaa');
    // Hold the lock as a running release would, and start another release meanwhile.
    const held = execFileSync(
      'bash',
      [
        '-c',
        `exec 9>>"$1/.release.lock"; flock 9; LOCK_WAIT=1 SITE_ROOT="$1" NGINX="$2" bash "$3" releases/20261124T160500Z-bbbbbbbb 2>&1; echo "exit $?"`,
        '_',
        s.root,
        join(s.root, 'fake-nginx'),
        script,
      ],
      { encoding: 'utf8' },
    );
    expect(held).toContain('another release is still running');
    expect(held).toContain('exit 1');
    expect(s.current()).toBe('releases/20261123T160500Z-aaaaaaaa');
    expect(s.run('releases/20261124T160500Z-bbbbbbbb').code).toBe(0);
  });

  it('keeps the newest releases, and always the live and the previous one', () => {
    const names = [
      '20261101T160500Z-a',
      '20261102T160500Z-b',
      '20261103T160500Z-c',
      '20261104T160500Z-d',
      '20261105T160500Z-e',
    ];
    const s = server(names);
    s.run(`releases/${names[4]}`);
    // A rollback to the oldest: it and the release it replaces stay, whatever their age.
    s.run(`releases/${names[0]}`, 2);
    expect(s.current()).toBe(`releases/${names[0]}`);
    expect(s.releases()).toEqual([names[0], names[3], names[4]]);
  });
});

describe('deploy/upload.sh (the client side of the deploy job), with real rsync over a stand-in ssh', () => {
  /** A checkout with a built site, and a server root; `ssh host cmd` runs cmd here, as rsync and the script expect of ssh. */
  function setup() {
    const base = mkdtempSync(join(tmpdir(), 'lc-upload-'));
    const repo = join(base, 'repo');
    const serverRoot = join(base, 'srv');
    mkdirSync(join(repo, 'dist'), { recursive: true });
    mkdirSync(serverRoot);
    cpSync(deployDir, join(repo, 'deploy'), { recursive: true });
    writeFileSync(join(repo, 'redirects.conf'), 'location = /old/ { return 301 /new/; }\n');
    const ssh = join(base, 'fake-ssh');
    // rsync calls `ssh -l user host command…`, the script `ssh user@host command`: skip the options and the host.
    writeFileSync(
      ssh,
      '#!/bin/sh\nwhile [ $# -gt 0 ]; do case "$1" in -l) shift 2;; -*) shift;; *) break;; esac; done\nshift\nexec sh -c "$*"\n',
    );
    const nginx = join(base, 'fake-nginx');
    writeFileSync(nginx, '#!/bin/sh\nexit 0\n');
    chmodSync(ssh, 0o755);
    chmodSync(nginx, 0o755);
    const build = (text: string) => writeSite(join(repo, 'dist'), text);
    const upload = (release: string, env: Record<string, string> = {}) =>
      execFileSync('bash', ['deploy/upload.sh', 'deploy@server'], {
        cwd: repo,
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, SSH: ssh, SITE_ROOT: serverRoot, RELEASE: release, NGINX: nginx, ...env },
      });
    return { repo, serverRoot, build, upload };
  }

  it('copies the site into a new release, with the redirects and the deploy files, and makes it live', () => {
    const { serverRoot, build, upload } = setup();
    build('first');
    expect(upload('20261123T160500Z-aaaaaaaa')).toContain('live: releases/20261123T160500Z-aaaaaaaa');
    build('second');
    expect(upload('20261124T160500Z-bbbbbbbb')).toContain('previous: releases/20261123T160500Z-aaaaaaaa');
    expect(readlinkSync(join(serverRoot, 'current'))).toBe('releases/20261124T160500Z-bbbbbbbb');
    expect(readFileSync(join(serverRoot, 'current', 'index.html'), 'utf8')).toBe('second');
    expect(readFileSync(join(serverRoot, 'releases/20261123T160500Z-aaaaaaaa/index.html'), 'utf8')).toBe('first');
    expect(readFileSync(join(serverRoot, 'redirects.conf'), 'utf8')).toContain('return 301 /new/');
    expect(existsSync(join(serverRoot, 'deploy/nginx/security-headers.conf'))).toBe(true);
  });

  it('refuses host, root or release values that the remote shell would read as commands', () => {
    const { build, upload, serverRoot } = setup();
    build('x');
    const cases: Record<string, string>[] = [
      { RELEASE: '20261124T160500Z-x;touch${IFS}/tmp/pwned' },
      { RELEASE: '$(touch /tmp/pwned)' },
      { RELEASE: '../../etc' },
      { SITE_ROOT: `${serverRoot}'; touch /tmp/pwned; '` },
      { SITE_ROOT: 'relative/path' },
    ];
    for (const env of cases) {
      expect(() => upload(env.RELEASE ?? '20261124T160500Z-cccccccc', env), JSON.stringify(env)).toThrow(
        /upload\.sh: /,
      );
    }
    expect(existsSync(join(serverRoot, 'releases'))).toBe(false);
  });

  it('refuses to upload before the site is built', () => {
    const { upload } = setup();
    expect(() => upload('20261124T160500Z-cccccccc')).toThrow(/dist\/index.html is missing/);
  });
});
