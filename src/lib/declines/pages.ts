import { locales, type Locale } from '../../i18n/locales';
import type { DeclineText } from '../../schemas/decline';
import { textIn, type LocalizedText } from '../localized';
import { articlePagePlan, declineFiles, pairTranslations, type PagePlan } from '../registry';
import { getDeclines, type DeclineEntry } from './collection';

/** One page at /<locale>/declines/<id>/: the locale's own text, or the original when it has none yet. */
export interface DeclinePage extends PagePlan {
  entry: DeclineEntry;
  /** The text the page shows, in `contentLocale`. */
  text: DeclineText;
}

let cache: Promise<DeclinePage[]> | undefined;

/** Every decline entry page in every locale (catalogue order), paired by the registry (lib/registry.ts). */
export function getDeclinePages(): Promise<DeclinePage[]> {
  cache ??= getDeclines().then((entries) =>
    entries.flatMap((entry) =>
      articlePagePlan(pairTranslations(declineFiles(entry.id, entry.data))).map((plan) => ({
        ...plan,
        entry,
        text: declineText(entry, plan.contentLocale),
      })),
    ),
  );
  return cache;
}

/** The text an entry shows in a locale: its own block, else the original's. */
export function declineText(entry: DeclineEntry, locale: Locale): DeclineText {
  return declineTextIn(entry, locale).text;
}

/** The same, with the language it is in (for a `lang` attribute where a list mixes languages). */
export function declineTextIn(entry: DeclineEntry, locale: Locale): LocalizedText<DeclineText> {
  return textIn(entry.data, locale, `content/declines/${entry.id}.yaml`);
}

/** The `lang` attribute for text shown on a page of another language: the original's on a fallback. */
export function langIfFallback(text: LocalizedText<unknown>): string | undefined {
  return text.isFallback ? locales[text.locale].lang : undefined;
}
