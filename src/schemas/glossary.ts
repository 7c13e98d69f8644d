import { z } from 'astro/zod';

const termSide = z.object({
  /** The term as written in this language. */
  term: z.string().min(1),
  /** Other words readers use for it (also indexed for search). */
  aliases: z.array(z.string().min(1)).default([]),
  /** One line. */
  definition: z.string().min(5),
});

/** content/glossary/terms.yaml: one entry per term, both languages; the id is its anchor. */
export const glossaryTermSchema = z.object({
  /** Guide slug that explains the term, optionally with #section. */
  guide: z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'Expected a guide slug, optionally with #section'),
  en: termSide,
  'zh-cn': termSide,
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
