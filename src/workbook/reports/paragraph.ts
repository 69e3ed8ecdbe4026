/**
 * Long report texts as several text blocks of at most `max` characters, broken between words, so a
 * printed sheet shows every word (a cell's text is cut at the edge of the printed columns).
 */
import type { Block } from "../port";

/** @example paragraph("Et langt afsnit …", 40) // [{ kind: "text", text: "Et langt …" }, …] */
export function paragraph(text: string, max = 125): Block[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => ({ kind: "text", text: l }));
}
