import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Callout from '../../src/components/mdx/Callout.astro';
import QuickAnswer from '../../src/components/mdx/QuickAnswer.astro';
import Faq from '../../src/components/site/Faq.astro';
import Sources from '../../src/components/site/Sources.astro';
import LastReviewed from '../../src/components/site/LastReviewed.astro';
import ReviewedOn from '../../src/components/site/ReviewedOn.astro';
import Steps from '../../src/components/mdx/Steps.astro';
import Myth from '../../src/components/mdx/Myth.astro';
import AsOf from '../../src/components/mdx/AsOf.astro';
import { calloutTypes } from '../../src/components/mdx/calloutTypes';
import { mdxComponents } from '../../src/components/mdx';
import { DOMParser } from 'linkedom';
import { root } from '../helpers/paths';
import { localeCodes, useTranslations } from '../../src/i18n';
import { i18nLocals } from '../../src/i18n/locals';
import { localeFromPath } from '../../src/i18n/paths';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
// What src/middleware.ts gives every page: the locale of the path, its translator, the content's, the site's address.
const on = (path: string) => ({
  request: new Request(`http://127.0.0.1${path}`),
  locals: { ...i18nLocals(localeFromPath(path)!), site: new URL('http://127.0.0.1/') },
});

describe('the author API', () => {
  it('offers MDX exactly the components the authoring guide documents', () => {
    const guide = readFileSync(path.join(root, 'content/README.md'), 'utf8');
    const documented = new Set([...guide.matchAll(/`<([A-Z][A-Za-z]+)[\s>/]/g)].map((m) => m[1]!));
    expect(Object.keys(mdxComponents).sort()).toEqual([...documented].sort());
  });
});

describe('author components through the Container API', () => {
  it('AsOf dates a fact of the register by the day it was checked, linked to its source', async () => {
    const en = await container.renderToString(AsOf, { ...on('/en/x/'), props: { fact: 'openai-api-hold-amount', start: true } });
    expect(en).toMatch(/<a class="as-of" href="https:\/\/help\.openai\.com\/en\/articles\/7438062"[^>]*>As of [A-Z][a-z]+ \d{4}<\/a>/);
    const zh = await container.renderToString(AsOf, { ...on('/zh-cn/x/'), props: { fact: 'openai-api-hold-amount' } });
    expect(zh).toMatch(/>截至 \d{4} 年 \d{1,2} 月<\/a>/);
    await expect(container.renderToString(AsOf, { ...on('/en/x/'), props: { fact: 'no-such-fact' } })).rejects.toThrow(
      /unknown fact "no-such-fact"/,
    );
  });

  it('Callout titles itself in the page language', async () => {
    const zh = await container.renderToString(Callout, {
      ...on('/zh-cn/x/'),
      props: { type: 'compliance' },
      slots: { default: '<p>内容</p>' },
    });
    expect(zh).toContain('规则与合规');
    expect(zh).toMatch(/<aside[^>]*class="callout callout-compliance"/);
    const en = await container.renderToString(Callout, {
      ...on('/en/x/'),
      props: { type: 'caution', title: 'Before you retry' },
      slots: { default: 'x' },
    });
    expect(en).toContain('Before you retry');
  });

  it('Callout fails loudly on an unknown type', async () => {
    await expect(container.renderToString(Callout, { ...on('/en/x/'), props: { type: 'warning' } })).rejects.toThrow(
      `Callout: received type="warning". Expected one of: ${calloutTypes.map((t) => `"${t}"`).join(', ')}`,
    );
  });

  it.each(calloutTypes)('Callout type="%s" renders with its own title in each language', async (type) => {
    for (const locale of localeCodes) {
      const html = await container.renderToString(Callout, { ...on(`/${locale}/x/`), props: { type }, slots: { default: 'x' } });
      expect(html).toMatch(new RegExp(`<aside[^>]*class="callout callout-${type}"`));
      expect(html).toMatch(new RegExp(`<p class="callout-title"[^>]*>${useTranslations(locale)(`callout.${type}`)}</p>`));
    }
  });

  it('QuickAnswer is a labelled section', async () => {
    const html = await container.renderToString(QuickAnswer, { ...on('/zh-cn/x/'), slots: { default: '<p>答案</p>' } });
    expect(html).toContain('简短回答');
    expect(html).toMatch(/aria-labelledby="quick-answer"/);
  });

  it('Faq renders native <details> with one anchor per question and FAQPage data from the same items', async () => {
    const items = [
      { id: 'is-it-a-fee', q: 'Is the $5 a fee?', a: 'No. See [the guide](/en/five-dollar-authorization-hold/).' },
      { id: 'how-long', q: 'How long?', a: 'Within **7 days**, OpenAI says.' },
    ];
    const html = await container.renderToString(Faq, { ...on('/en/x/'), props: { items } });
    expect(html.match(/<details[^>]*class="faq-item"/g)).toHaveLength(2);
    expect(html.match(/<h3[^>]*\bid="(is-it-a-fee|how-long)"/g)).toHaveLength(2);
    expect(html).toContain('<a href="/en/five-dollar-authorization-hold/">the guide</a>');
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual(items.map((i) => i.q));
    expect(data.mainEntity[1].acceptedAnswer.text).toBe('Within 7 days, OpenAI says.');
  });

  it('Sources labels official and secondary sources and refuses an empty list', async () => {
    const html = await container.renderToString(Sources, {
      ...on('/zh-cn/x/'),
      props: {
        sources: [
          { title: 'A', url: 'https://help.openai.com/a', publisher: 'OpenAI', label: 'official' },
          { title: 'B', url: 'https://example.org/b', publisher: 'Press', label: 'secondary' },
        ],
      },
    });
    expect(html).toContain('官方');
    expect(html).toContain('第三方');
    expect(html).toMatch(/rel="noopener noreferrer"/);
    await expect(container.renderToString(Sources, { ...on('/en/x/'), props: { sources: [] } })).rejects.toThrow(/empty list/);
  });

  it('LastReviewed puts a machine-readable date, in the page language, inside its sentence', async () => {
    const html = await container.renderToString(LastReviewed, { ...on('/zh-cn/x/'), props: { date: new Date('2026-11-21') } });
    const p = new DOMParser().parseFromString(html, 'text/html').querySelector('p.reviewed')!;
    const time = p.querySelector('time')!;
    expect([time.getAttribute('datetime'), time.textContent]).toEqual(['2026-11-21', '2026 年 11 月 21 日']);
    expect(time.previousSibling?.textContent?.trim()).toBeTruthy();
    expect(time.nextSibling?.textContent?.trim()).toBeTruthy();
  });

  it('ReviewedOn heads the page with its review date, kept out of the index text but given to results as meta', async () => {
    for (const [path, text] of [
      ['/en/x/', 'Reviewed 1 December 2026'],
      ['/zh-cn/x/', '最后核对：2026 年 12 月 1 日'],
    ] as const) {
      const doc = new DOMParser().parseFromString(
        await container.renderToString(ReviewedOn, { ...on(path), props: { date: new Date('2026-12-01') } }),
        'text/html',
      );
      const time = doc.querySelector('time')!;
      expect([time.getAttribute('datetime'), time.textContent]).toEqual(['2026-12-01', text]);
      expect(time.closest('[data-pagefind-ignore="all"]')).not.toBeNull();
      const meta = doc.querySelector('[data-pagefind-meta]')!;
      expect(meta.getAttribute('data-pagefind-meta')).toBe('reviewed:2026-12-01');
      expect(meta.closest('[data-pagefind-ignore]')).toBeNull();
      expect(meta.hasAttribute('hidden')).toBe(true);
    }
  });

  it('Steps requires an ordered list', async () => {
    expect(await container.renderToString(Steps, { ...on('/en/x/'), slots: { default: '<ol><li>a</li></ol>' } })).toContain(
      'class="steps"',
    );
    await expect(container.renderToString(Steps, { ...on('/en/x/'), slots: { default: '<ul><li>a</li></ul>' } })).rejects.toThrow(
      /ordered list/,
    );
  });

  it('Myth shows the claim and what the sources say', async () => {
    const html = await container.renderToString(Myth, {
      ...on('/en/x/'),
      props: { claim: 'It is a fee' },
      slots: { default: 'It is a hold.' },
    });
    expect(html).toMatch(/<s[^>]*>It is a fee<\/s>/);
    expect(html).toContain('What the sources say');
  });
});
