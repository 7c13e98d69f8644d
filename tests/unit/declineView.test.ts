import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';
import { textIn } from '../../src/lib/localized';
import { messageOrder } from '../../src/lib/declines/view';
import { codeLinks, codesFor } from '../../src/lib/declines/shortLinks';

const original = defaultLocale;
const other = localeCodes.find((l) => l !== defaultLocale)!;

describe('textIn: which text a locale shows', () => {
  it("shows a locale's own block", () => {
    expect(textIn({ [original]: 'A', [other]: 'B' }, other, 'x.yaml')).toEqual({ locale: other, text: 'B', isFallback: false });
  });

  it("falls back to the original where the locale's block is missing", () => {
    expect(textIn({ [original]: 'A' }, other, 'x.yaml')).toEqual({ locale: original, text: 'A', isFallback: true });
  });

  it('names the file when the original is missing too', () => {
    expect(() => textIn({ [other]: 'B' }, original, 'content/declines/x.yaml')).toThrow(`content/declines/x.yaml: no "${original}" block`);
  });
});

describe('messageOrder', () => {
  const messages = [
    { text: 'a', lang: original },
    { text: 'b', lang: other },
    { text: 'c', lang: original },
    { text: 'd', lang: other },
  ];
  it("puts the page language's messages first, each group in file order", () => {
    expect(messageOrder(messages, other).map((m) => m.text)).toEqual(['b', 'd', 'a', 'c']);
    expect(messageOrder(messages, original).map((m) => m.text)).toEqual(['a', 'c', 'b', 'd']);
  });
});

describe('codesFor: the short links an entry page offers', () => {
  const links = codeLinks([
    { id: 'generic-decline', data: { codes: ['card_declined', 'generic_decline'] } },
    { id: 'do-not-honor', data: { codes: ['card_declined', 'do_not_honor'] } },
    { id: 'expired-card', data: { codes: ['card_declined', 'expired_card', 'expired-card'] } },
  ]);
  it('offers the codes that open this entry, not an umbrella code another entry answers', () => {
    expect(codesFor('generic-decline', links)).toEqual(['card_declined', 'generic_decline']);
    expect(codesFor('do-not-honor', links)).toEqual(['do_not_honor']);
  });
  it('leaves out a code spelled like an entry id (its /d/<id>/ link already serves it)', () => {
    expect(codesFor('expired-card', links)).toEqual(['expired_card']);
  });
});
