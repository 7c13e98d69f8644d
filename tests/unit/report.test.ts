import { describe, expect, it } from 'vitest';
import { reportPlaceholders } from '../../src/site.config';

describe('report destinations', () => {
  it('are flagged while they are a placeholder (.invalid), not once they are real', () => {
    expect(reportPlaceholders(['https://github.com/o/r/issues/new?body={url}'])).toEqual([]);
    expect(reportPlaceholders(['mailto:help@example.invalid?body={url}'])).toHaveLength(1);
  });
});
