import { z } from 'astro/zod';
import { faqItemSchema, officialFirst, slugSchema, sourceSchema, topics } from './shared';

/** Frontmatter of content/articles/<locale>/<slug>.mdx. See content/README.md. */
export const articleSchema = z.object({
  /** The page title: what a reader searches for, under 90 characters. */
  title: z.string().min(4).max(90),
  /** One or two sentences (12–220 characters) for search results and link previews. */
  description: z.string().min(12).max(220),
  /** Which home-page group the guide belongs to. */
  topic: z.enum(topics, { error: `Expected one of: ${topics.join(', ')}` }),
  /** The date the facts were last checked against their sources (YYYY-MM-DD). */
  reviewed: z.coerce.date({ error: 'Expected a date as YYYY-MM-DD' }),
  /** Pages the article relies on, official ones first. */
  sources: z
    .array(sourceSchema)
    .min(1, 'Every article lists at least one source')
    .refine(officialFirst, 'List official sources before secondary ones'),
  /** Slugs of other guides, shown as related reading (checked to exist). */
  related: z.array(slugSchema).default([]),
  /** Questions shown in the FAQ section and as FAQPage structured data. */
  faq: z.array(faqItemSchema).default([]),
  /** Drafts are not built. */
  draft: z.boolean().default(false),
});

export type ArticleData = z.infer<typeof articleSchema>;
