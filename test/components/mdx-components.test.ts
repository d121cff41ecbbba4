/**
 * Render tests of the MDX components (src/components/mdx/) with Astro's
 * container API, against the fixture site as of 2026-11-24: each renders
 * the accessible markup its contract promises, from the model's data.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/model/site.ts';
import { fillAsOf } from '../../src/outputs/as-of-fill.ts';

process.env.CONTENT_DIR = 'test/fixtures/site';
process.env.SITE_AS_OF = '2026-11-24';

const { default: LiveFigure } = await import('../../src/components/mdx/LiveFigure.astro');
const { default: QA } = await import('../../src/components/mdx/QA.astro');
const { default: Diagram } = await import('../../src/components/mdx/Diagram.astro');
const { default: ArticleLink } = await import('../../src/components/mdx/ArticleLink.astro');
const { default: PolicyCompare } = await import('../../src/components/mdx/PolicyCompare.astro');
const { mdxComponents } = await import('../../src/components/mdx/index.ts');
const { MDX_COMPONENT_NAMES } = await import('../../src/markdown/mdx-components.ts');

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('MDX components', () => {
  it('maps exactly the names validation allows', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });

  it('LiveFigure shows the figure counted from the model, with its unit and day', async () => {
    const html = fillAsOf(
      await container.renderToString(LiveFigure, { props: { name: 'clusters-provincial' } }),
      site().asOf,
    );
    // Fixture: only beta holds a provincial title on 2026-11-24.
    expect(html).toContain('<strong>1</strong>个');
    expect(html).toContain('（截至2026年11月24日）');
    expect(html).toContain('title="持有省级称号的特色产业集群"');
  });

  it('QA makes the question a heading and marks question and answer in words', async () => {
    const html = await container.renderToString(QA, {
      props: { q: '什么时候施行？' },
      slots: { default: '<p>9月1日。</p>' },
    });
    expect(html).toMatch(/<h3 class="qa__q"[^>]*>.*什么时候施行？<\/h3>/s);
    expect(html).toContain('<span class="visually-hidden">问：</span>');
    expect(html).toContain('<p>9月1日。</p>');
  });

  it('Diagram carries its text alternative, caption and long description', async () => {
    const html = await container.renderToString(Diagram, {
      props: { src: 'test-flow.png', alt: '五个步骤依次相连', caption: '流程' },
      slots: { default: '<p>第一步申报。</p>' },
    });
    expect(html).toContain('src="/figures/test-flow.png"');
    expect(html).toContain('alt="五个步骤依次相连"');
    expect(html).toMatch(/<figcaption>.*流程<\/figcaption>/s);
    expect(html).toMatch(/<details class="diagram__long"><summary>图解的文字说明<\/summary>\s*<p>第一步申报。<\/p>/);
    const bare = await container.renderToString(Diagram, { props: { src: 'test-flow.png', alt: '五个步骤依次相连' } });
    expect(bare).not.toContain('<details');
    expect(bare).toMatch(/<figcaption>.*五个步骤依次相连<\/figcaption>/s);
  });

  it('ArticleLink links the article, named by title and article without text', async () => {
    const html = await container.renderToString(ArticleLink, {
      props: { policy: 'test-new-measures', anchor: '第一条' },
    });
    expect(html).toContain('href="/policies/test-new-measures/#第一条"');
    expect(html).toContain('《测试特色产业集群管理办法（修订）》第一条');
    const withText = await container.renderToString(ArticleLink, {
      props: { policy: 'test-measures' },
      slots: { default: '原办法' },
    });
    expect(withText).toMatch(/href="\/policies\/test-measures\/"[^>]*>原办法<\/a>/);
  });

  it('PolicyCompare compares a policy with the one it supersedes, marking changes in words', async () => {
    const html = await container.renderToString(PolicyCompare, { props: { policy: 'test-new-measures' } });
    expect(html).toContain('新旧对比：《测试特色产业集群管理办法（试行）》与《测试特色产业集群管理办法（修订）》');
    // The changed metadata, old and new side by side.
    expect(html).toMatch(
      /<th scope="row">发文字号<\/th>\s*<td>测工信发〔2021〕1号<\/td>\s*<td>测工信发〔2026〕2号<\/td>/,
    );
    // Added text is marked for screen readers, not by colour alone.
    expect(html).toMatch(/<ins><span class="visually-hidden">［新增：<\/span>/);
    expect(html).toContain('href="/policies/test-measures/"');
  });
});
