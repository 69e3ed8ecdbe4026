/**
 * Danish words the pane puts next to numbers, and the folding its search uses. One place, so every
 * count says "1 borger" and "2 borgere", and "soren" finds "Søren".
 */
import { count } from "./FormParts";

/**
 * A count with its noun in the right number, thousands dotted.
 * @example counted(1, "borger", "borgere") // "1 borger"
 * @example counted(1525, "opfølgning", "opfølgninger") // "1.525 opfølgninger"
 */
export const counted = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;

/**
 * Text as the search compares it: lower case, æ → ae, ø → o, å → aa and other accents dropped, so a
 * search typed on a keyboard without Danish letters (or with them) finds the same citizens.
 * @example foldDanish("Søren Åberg") // "soren aaberg"
 * @example foldDanish("Mærsk") === foldDanish("maersk") // true
 */
export function foldDanish(text: string): string {
  return text
    .toLocaleLowerCase("da-DK")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

/**
 * Items joined the Danish way, with "og" before the last.
 * @example danishList(["S", "M", "O"]) // "S, M og O"
 */
export function danishList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`;
}
