/**
 * Just enough XML for reading and patching the parts of an .xlsx package we touch: attributes of a
 * tag, text with entities and OOXML's `_xHHHH_` escapes decoded, and text escaped for writing.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The highest Unicode code point; a character reference beyond it is not a character. */
const MAX_CODE_POINT = 0x10ffff;

/**
 * A numeric character reference that names no character (e.g. `&#x110000;`): the part is not
 * well-formed XML. The reader turns it into a Danish message that names the part or the cell.
 */
export class BadCharacterError extends Error {
  constructor() {
    super("En tegnreference i filen er ikke et gyldigt tegn.");
    this.name = "BadCharacterError";
  }
}

const fromReference = (digits: string, radix: number): string => {
  // More than 7 hex or 8 decimal digits is beyond every code point; parseInt would lose precision.
  const n = digits.length > 8 ? Number.POSITIVE_INFINITY : parseInt(digits, radix);
  if (!(n >= 0 && n <= MAX_CODE_POINT)) throw new BadCharacterError();
  return String.fromCodePoint(n);
};

/**
 * Decode XML entities and OOXML `_xHHHH_` escapes. Throws `BadCharacterError` for a numeric
 * reference that names no character.
 * @example decodeXml("Hus &amp; have_x000D_") // "Hus & have\r"
 */
export function decodeXml(text: string): string {
  if (!text.includes("&") && !text.includes("_x")) return text;
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
      if (e[0] === "#") return e[1] === "x" ? fromReference(e.slice(2), 16) : fromReference(e.slice(1), 10);
      return ENTITIES[e] ?? m;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Escape text for an XML text node or attribute. @example escapeXml('a<"b">') // "a&lt;&quot;b&quot;&gt;" */
export const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The attributes of a tag's attribute text (namespace prefixes kept), values decoded.
 * @example attributes(' name="Borgere" r:id="rId1"') // { name: "Borgere", "r:id": "rId1" }
 */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  // Every alternative consumes what it looked at, so a long run of name characters without "=" is
  // passed once instead of from each of its characters (quadratic on a crafted tag).
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')|[\w:.-]+|[^\w:.-]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (m[1] !== undefined) out[m[1]] = decodeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** Every `<tag …>` (or self-closing) of a name in a document, with its attributes. */
export function tags(xml: string, name: string): Array<Record<string, string>> {
  const open = `<${name}`;
  const out: Array<Record<string, string>> = [];
  let from = 0;
  for (;;) {
    const start = xml.indexOf(open, from);
    if (start < 0) return out;
    from = start + open.length;
    if (isNameChar(xml.charCodeAt(from)) || xml.charCodeAt(from) === 58) continue;
    const gt = xml.indexOf(">", from);
    if (gt < 0) return out;
    out.push(attributes(xml.slice(from, xml.charCodeAt(gt - 1) === 47 && gt - 1 >= from ? gt - 1 : gt)));
    from = gt + 1;
  }
}

/** The concatenated text of every `<t>` inside a fragment (rich text runs included). */
export function textOf(fragment: string): string {
  let out = "";
  // Phonetic runs (<rPh>) are not part of the value.
  let plain = fragment;
  if (fragment.includes("<rPh")) {
    plain = "";
    let at = 0;
    for (const e of elements(fragment, "rPh")) {
      if (e.inner === null) continue;
      plain += fragment.slice(at, e.start);
      at = e.end;
    }
    plain += fragment.slice(at);
  }
  for (const e of elements(plain, "t")) out += decodeXml(e.inner ?? "");
  return out;
}

/**
 * A part whose root element carries a namespace prefix (`<x:worksheet xmlns:x="…">`, as programs built
 * on the Open XML SDK write it) rewritten with that namespace as the default one, so that plain element
 * names match. The same document for an XML reader. A part without a prefixed root, or whose root
 * also declares a default namespace, is returned as it is.
 * @example unprefixed('<x:sst xmlns:x="u"><x:si><x:t>a</x:t></x:si></x:sst>') // '<sst xmlns="u"><si><t>a</t></si></sst>'
 */
export function unprefixed(xml: string): string {
  const head = xml.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "");
  // The root element: the first start tag of the document.
  const root = /<([A-Za-z_][\w.-]*)(?::[A-Za-z_][\w.-]*)?\b([^>]*)>/.exec(head);
  if (!root || !/^<[^\s>/]+:/.test(root[0])) return xml;
  if (/\sxmlns\s*=/.test(root[2]) || !new RegExp(`\\sxmlns:${root[1]}\\s*=`).test(root[2])) return xml;
  const p = root[1].replace(/[.-]/g, "\\$&");
  return xml.replace(new RegExp(`<(/?)${p}:`, "g"), "<$1").replace(new RegExp(`(\\s)xmlns:${p}(\\s*=)`), "$1xmlns$2");
}

/** Set (or add) an attribute on the first `<tag …>` of a document. */
export function setAttribute(xml: string, tag: string, name: string, value: string): string {
  const re = new RegExp(`<${tag}\\b([^>]*?)(\\/?)>`);
  return xml.replace(re, (whole, attrs: string, slash: string) => {
    const attrRe = new RegExp(`\\s${name.replace(":", "\\:")}="[^"]*"`);
    const next = attrRe.test(attrs)
      ? attrs.replace(attrRe, ` ${name}="${escapeXml(value)}"`)
      : `${attrs} ${name}="${escapeXml(value)}"`;
    return `<${tag}${next}${slash}>`;
  });
}

/** One element found by `elements`: where it starts and ends, its attribute text and its inner XML. */
export interface XmlElement {
  readonly start: number;
  /** Index just after the element (after `/>` or the closing tag). */
  readonly end: number;
  readonly attrs: string;
  /** Null for a self-closing element. */
  readonly inner: string | null;
}

const isNameChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * Every `<name …/>` and `<name …>…</name>` of a document, in order, in time linear in its length (a
 * regular expression with a lazy body takes quadratic time on a crafted part with many unclosed
 * tags). Like the pattern `<name\b([^>]*?)(?:\/>|>([\s\S]*?)<\/name>)`: the first `>` ends the start
 * tag, the first closing tag after it ends the element; an opening without either is skipped.
 * @example [...elements('<r><c r="A1"/><c r="B1"><v>2</v></c></r>', "c")].map((e) => e.inner) // [null, "<v>2</v>"]
 */
export function* elements(xml: string, name: string): Generator<XmlElement> {
  const open = `<${name}`;
  const close = `</${name}>`;
  let from = 0;
  // Once no `>` or closing tag is found from some point, none is found from any later one.
  let noGt = false;
  let noClose = false;
  while (from < xml.length) {
    const start = xml.indexOf(open, from);
    if (start < 0) return;
    from = start + open.length;
    if (isNameChar(xml.charCodeAt(from)) || xml.charCodeAt(from) === 58 /* : */) continue;
    if (noGt) return;
    const gt = xml.indexOf(">", from);
    if (gt < 0) {
      noGt = true;
      return;
    }
    if (xml.charCodeAt(gt - 1) === 47 /* / */ && gt - 1 >= from) {
      yield { start, end: gt + 1, attrs: xml.slice(from, gt - 1), inner: null };
      from = gt + 1;
      continue;
    }
    if (noClose) continue;
    const end = xml.indexOf(close, gt + 1);
    if (end < 0) {
      noClose = true;
      continue;
    }
    yield { start, end: end + close.length, attrs: xml.slice(from, gt), inner: xml.slice(gt + 1, end) };
    from = end + close.length;
  }
}
