/**
 * Text from cells made inert before it is printed or written out: control characters (C0 apart from
 * tab and line breaks, DEL, C1 — which carry terminal escape sequences such as ESC[31m or an OSC
 * window title, NUL and backspace) and the bidirectional-override marks that make text display in
 * another order than it is stored are removed. Formula-like starts in CSV are handled by
 * `neutraliseText` (export/serialise.ts).
 */

const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * The text without control and bidi-override characters (tab, CR and LF are kept).
 * @example inertText("KRAP\u001b[31m") // "KRAP[31m"
 */
export const inertText = (text: string): string => (HAS_CONTROL.test(text) ? text.replace(CONTROLS, "") : text);

/** A JSON.stringify replacer that makes every string value inert. */
export const inertJsonReplacer = (_key: string, value: unknown): unknown =>
  typeof value === "string" ? inertText(value) : value;
