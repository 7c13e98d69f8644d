import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/i18n/locales';
import { root } from '../helpers/paths';

// The locale table is the only place in src/ that names a locale (issue: "a house that a third
// language proves"). Comments may (examples name real pages); code may not. The benchmark's
// generated corpus writes its own two-language text and is left out.
const allowed = [path.join('src', 'i18n'), path.join('src', 'tools', 'bench')];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (allowed.some((a) => full === path.join(root, a))) return [];
    if (e.isDirectory()) return sources(full);
    return /\.(ts|mjs|astro)$/.test(e.name) ? [full] : [];
  });
}

/** The code of a file: comments blanked (line numbers kept), strings and markup left. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[\s;{}(,])\/\/.*$/gm, '$1');
}

const spellings = localeCodes.flatMap((code) => [...new Set([code, locales[code].lang])]);
const literal = new RegExp(`(['"\`])(${spellings.map((s) => s.replace(/-/g, '\\-')).join('|')})\\1|/(${localeCodes.join('|')})/`, 'g');

describe('locale literals', () => {
  it('finds none in src/ outside src/i18n', () => {
    const found = sources(path.join(root, 'src')).flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, i) => [...line.matchAll(literal)].map((m) => `${path.relative(root, file)}:${i + 1}: ${m[0]}`)),
    );
    expect(found).toEqual([]);
  });

  it('would see one in code, but not in a comment', () => {
    const code = withoutComments(`// /${localeCodes[0]}/ in a comment\nconst a = '${localeCodes[0]}'; /* '${localeCodes[0]}' */`);
    expect([...code.matchAll(literal)].map((m) => m[0])).toEqual([`'${localeCodes[0]}'`]);
  });
});
