import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/lib/og/wrap';
import { ogImagePath, shortLinkImagePath } from '../../src/lib/og/paths';
import { drawSampleOnly, placeholderPreview } from '../../src/lib/og/placeholder';
import { cardLayout, layoutTitles, measureText, renderPreview, type TitleBlock } from '../../src/lib/og/render';
import { OG_WIDTH } from '../../src/lib/og/size';
import { everyLocale } from '../../src/i18n/locales';
import { loadDeclines } from '../helpers/content';
import { loadImage } from '@napi-rs/canvas';

const width = (s: string) => [...s].reduce((w, c) => w + (/\p{Script=Han}|[，。？]/u.test(c) ? 2 : 1), 0);

describe('preview title wrapping', () => {
  it('breaks Latin text between words', () => {
    expect(wrapLines('Your card was declined at checkout', 12, width)).toEqual(['Your card', 'was declined', 'at checkout']);
  });
  it('breaks Chinese between characters but never before closing punctuation', () => {
    const lines = wrapLines('银行卡被拒绝，怎么办？', 12, width);
    expect(lines.join('')).toBe('银行卡被拒绝，怎么办？');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。？]/);
    // The character before a closing mark goes down with it rather than the line growing too wide.
    expect(wrapLines('超出每月用量上限。', 16, width)).toEqual(['超出每月用量上', '限。']);
    expect(wrapLines('额度 API', 4, width)).toEqual(['额度', 'API']);
  });
  it('keeps at most maxLines and marks the cut with an ellipsis', () => {
    const lines = wrapLines('a b c d e f g h', 1, width, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });
  it('breaks mixed text after CJK punctuation, and never ends a line with an opening bracket', () => {
    const title = '银行停止了自动扣款（revocation_of_authorization、stop_payment_order）';
    const lines = wrapLines(title, 48, width);
    expect(lines).toEqual(['银行停止了自动扣款（revocation_of_authorization、', 'stop_payment_order）']);
    const narrow = wrapLines('自动扣款（stop_payment_order）', 14, width);
    expect(narrow.join('')).toBe('自动扣款（stop_payment_order）');
    for (const line of narrow) expect(line).not.toMatch(/（$/);
  });
  it('breaks a word wider than the line after its underscores, else anywhere', () => {
    expect(wrapLines('(organization_usage_limit_exceeded)', 20, width)).toEqual(['(organization_usage_', 'limit_exceeded)']);
    expect(wrapLines('abcdefghij', 4, width)).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('puts images under /og/<locale>/, and short-link cards under /og/d/', () => {
    expect(ogImagePath('zh-cn', 'declines/expired-card')).toBe('/og/zh-cn/declines/expired-card.png');
    expect(shortLinkImagePath('expired-card')).toBe('/og/d/expired-card.png');
  });
});

describe('preview images', () => {
  it('draws a long Chinese title as a 1200×630 PNG a decoder reads', async () => {
    const png = renderPreview({
      title: '订阅续费失败：银行卡被拒、额度不足或付款方式不受支持时怎么办？'.repeat(2),
      kicker: '银行卡与被拒',
      siteName: 'AI 付款帮助',
    });
    const image = await loadImage(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
  });
  it('gives test builds a plain 1200×630 PNG a decoder reads, far smaller than a drawing', async () => {
    const image = await loadImage(placeholderPreview());
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(placeholderPreview().length).toBeLessThan(
      renderPreview({ title: 'Card declined?', kicker: 'Cards', siteName: 'Site' }).length / 4,
    );
  });
  it('draws every image unless a test build asks for a sample', () => {
    expect(drawSampleOnly({})).toBe(false);
    expect(drawSampleOnly({ KB_OG_PREVIEWS: 'all' })).toBe(false);
    expect(drawSampleOnly({ KB_OG_PREVIEWS: 'sample' })).toBe(true);
  });
});

// A short link's card: every language's title of the entry (the locale table's order, default first).
const entryTitles = loadDeclines().map((f) => ({
  id: f.id,
  titles: everyLocale()
    .map((l) => (f.data[l] as { title?: string } | undefined)?.title)
    .filter((t): t is string => typeof t === 'string'),
}));
const textWidth = (block: TitleBlock, line: string) => measureText(line, block.font);
/** The card's text area: within the margins, clear of the kicker above and of the site name below. */
function expectInsideCard(blocks: TitleBlock[]) {
  const { left, kickerBaseline, siteNameBaseline, siteNameSize } = cardLayout;
  const baselines = blocks.flatMap((b) => b.baselines);
  expect(baselines).toEqual([...baselines].sort((a, b) => a - b));
  for (const block of blocks) {
    for (const [n, line] of block.lines.entries()) {
      expect(textWidth(block, line), line).toBeLessThanOrEqual(OG_WIDTH - 2 * left);
      expect(block.baselines[n]! - block.size, line).toBeGreaterThan(kickerBaseline + 10);
      expect(block.baselines[n]! + block.size * 0.25, line).toBeLessThan(siteNameBaseline - siteNameSize - 20);
    }
  }
}

describe('a short link card carrying every language', () => {
  const most = entryTitles.reduce((a, b) => (b.titles.join('').length > a.titles.join('').length ? b : a));

  it.each(entryTitles.map((e) => [e.id, e.titles] as const))('%s: every title whole, inside the card', (_id, titles) => {
    expect(titles.length).toBeGreaterThan(0);
    const blocks = layoutTitles(titles, measureText);
    expect(blocks.map((b) => b.lines.join(' ').replace(/\s+/g, ''))).toEqual(titles.map((t) => t.replace(/\s+/g, '')));
    expect(blocks.slice(1).every((b) => b.size < blocks[0]!.size)).toBe(true);
    expectInsideCard(blocks);
  });

  it('has entries with a title in several languages, and wraps the longest of them', () => {
    expect(most.titles.length).toBeGreaterThan(1);
    const blocks = layoutTitles(most.titles, measureText);
    expect(blocks.some((b) => b.lines.length > 1)).toBe(true);
  });

  it('wraps a title far longer than any entry within the card, cut with an ellipsis', () => {
    const titles = most.titles.map((t) => `${t} ${t} ${t}`);
    const blocks = layoutTitles(titles, measureText);
    expect(blocks).toHaveLength(titles.length);
    expect(blocks.every((b) => b.lines.length > 1)).toBe(true);
    expect(blocks.some((b) => b.lines.at(-1)!.endsWith('…'))).toBe(true);
    expectInsideCard(blocks);
  });

  it('draws the other titles (a different image from the first title alone)', async () => {
    const card = { title: most.titles[0]!, kicker: 'Declines', siteName: 'Site' };
    const every = renderPreview({ ...card, otherTitles: most.titles.slice(1) });
    const image = await loadImage(every);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(every.equals(renderPreview(card))).toBe(false);
  });
});

import { shortTitle } from '../../src/lib/shortTitle';
describe('shortTitle', () => {
  it.each([
    ['Card declined? Why payments to OpenAI and Claude fail', 'Card declined?'],
    ['Compliance notes: supported regions', 'Compliance notes'],
    ['合规须知：支持的国家和地区', '合规须知'],
    ['OpenAI API 绑卡后被预扣 5 美元？这是临时预授权', 'OpenAI API 绑卡后被预扣 5 美元？'],
    ['No colon here', 'No colon here'],
    ['A: b', 'A: b'],
  ])('%s → %s', (title, short) => expect(shortTitle(title)).toBe(short));
});
