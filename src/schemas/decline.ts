import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales';
import { SOURCE_PATTERN } from '../lib/declines/provenance';
import { isAllowedSource } from '../site.config';
import { faqItemSchema, perLocale, perLocaleWithOriginal, slugSchema, sourceSchema } from './shared';

/** What a reader should do, in one word; shown as a badge and in the catalogue table. */
export const verdicts = ['retry', 'fix-details', 'call-issuer', 'other-card', 'not-card-problem'] as const;
export type Verdict = (typeof verdicts)[number];

/** Where a message is seen. Labels for each live in the UI dictionaries (`decline.where.*`). */
export const places = [
  'openai-platform',
  'chatgpt-web',
  'app-store',
  'google-play',
  'anthropic-console',
  'claude-web',
  'api-response',
  'stripe-checkout',
  'bank-sms',
] as const;

const messageSchema = z.object({
  /** Exactly as the product shows it, copied from the source (never written by us). */
  text: z.string().min(2),
  /** The language the text is in (not the page it appears on). */
  lang: z.enum(localeCodes as [Locale, ...Locale[]]),
  /** official: a product's own strings, code or docs show this text; secondary: readers report seeing it. */
  label: z.enum(['official', 'secondary'], {
    error: 'Expected "official" or "secondary"; phrasings readers type go in `keywords`',
  }),
  /** Where it was seen, shown on the page: "Stripe Android SDK, Chinese strings". */
  seenIn: z.string().min(3),
  /** The source: an https URL on an allowed domain, or owner/repo:path of a public repository file. */
  source: z
    .string()
    .regex(SOURCE_PATTERN, 'Expected an https URL or owner/repo:path')
    .refine(
      (s) => !s.startsWith('https://') || isAllowedSource(s),
      'Expected a URL on an allowed domain (sourceDomains in src/site.config.ts)',
    ),
});

const localizedSchema = z.object({
  /** The page title: the message as the reader saw it. */
  title: z.string().min(2).max(120),
  /** One sentence for previews and the catalogue table. */
  description: z.string().min(6).max(220),
  /** What it means, in inline Markdown (one short paragraph). */
  meaning: z.string().min(10),
  /** What to do, in order; each step is inline Markdown. */
  steps: z.array(z.string().min(3)).min(1),
  /** Optional caution shown as a callout (inline Markdown). */
  caution: z.string().optional(),
  faq: z.array(faqItemSchema).default([]),
});

/**
 * content/declines/<id>.yaml: one message family. The default locale's block is required; a
 * locale without its block shows the original (a fallback page, as for a guide not yet translated).
 */
export const declineSchema = z
  .object({
    /** Stripe/OpenAI codes, e.g. [card_declined, insufficient_funds]. */
    codes: z.array(z.string().regex(/^[a-z0-9_]+$/, 'Codes are snake_case')).default([]),
    /** The action a reader can take. */
    verdict: z.enum(verdicts, { error: `Expected one of: ${verdicts.join(', ')}` }),
    /** How sure the meaning is: official = documented by the platform or Stripe. */
    confidence: z.enum(['official', 'secondary']),
    /** Where readers see it. */
    seen: z.array(z.enum(places, { error: `Expected one of: ${places.join(', ')}` })).min(1),
    /** Every wording seen in a product, in whatever language it was shown, with where it was seen. */
    messages: z.array(messageSchema),
    /** How readers type it, per language: search aid only, never shown as a message. */
    keywords: perLocale(z.array(z.string().min(2)))
      .partial()
      .default({}),
    sources: z.array(sourceSchema).min(1),
    /** Guide slugs. */
    related: z.array(slugSchema).min(1),
    reviewed: z.coerce.date({ error: 'Expected a date as YYYY-MM-DD' }),
  })
  .extend(perLocaleWithOriginal(localizedSchema).shape);

export type DeclineData = z.infer<typeof declineSchema>;
export type DeclineText = z.infer<typeof localizedSchema>;
