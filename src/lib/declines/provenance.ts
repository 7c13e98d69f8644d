/**
 * Where a message variant was seen: an https URL, or `owner/repo:path` for a file in a public
 * repository. Returns the address a reader can open.
 * @example sourceHref('stripe/stripe-android:payments-core/res/values/strings.xml') // 'https://github.com/stripe/stripe-android/blob/HEAD/payments-core/res/values/strings.xml'
 * @example sourceHref('https://community.openai.com/t/x/1') // 'https://community.openai.com/t/x/1'
 */
export function sourceHref(source: string): string {
  const repo = /^([\w.-]+\/[\w.-]+):(.+)$/.exec(source);
  return repo ? `https://github.com/${repo[1]}/blob/HEAD/${repo[2]}` : source;
}

/** A message source as the schema accepts it: an https URL or `owner/repo:path`. */
export const SOURCE_PATTERN = /^(https:\/\/\S+|[\w.-]+\/[\w.-]+:\S.*)$/;
