import { z } from 'astro/zod';
import { perLocaleWithOriginal } from './shared';

const termSide = z.object({
  /** The term as written in this language: the one our prose uses for this concept. */
  term: z.string().min(1),
  /** Other words readers use for it (also indexed for search). */
  aliases: z.array(z.string().min(1)).default([]),
  /** One line; inline Markdown, may cite a fact with {{as-of:id}}. */
  definition: z.string().min(5),
  /**
   * Variants our own prose in this language must not use for this concept (one term per concept). The content
   * lint flags them in guides, decline entries and this file, outside “quotes”, 《titles》 and <Myth>.
   * A reader may still type them: list those in `aliases` too. Write "variant → replacement" when the
   * term alone does not say what to write instead (“OpenAI 账户 → OpenAI 账号”).
   */
  avoid: z.array(z.string().min(1)).optional(),
});

/**
 * content/glossary.yaml: one entry per term, one side per locale of the table (the default locale's
 * required, the others shown as the default's until written); the id is its anchor.
 */
export const glossaryTermSchema = z
  .object({
    /** Guide slug that explains the term, optionally with #section. */
    guide: z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'Expected a guide slug, optionally with #section'),
  })
  .extend(perLocaleWithOriginal(termSide).shape);

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type GlossarySide = z.infer<typeof termSide>;
