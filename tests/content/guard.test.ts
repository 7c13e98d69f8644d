import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/guard';
import { contentDir, root } from '../helpers/paths';

describe('the content passes the checks the build runs first (src/lib/guard)', () => {
  it('has no problem at any file and line', () => {
    expect(checkContent(contentDir, { projectRoot: root }).map(formatProblem)).toEqual([]);
  });
});
