import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/lib/og/wrap';
import { ogImagePath } from '../../src/lib/og/paths';
import { drawSampleOnly, placeholderPreview } from '../../src/lib/og/placeholder';
import { renderPreview } from '../../src/lib/og/render';
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
  });
  it('keeps at most maxLines and marks the cut with an ellipsis', () => {
    const lines = wrapLines('a b c d e f g h', 1, width, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });
  it('puts images under /og/<locale>/', () => {
    expect(ogImagePath('zh-cn', 'declines/expired-card')).toBe('/og/zh-cn/declines/expired-card.png');
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
