import { describe, expect, it } from 'vitest';
import { highlightPattern, highlightTerms } from '../../src/lib/highlightTerms';
import { withHighlight } from '../../src/lib/search/links';
import { safeExcerpt } from '../../src/lib/search/excerpt';

describe('highlighting and result links', () => {
  it('highlightTerms keeps words of two or more characters', () => {
    expect(highlightTerms('5美元 预授权 a the hold')).toEqual(['5美元', '预授权', 'the', 'hold']);
    expect('an authorization hold'.match(highlightPattern(['hold', 'authorization hold'])!)).toEqual(['authorization hold']);
    expect(highlightPattern(['a.b'])?.test('axb')).toBe(false);
  });
  it('withHighlight keeps the #section last', () => {
    expect(withHighlight('/en/x/#why', 'card declined')).toBe('/en/x/?highlight=card+declined#why');
  });
  it('safeExcerpt escapes everything but <mark>', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)>')).toBe('a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt;');
  });
});
