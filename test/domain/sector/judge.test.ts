import { consolidate, judgeExports, readLine } from "../../../src/domain/sector";
import { FILE_B, WORKED_FILES } from "./workedExample";

const texts = (files: ReadonlyArray<readonly [string, string]>) => files.map(([file, text]) => ({ file, text }));

test("the worked example's files are all accepted and listed per year, oldest first", () => {
  const reading = judgeExports(texts(WORKED_FILES));
  expect(reading.refused).toEqual([]);
  expect(reading.accepted).toHaveLength(4);
  expect(reading.years).toEqual([
    { year: 2025, offers: ["A"] },
    { year: 2026, offers: ["A", "B", "C"] },
  ]);
  expect(reading.years.map(readLine)).toEqual(["Læst for 2025: 1 tilbud (A).", "Læst for 2026: 3 tilbud (A, B, C)."]);
});

test("a tampered file and a second file for the same offer and year are refused with file and row", () => {
  const tampered = FILE_B.replace("60,60,12,12,36", "60,60,12,12,30");
  const reading = judgeExports([
    ...texts(WORKED_FILES.filter(([n]) => n !== "b-2026.csv")),
    { file: "b-rettet.csv", text: tampered },
    { file: "a-kopi.json", text: WORKED_FILES[0][1] },
  ]);
  expect(reading.refused.map((r) => [r.file, r.row])).toEqual([
    ["b-rettet.csv", 1],
    ["a-kopi.json", null],
  ]);
  expect(reading.refused[0].reason).toContain("tallene passer ikke");
  expect(reading.refused[1].reason).toContain("a-2026.json har allerede tilbuddet A for 2026");
  // Neither the tampered file nor the second file for A in 2026 is among the accepted: each file is
  // counted once, accepted or refused, and A is read once for 2026.
  expect(reading.accepted.map((f) => f.file)).toEqual(["a-2026.json", "a-2025.json", "c-2026.csv"]);
  expect(reading.accepted.length + reading.refused.length).toBe(5);
  expect(reading.years.find((y) => y.year === 2026)?.offers).toEqual(["A", "C"]);
});

test("refusals found before reading (a file that could not be opened) come first and are kept", () => {
  const earlier = [{ file: "laast.csv", row: null, reason: "Filen kan ikke læses." }];
  const reading = judgeExports(texts(WORKED_FILES), earlier);
  expect(reading.refused).toEqual(earlier);
});

test("the result counts last year's files and the files of other years it did not use", () => {
  const old = WORKED_FILES[1][1].replace(/2025/g, "2020");
  const reading = judgeExports([...texts(WORKED_FILES), { file: "a-2020.json", text: old }]);
  const result = consolidate(reading.accepted, 2026);
  expect([result.previousFiles, result.unusedFiles]).toEqual([1, 1]);
  expect(result.warnings[0]).toContain("a-2020.json gælder 2020");
});

test("last year's sector row is suppressed like this year's: below the threshold it gives no previous mean", () => {
  const { accepted } = judgeExports(texts(WORKED_FILES));
  // 2025 has offer A only, 10 citizens under Autisme: shown at threshold 10, not at 11.
  expect(consolidate(accepted, 2026, { minCount: 10 }).byTargetGroup[0].previousMean).toBe(0.5);
  const high = consolidate(accepted, 2026, { minCount: 11 }).byTargetGroup[0];
  expect([high.previousMean, high.change, high.citizens]).toEqual([null, null, 130]);
});
