/**
 * The guard every .xlsx package passes before anything reads it: a bounded number of parts, no part
 * name that leads out of the package, `[Content_Types].xml` present, and every part unpacked once as a
 * stream whose size is counted chunk by chunk, so a zip bomb (a small file that unpacks to gigabytes,
 * or whose declared sizes lie) is stopped at the limit instead of filling the memory.
 */
import type JSZip from "jszip";
import { LIMIT_MESSAGES, PACKAGE_LIMITS, PackageLimitError } from "./limits";

/** A part name that could lead outside the package when unpacked: absolute, drive letters, `..`, backslashes. */
export const unsafePartName = (name: string): boolean =>
  name.startsWith("/") || name.includes("\\") || /^[A-Za-z]:/.test(name) || name.split("/").includes("..");

interface Chunked {
  on(event: "data", fn: (chunk: Uint8Array) => void): Chunked;
  on(event: "end", fn: () => void): Chunked;
  on(event: "error", fn: (e: Error) => void): Chunked;
  resume(): Chunked;
  pause(): Chunked;
}

/** Unpack one part as a stream, counting its bytes; reject beyond `limit`. Resolves to its size. */
function measure(file: JSZip.JSZipObject, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: string): Chunked }).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        if (done) return;
        size += chunk.length;
        if (size > limit) {
          done = true;
          stream.pause();
          reject(new PackageLimitError(LIMIT_MESSAGES.partBytes(file.name)));
        }
      })
      .on("error", () => {
        if (done) return;
        done = true;
        reject(new PackageLimitError(LIMIT_MESSAGES.damaged(file.name)));
      })
      .on("end", () => {
        if (done) return;
        done = true;
        resolve(size);
      })
      .resume();
  });
}

/**
 * Check a loaded package against the limits (see `limits.ts`); throws `PackageLimitError`.
 * @example await guardZip(await JSZip.loadAsync(bytes));
 */
export async function guardZip(zip: JSZip): Promise<void> {
  const files = Object.values(zip.files);
  if (files.length > PACKAGE_LIMITS.entries) throw new PackageLimitError(LIMIT_MESSAGES.entries(files.length));
  if (files.some((f) => unsafePartName(f.name))) throw new PackageLimitError(LIMIT_MESSAGES.badName());
  if (!zip.file("[Content_Types].xml")) throw new PackageLimitError(LIMIT_MESSAGES.noContentTypes());
  let total = 0;
  for (const file of files) {
    if (file.dir) continue;
    const left = PACKAGE_LIMITS.packageBytes - total;
    try {
      total += await measure(file, Math.min(PACKAGE_LIMITS.partBytes, left));
    } catch (e) {
      if (e instanceof PackageLimitError && left < PACKAGE_LIMITS.partBytes && e.message.includes("fylder over"))
        throw new PackageLimitError(LIMIT_MESSAGES.packageBytes());
      throw e;
    }
  }
}
