import { describe, expect, it } from 'vitest';
import { mdxHeadings } from '../../src/lib/headings';

const shape = (body: string) => mdxHeadings(body).map((h) => `${h.line}:${h.depth}:${h.id ?? '-'}:${h.text}`);

describe('mdxHeadings (sections of a guide, as the page renders them)', () => {
  it('skips a heading inside a ~~~ fence, even one that holds a ``` line', () => {
    expect(shape('## Before {#before}\n\n~~~md\n```\n## Not a section {#no}\n~~~\n\n## After {#after}\n')).toEqual([
      '1:2:before:Before',
      '8:2:after:After',
    ]);
  });
  it('skips a heading inside an indented fence and reads one inside a component', () => {
    expect(shape('   ```\n## Not a section\n   ```\n\n<Callout type="note">\n\n### Inside {#inside}\n\n</Callout>\n')).toEqual([
      '7:3:inside:Inside',
    ]);
  });
  it('reads the {#id} and the text without markup; a # page title is no section', () => {
    expect(shape('# Page\n\n## The `card_declined` **code** {#code}\n\n## No id\n')).toEqual([
      '3:2:code:The card_declined code',
      '5:2:-:No id',
    ]);
  });
});
