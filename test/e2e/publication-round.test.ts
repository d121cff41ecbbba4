/**
 * The README's clerk section, run literally: the shell blocks of
 * 「一次完整的发布，逐条命令」 are read from README.md and run in order, with
 * only the practice directory made unique. Between them the test does what
 * the README asks the clerk to do by hand: fill in the ✎ items. If the
 * README and the commands drift apart, this fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const README = readFileSync(join(root, 'README.md'), 'utf8');

/** The sh blocks of the worked round, in order. */
function roundBlocks(): string[] {
  const start = README.indexOf('**一次完整的发布，逐条命令。**');
  const end = README.indexOf('**开放数据和订阅**', start);
  expect(start, 'the README has the worked round').toBeGreaterThan(0);
  return [...README.slice(start, end).matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('the README’s publication round', () => {
  it('runs command by command: 公示 → validate → 公布 (closes found) → validate → urls:record', () => {
    const blocks = roundBlocks();
    expect(blocks).toHaveLength(3);
    const practice = join(mkdtempSync(join(tmpdir(), 'lc-round-')), '发布练习');
    const local = (text: string) => text.replaceAll('/tmp/发布练习', practice);
    // The environment the first block exports, for the blocks after it (each block runs in its own shell).
    const exports = local(blocks[0].match(/^export .*$/gm)!.join('\n'));
    // Never let a practice run touch content/: the README's round works on a copy.
    expect(exports).toContain(`CONTENT_DIR=${practice} `);
    const sh = (block: string, first = false) => {
      const r = spawnSync('bash', ['-e', '-c', first ? local(block) : `${exports}\n${local(block)}`], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, BUILD_LOG_LEVEL: 'silent' },
      });
      expect(r.status, `${block}\n${r.stdout}\n${r.stderr}`).toBe(0);
      return r.stdout + r.stderr;
    };

    const first = sh(blocks[0], true);
    expect(first).toContain('⚠ 草稿 1 份');
    expect(first).toContain('notices/2026-municipal-notice.yaml');

    // What the clerk does by hand: fill in the ✎ items from the notice as published, then delete the ✎ lines.
    const notice = join(practice, 'notices/2026-municipal-notice.yaml');
    writeFileSync(
      notice,
      readFileSync(notice, 'utf8')
        .replace(/^# ✎ .*\n/gm, '')
        .replace('# procedure: 工作程序原文', 'procedure: 练习：经自愿申报、县（市、区）推荐、专家评审。')
        .replace(
          /# objection:\n#\s+phone: 电话\n#\s+email: 电子邮箱\n#\s+address: 地址\n#\s+rules: 异议要求原文/,
          'objection:\n  phone: 0635-0000000\n  rules: 练习：个人须署真实姓名并留联系方式。',
        ),
    );
    const second = sh(blocks[1]);
    expect(second).not.toContain('草稿');
    expect(second).toContain('已自动写入 closes: 2026-municipal-notice');

    const announcement = join(practice, 'announcements/2026-municipal-clusters.yaml');
    expect(readFileSync(announcement, 'utf8')).toContain('closes: 2026-municipal-notice\n');
    writeFileSync(announcement, readFileSync(announcement, 'utf8').replace(/^# ✎ .*\n/gm, ''));
    const third = sh(blocks[2]);
    expect(third).toContain('✓ 内容检查通过');
    expect(third).toMatch(/已登记 \d+ 个网址（新增 \d+ 个，均注明首次发布日 2026-12-10）/);

    // The built site says the notice's result is out, and the new cluster is recognised.
    const site = `${practice}-网站`;
    const page = readFileSync(join(site, 'notices/2026-municipal-notice/index.html'), 'utf8');
    expect(page).toContain('/announcements/2026-municipal-clusters/');
    expect(existsSync(join(site, 'clusters/gaotang-ceshizhuangbei/index.html'))).toBe(true);
    expect(readFileSync(join(practice, 'published-urls.txt'), 'utf8')).toContain(
      '/announcements/2026-municipal-clusters/ 2026-12-10\n',
    );
  }, 300_000);
});
