/**
 * Checks a prop against its allowed values, failing the build with what was received.
 * @example oneOf('Callout', 'type', 'tip', ['note', 'tip']) // 'tip'
 */
export function oneOf<T extends string>(component: string, prop: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${component}: received ${prop}=${JSON.stringify(value)}. Expected one of: ${allowed.map((a) => `"${a}"`).join(', ')}`);
}
