import { z } from 'astro/zod';
import { parseDay, today } from '../lib/freshness';
import { perLocaleWithOriginal, sourceSchema } from './shared';

/** How sure a fact is, as in shared/reference/facts.md. Only official and secondary facts can be cited with an "as of". */
export const factLabels = ['official', 'secondary', 'unconfirmed'] as const;
export type FactLabel = (typeof factLabels)[number];

/**
 * A calendar date written YYYY-MM-DD that really exists (no 2026-02-30) and is not in the future.
 * @example calendarDate.parse('2026-12-01') // Date 2026-12-01T00:00:00Z
 */
export const calendarDate = z
  .string({ error: 'Expected a date as YYYY-MM-DD (quote it or write it plainly, e.g. 2026-12-01)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((s) => parseDay(s) !== undefined, 'Expected a real calendar date')
  .refine((s) => (parseDay(s)?.getTime() ?? 0) <= today(process.env).getTime(), 'Expected a date that is not in the future')
  .transform((s) => parseDay(s) ?? new Date(Number.NaN));

/** content/facts/<id>.yaml: one fact a page relies on, with its source and the day it was checked. */
export const factSchema = z.object({
  /** official: the company, network or regulator says it; secondary: press, forums, copies; unconfirmed: claimed, not verified. */
  label: z.enum(factLabels, { error: `Expected one of: ${factLabels.join(', ')}` }),
  /** The claim, one sentence, in the default language and in each language it has been written in. */
  claim: perLocaleWithOriginal(z.string().min(8)),
  /** The page the claim comes from. */
  source: sourceSchema.omit({ label: true }),
  /** A short verbatim quote from the source that carries the claim. */
  quote: z.string().min(3),
  /** The day the claim was last compared with its source. Shown to readers as "as of". */
  checked: calendarDate,
  /** What was read on that day (the live page, a stored copy, facts.md's reading). */
  checkedAgainst: z.string().min(8),
});

export type Fact = z.infer<typeof factSchema>;
