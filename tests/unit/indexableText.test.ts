import { describe, expect, it } from 'vitest';
import { indexableText } from '../helpers/site';

describe('indexableText (what the build hands Pagefind)', () => {
  it('keeps the body, drops ignored parts and everything after the body', () => {
    const html =
      '<header>站点</header><article data-pagefind-body><h1>标题</h1><div data-pagefind-ignore="all">来源</div><p>正文 &amp; 更多</p></article><footer>页脚</footer>';
    expect(indexableText(html)).toBe('标题 正文 & 更多');
    expect(indexableText('<main><p>x</p></main>')).toBeUndefined();
  });
  it('drops the whole of an ignored region, nested elements of its own kind included', () => {
    const html = [
      '<main data-pagefind-body><p>kept</p>',
      '<div data-pagefind-ignore><div><div>inner</div></div><p>after the nested div</p></div>',
      '<aside data-pagefind-ignore="all"><section><span>badge</span></section> tail</aside>',
      '<script>const x = "<div>";</script><style>p{}</style><p>end &#x4E2D;</p></main>',
    ].join('');
    expect(indexableText(html)).toBe('kept end 中');
  });
  it('reads a word with an entity in it as one word', () => {
    expect(indexableText('<main data-pagefind-body><p>I&#39;m <b>can&rsquo;t</b></p></main>')).toBe("I'm can’t");
  });
});
