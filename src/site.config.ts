/**
 * Site-wide settings that are not content. Change them here; nothing else repeats them.
 */

/**
 * Where readers report a decline message the catalogue does not list. `{message}` is replaced
 * by the URL-encoded text they searched for. Point it at the team's inbox or issue form.
 */
export const reportUrlTemplate = 'mailto:reports@ai-payments-help.invalid?subject=Unlisted%20payment%20message&body={message}';

/**
 * The report link for a message (at most 300 characters of it).
 * @example reportUrl('Card refused') // 'mailto:…&body=Card%20refused'
 */
export function reportUrl(message: string, template = reportUrlTemplate): string {
  return template.replace('{message}', encodeURIComponent(message.slice(0, 300)));
}
