/**
 * Danish sort order for group names (æ, ø, å after z).
 */
const collator = new Intl.Collator("da");

/**
 * Compare two names in Danish collation; names the collator finds equal fall back to code-unit order so
 * the order is always the same.
 * @example ["Ørsted", "Århus", "Zealand"].sort(compareDanish) // ["Zealand", "Ørsted", "Århus"]
 */
export function compareDanish(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
