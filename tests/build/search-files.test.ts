import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/paths';
import { localeCodes, locales } from '../../src/i18n/locales';
import { searchFiles } from '../../src/scripts/search-engine';

// The files search hints before Pagefind has said their names (src/scripts/search-engine.ts,
// search-focus.ts) must be the files Pagefind then asks for.
const entry = JSON.parse(readFileSync(path.join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string; wasm: string | null }>;
};
const searchPage = (locale: string) => readFileSync(path.join(distDir, locale, 'search/index.html'), 'utf8');

describe('search files named before Pagefind has loaded', () => {
  it.each(localeCodes)('%s: the WebAssembly hinted is the one Pagefind loads for the language', (locale) => {
    const language = entry.languages[locales[locale].pagefindLang]!;
    expect(searchFiles(locale).wasm).toBe(`/pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`);
    expect(existsSync(path.join(distDir, searchFiles(locale).wasm))).toBe(true);
  });

  it.each(localeCodes)('%s: the metadata file is named after the build tag the entry file is fetched with', (locale) => {
    const tag = /pagefind-entry\.json\?ts=(\w+)/.exec(searchPage(locale))?.[1];
    expect(tag).toBeTruthy();
    const { hash } = entry.languages[locales[locale].pagefindLang]!;
    expect(hash).toBe(`${locales[locale].pagefindLang}_${tag}`);
    expect(searchPage(locale)).toContain(`href="/pagefind/pagefind.${hash}.pf_meta"`);
    expect(existsSync(path.join(distDir, `pagefind/pagefind.${hash}.pf_meta`))).toBe(true);
    expect(searchPage(locale)).toContain(`href="/pagefind/kb-records.${hash}.json"`);
    expect(existsSync(path.join(distDir, `pagefind/kb-records.${hash}.json`))).toBe(true);
  });

  it.each(localeCodes)('%s: the header box on every page names the same files (data-pf-*, read by search-focus.ts)', (locale) => {
    const guide = readFileSync(path.join(distDir, locale, 'card-declined/index.html'), 'utf8');
    const form = /<form[^>]*data-pf-lang="([^"]+)"[^>]*data-pf-wasm="([^"]+)"/.exec(guide);
    expect(form).not.toBeNull();
    const [, pfLang, pfWasm] = form!;
    expect(entry.languages[pfLang!]).toBeDefined();
    expect(`/pagefind/wasm.${pfWasm}.pagefind`).toBe(searchFiles(locale).wasm);
  });

  it('serves the header box its interface strings per language', () => {
    for (const locale of localeCodes) {
      const strings = JSON.parse(readFileSync(path.join(distDir, locale, 'search-ui.json'), 'utf8')) as Record<string, string>;
      expect(strings['search.allResults']).toBeTruthy();
      expect(strings['decline.lookupMatch']).toBeTruthy();
    }
  });
});
