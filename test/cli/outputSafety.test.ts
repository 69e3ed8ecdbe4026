/**
 * No output is ever the input, by any route: a symbolic link, a hard link, the input given through a
 * link, `--out` and `--json` being one file. Each case ends with exit 2 and the input byte for byte as
 * before. Outputs are written through a temporary file renamed into place: a failed write leaves the
 * old file and no temporary file behind.
 */
import * as fsPromises from "node:fs/promises";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { assertOutputs, identityOf, sameFile, writeText } from "../../src/cli/files";
import { runCli } from "../../src/cli/run";
import { workedExampleRows } from "../fixtures/workedExample";
import { captureIo, sha256, tempDir, writeBook } from "./support";

jest.setTimeout(120_000);

// The real file system, with `rename` wrapped so one test can make it fail as a full disk would.
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return { ...actual, rename: jest.fn(actual.rename) };
});

const dir = tempDir();
const book = path.join(dir, "bog.xlsx");
let bookHash = "";

beforeAll(async () => {
  await writeBook(book, workedExampleRows);
  bookHash = sha256(book);
});

const link = (name: string, kind: "sym" | "hard", target = book): string => {
  const file = path.join(dir, name);
  if (kind === "sym") symlinkSync(target, file);
  else linkSync(target, file);
  return file;
};

describe("an output that is the input by any route is refused with exit 2", () => {
  const cases: [string, () => string[]][] = [
    [
      "export --out a symbolic link to the input",
      () => ["export", book, "--year", "2026", "--out", link("l1.csv", "sym")],
    ],
    [
      "export --json a hard link to the input",
      () => ["export", book, "--year", "2026", "--out", path.join(dir, "ok1.csv"), "--json", link("h1.json", "hard")],
    ],
    [
      "evaluate --out a symbolic link to the input",
      () => ["evaluate", book, "--year", "2026", "--out", link("l2.xlsx", "sym")],
    ],
    [
      "evaluate --out a hard link to the input",
      () => ["evaluate", book, "--year", "2026", "--out", link("h2.xlsx", "hard")],
    ],
    [
      "the input given through a link, --out the file itself",
      () => ["export", link("l3.xlsx", "sym"), "--year", "2026", "--out", book],
    ],
    [
      "status --out the input spelt with ..",
      () => ["status", book, "--citizen", "B01", "--out", path.join(dir, "x", "..", "bog.xlsx")],
    ],
    [
      "incidents --json a hard link to the input",
      () => ["incidents", book, "--year", "2026", "--json", link("h3.json", "hard")],
    ],
  ];
  test.each(cases)("%s", async (_name, argv) => {
    const io = captureIo();
    expect(await runCli(argv(), io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("må ikke pege på arbejdsbogen selv");
    expect(sha256(book)).toBe(bookHash);
  });

  test("--out and --json being one file through a link is refused before anything is written", async () => {
    const csv = path.join(dir, "en.csv");
    writeFileSync(csv, "gammel\n");
    const json = link("samme.json", "sym", csv);
    const io = captureIo();
    expect(await runCli(["export", book, "--year", "2026", "--out", csv, "--json", json], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("må ikke pege på den samme fil");
    expect(readFileSync(csv, "utf8")).toBe("gammel\n");
  });

  test("an output that is a folder is refused", async () => {
    const folder = path.join(dir, "mappe.csv");
    mkdirSync(folder);
    const io = captureIo();
    expect(await runCli(["export", book, "--year", "2026", "--out", folder], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("peger på en mappe");
  });

  test("demo refuses a folder where one of its files is a link to another", async () => {
    const demoDir = path.join(dir, "demo");
    mkdirSync(demoDir);
    writeFileSync(path.join(demoDir, "smorte-demo.xlsx"), "x");
    symlinkSync(path.join(demoDir, "smorte-demo.xlsx"), path.join(demoDir, "aarsevaluering-2025.xlsx"));
    const io = captureIo();
    expect(await runCli(["demo", "--out", demoDir], io)).toBe(2);
    expect(readFileSync(path.join(demoDir, "smorte-demo.xlsx"), "utf8")).toBe("x");
  });
});

describe("the safe writer", () => {
  test("identities: a symbolic link, a hard link and a path with .. are the file; a sibling is not", async () => {
    const file = path.join(dir, "id.txt");
    writeFileSync(file, "a");
    const sym = link("id-sym.txt", "sym", file);
    const hard = link("id-hard.txt", "hard", file);
    const me = await identityOf(file);
    for (const other of [sym, hard, path.join(dir, "y", "..", "id.txt")])
      expect(sameFile(me, await identityOf(other))).toBe(true);
    expect(sameFile(me, await identityOf(path.join(dir, "id2.txt")))).toBe(false);
  });

  test("a link to another file as output: the target is replaced, the link kept", async () => {
    const target = path.join(dir, "maal.csv");
    writeFileSync(target, "gammel");
    const via = link("via.csv", "sym", target);
    await writeText(via, "ny", [book]);
    expect(readFileSync(target, "utf8")).toBe("ny");
    expect(readFileSync(via, "utf8")).toBe("ny");
  });

  test("a write that fails at the rename leaves the old file and no temporary file", async () => {
    const folder = path.join(dir, "afbrudt");
    mkdirSync(folder);
    const file = path.join(folder, "ud.csv");
    writeFileSync(file, "gammel");
    // The rename is where the new file replaces the old one: make it fail once.
    jest.mocked(fsPromises.rename).mockRejectedValueOnce(Object.assign(new Error("ENOSPC"), { code: "ENOSPC" }));
    await expect(writeText(file, "ny")).rejects.toThrow("kan ikke skrives");
    expect(readFileSync(file, "utf8")).toBe("gammel");
    expect(readdirSync(folder)).toEqual(["ud.csv"]);
  });

  test("a successful write leaves no temporary file beside the output", async () => {
    const out = path.join(dir, "ren");
    mkdirSync(out);
    await writeText(path.join(out, "a.csv"), "x");
    expect(readdirSync(out)).toEqual(["a.csv"]);
  });

  test("assertOutputs accepts distinct new files", async () => {
    await expect(
      assertOutputs(
        [
          { option: "--out", file: path.join(dir, "n1.csv") },
          { option: "--json", file: path.join(dir, "n2.json") },
        ],
        [book],
      ),
    ).resolves.toBeUndefined();
    expect(existsSync(path.join(dir, "n1.csv"))).toBe(false);
  });
});
