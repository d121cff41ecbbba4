import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesProblems } from '../../src/content/checks/files.ts';
import type { Content } from '../../src/content/entries.ts';
import { LIMITS, readContent } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { attachmentSchema } from '../../src/schemas/policy.ts';
import { siteWith } from './fixture-site.ts';

/** The fixture site with one file written over it, validated; nothing may be published. */
function problemsWith(write: (dir: string) => void) {
  const dir = siteWith();
  write(dir);
  const { content, problems } = validateContent(readContent(dir));
  expect(content).toBeUndefined();
  return problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
}
const cluster = (dir: string) => join(dir, 'clusters/test-new.yaml');

describe('limits on one content file, with a message instead of a crash', () => {
  it('a YAML alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    const problems = problemsWith((dir) => writeFileSync(cluster(dir), bomb));
    expect(problems).toEqual([
      expect.stringMatching(/clusters\/test-new\.yaml : YAML 别名（\*名称）用了 63 次，超过上限 20 次/),
    ]);
  });

  it('a YAML file larger than the limit', () => {
    const problems = problemsWith((dir) => writeFileSync(cluster(dir), `name: x\n# ${'x'.repeat(LIMITS.yamlBytes)}\n`));
    expect(problems).toEqual([expect.stringMatching(/test-new\.yaml : 文件有 1\.0 MB，超过上限 1 MB/)]);
  });

  it('a policy larger than the limit', () => {
    const problems = problemsWith((dir) =>
      writeFileSync(
        join(dir, 'policies/test-new.md'),
        `---\ntitle: x\n---\n${'正文。'.repeat(LIMITS.markdownBytes / 9)}\n`,
      ),
    );
    expect(problems).toEqual([expect.stringMatching(/test-new\.md : 文件有 2\.0 MB，超过上限 2 MB/)]);
  });

  it('a file saved as GBK is refused, not published as mojibake', () => {
    // 「临清」 in GBK: C1 D9 C7 E5
    const gbk = Buffer.from([...Buffer.from('name: '), 0xc1, 0xd9, 0xc7, 0xe5, 0x0a]);
    const problems = problemsWith((dir) => writeFileSync(cluster(dir), gbk));
    expect(problems).toEqual([expect.stringMatching(/test-new\.yaml : 文件不是 UTF-8 编码（可能是 GBK\/GB18030）/)]);
  });
});

describe('symbolic links and files outside the site', () => {
  it('a link in content/ is refused, not followed', () => {
    const problems = problemsWith((dir) => symlinkSync('/etc/hostname', join(dir, 'clusters/test-link.yaml')));
    expect(problems).toEqual([
      expect.stringMatching(
        /clusters\/test-link\.yaml : 是符号链接（指向 \/etc\/hostname）：content\/ 里只能放真实的文件/,
      ),
    ]);
  });

  it('a linked folder in content/ is refused', () => {
    const problems = problemsWith((dir) => symlinkSync('/etc', join(dir, 'showcase/etc')));
    expect(problems).toEqual([expect.stringMatching(/showcase\/etc : 是符号链接（指向 \/etc）/)]);
  });

  it('a link in public/ is refused; an attachment must be a real file under public/', () => {
    const pub = mkdtempSync(join(tmpdir(), 'lc-public-'));
    mkdirSync(join(pub, 'files'));
    writeFileSync(join(pub, 'files/form.docx'), 'x');
    symlinkSync('/etc/hostname', join(pub, 'hostname'));
    const policy = (file: string) => ({
      file: 'content/policies/p.md',
      data: { attachments: [{ title: '表', file }] },
    });
    const content = { policies: [policy('/files/form.docx'), policy('/files/missing.docx')] } as unknown as Content;
    expect(filesProblems(content, undefined, '', pub).map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      expect.stringMatching(/^public\/hostname : 是符号链接（指向 \/etc\/hostname）：public\/ 里只能放真实的文件/),
      'content/policies/p.md attachments.0.file: 找不到附件文件 public/files/missing.docx：请把文件放到 public/files/missing.docx，或改正路径，或删除 file 这一项',
    ]);
  });
});

describe('an attachment path is a path under public/ and nothing else', () => {
  it.each([
    '//evil.example/malware.docx',
    'file: //evil.example/malware.docx',
    'https://evil.example/a.docx',
    '/files/../../etc/passwd',
    '/.env',
    '/files/.git/config',
    '/files//a.docx',
    'files/a.docx',
  ])('refuses %j', (file) => {
    const r = attachmentSchema.safeParse({ title: '表', file });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/^必须是以一个 \/ 开头、放在 public\/ 下的文件路径/);
  });
  it('accepts /files/shenqingbiao.docx', () => {
    expect(attachmentSchema.safeParse({ title: '表', file: '/files/shenqingbiao.docx' }).success).toBe(true);
  });
});

describe('dates and periods within sane bounds', () => {
  it.each(['0999-01-01', '9999-12-31', '1900-05-01'])('a date in %s is refused', (day) => {
    const problems = problemsWith((dir) =>
      writeFileSync(
        join(dir, 'policies/test-new.md'),
        `---\ntitle: 测试文件\nkind: 办法\nlevel: 市\nissuedOn: ${day}\n---\n\n正文。\n`,
      ),
    );
    expect(problems).toEqual([
      `content/policies/test-new.md issuedOn: 「${day}」的年份不在 1949–2100 年之间：请核对年份（常见的是多打或少打了一位）`,
    ]);
  });

  it('a ten-year 公示期 is refused; the bound is a setting', () => {
    const notice = (dir: string) => join(dir, 'notices/test-2026-open.yaml');
    const longer = (dir: string) =>
      writeFileSync(notice(dir), readFileSync(notice(dir), 'utf8').replace('to: 2026-11-26', 'to: 2036-11-26'));
    expect(problemsWith(longer)).toEqual([
      'content/notices/test-2026-open.yaml period.to: 公示期 2026-11-20 至 2036-11-26 共 3660 天，超过上限 30 天：请核对结束日的年份和月份（上限在 settings.yaml 的 noticePeriodMaxDays）',
    ]);
    const dir = siteWith();
    writeFileSync(notice(dir), readFileSync(notice(dir), 'utf8').replace('to: 2026-11-26', 'to: 2026-12-05'));
    const settings = readFileSync(join(dir, 'settings.yaml'), 'utf8');
    expect(validateContent(readContent(dir)).problems).toEqual([]);
    writeFileSync(join(dir, 'settings.yaml'), `${settings}\nnoticePeriodMaxDays: 10\n`);
    expect(validateContent(readContent(dir)).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^公示期 2026-11-20 至 2026-12-05 共 16 天，超过上限 10 天/),
    ]);
    writeFileSync(join(dir, 'settings.yaml'), `${settings}\nnoticePeriodMaxDays: 20\n`);
    expect(validateContent(readContent(dir)).problems).toEqual([]);
  });
});
