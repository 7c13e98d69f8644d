import { z } from 'astro/zod';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';
import { isAllowedSource } from '../site.config';

/** Topics a guide can belong to; the home page groups guides by these, in this order. */
export const topics = ['openai-api', 'chatgpt', 'claude', 'cards', 'compliance', 'general'] as const;
export type Topic = (typeof topics)[number];

/** Language-neutral slugs and ids: lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected lower-case words joined by hyphens, e.g. "card-declined"');

/** A page the text relies on. `official`: the company's, network's or regulator's own page. */
export const sourceSchema = z.object({
  /** The page's own title. */
  title: z.string().min(1),
  /** Absolute http(s) address of the page. */
  url: z
    .url({ protocol: /^https?$/, error: 'Expected an absolute http(s) URL' })
    .refine(isAllowedSource, 'Expected a source on an allowed domain (sourceDomains in src/site.config.ts)'),
  /** Who publishes it: "OpenAI", "Stripe", "The Register". */
  publisher: z.string().min(1),
  /** official = the company, card network or regulator itself; secondary = press, forums, copies. */
  label: z.enum(['official', 'secondary'], {
    error: 'Expected "official" or "secondary" (see shared/reference/facts.md)',
  }),
});
export type Source = z.infer<typeof sourceSchema>;

/** One FAQ entry. `id` is the anchor, identical in both languages; `a` is inline Markdown. */
export const faqItemSchema = z.object({
  id: slugSchema,
  q: z.string().min(3),
  a: z.string().min(3),
});
export type FaqItemData = z.infer<typeof faqItemSchema>;

/** Official sources first: readers and reviewers look at them first. */
export function officialFirst(sources: readonly Source[]): boolean {
  const firstSecondary = sources.findIndex((s) => s.label === 'secondary');
  return firstSecondary === -1 || sources.slice(firstSecondary).every((s) => s.label === 'secondary');
}

/**
 * One value per locale of the locale table, e.g. `{ en: …, 'zh-cn': … }`: adding a locale to the
 * table makes every such block require it.
 */
export function perLocale<T extends z.ZodType>(schema: T) {
  return z.object(Object.fromEntries(localeCodes.map((l) => [l, schema])) as Record<Locale, T>);
}

/**
 * One value per locale where only the default locale's is required (the original text); the other
 * locales' are translations and may be missing: their pages then show the original, as an
 * untranslated guide does (lib/registry.ts). Adding a locale to the table asks nothing of existing
 * files. Read a block through `textIn` (lib/localized.ts), which falls back to the original.
 */
export function perLocaleWithOriginal<T extends z.ZodType>(schema: T) {
  return z.object(
    Object.fromEntries(localeCodes.map((l) => [l, l === defaultLocale ? schema : schema.optional()])) as Record<Locale, z.ZodOptional<T>>,
  );
}
