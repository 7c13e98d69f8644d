import { describe, expect, it } from 'vitest';
import { previewKey, rendererVersion } from '../../src/lib/og/cache';

describe('preview image cache key', () => {
  const card = { title: 'Card declined?', kicker: 'Cards and declines', siteName: 'AI Payments Help' };
  it('is the same for the same card and renderer', () => {
    expect(previewKey({ ...card })).toBe(previewKey(card));
    expect(rendererVersion()).toMatch(/^[0-9a-f]{64}$/);
  });
  it.each(['title', 'kicker', 'siteName'] as const)('changes with the %s', (field) => {
    expect(previewKey({ ...card, [field]: `${card[field]}!` })).not.toBe(previewKey(card));
  });
});
