import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths';

// src/styles/global.css writes the dark palette twice (the system setting, and an explicit choice);
// a colour changed in one block only would give the two routes to dark mode different contrast.
const css = readFileSync(path.join(root, 'src/styles/global.css'), 'utf8');
const block = (selector: string) => {
  const at = css.indexOf(`${selector} {`);
  expect(at, `${selector} in global.css`).toBeGreaterThan(-1);
  return css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at)).trim();
};

describe('the dark palette', () => {
  it('is the same whether it comes from the system setting or the reader’s choice', () => {
    const system = block(":root:not([data-theme='light'])");
    expect(system).toMatch(/--bg:/);
    expect(block(":root[data-theme='dark']")).toBe(system);
  });
});
