/**
 * The requirement sets the manifest declares cover every Office API member the code uses.
 *
 * The TypeScript compiler resolves each property access and call in src/ to its declaration; the
 * declarations in @types/office-js and @types/custom-functions-runtime carry `[Api set: ExcelApi 1.x]`
 * (or CustomFunctionsRuntime, SharedRuntime …) on every member. The highest version used of each set
 * must not be above what manifest.xml's <Requirements> declares, so the test fails the day the code
 * starts using a newer API than Excel is told to provide.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "..", "..");
const API_SET = /\[Api set: ([A-Za-z]+) (\d+)\.(\d+)/;

interface Use {
  readonly set: string;
  readonly version: [number, number];
  readonly member: string;
  readonly where: string;
}

/** Every use of an Office API member in src/, with the requirement set its declaration names. */
function officeApiUses(): Use[] {
  const configPath = join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  const setOf = (decl: ts.Declaration): { set: string; version: [number, number] } | null => {
    const file = decl.getSourceFile();
    if (!/@types[\\/](office-js|custom-functions-runtime)[\\/]/.test(file.fileName)) return null;
    const text = file.getFullText();
    for (const range of ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? []) {
      const m = API_SET.exec(text.slice(range.pos, range.end));
      if (m) return { set: m[1], version: [Number(m[2]), Number(m[3])] };
    }
    return null;
  };
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !file.fileName.startsWith(join(ROOT, "src"))) continue;
    const visit = (node: ts.Node): void => {
      const name = ts.isPropertyAccessExpression(node)
        ? node.name
        : ts.isElementAccessExpression(node)
          ? node.argumentExpression
          : null;
      const symbol = name ? checker.getSymbolAtLocation(name) : undefined;
      for (const decl of symbol?.declarations ?? []) {
        const found = setOf(decl);
        if (found) {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          uses.push({
            ...found,
            member: symbol!.getName(),
            where: `${file.fileName.slice(ROOT.length + 1)}:${line + 1}`,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

/** <Set Name=… MinVersion=…/> of the manifest's top-level <Requirements>. */
function declaredSets(xml: string): Map<string, [number, number]> {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  const out = new Map<string, [number, number]>();
  for (const m of requirements.matchAll(/<Set\s+Name="([^"]+)"\s+MinVersion="(\d+)\.(\d+)"\s*\/>/g)) {
    out.set(m[1], [Number(m[2]), Number(m[3])]);
  }
  return out;
}

const above = (a: [number, number], b: [number, number]): boolean => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

describe("requirement sets", () => {
  const uses = officeApiUses();
  const declared = declaredSets(readFileSync(join(ROOT, "manifest.xml"), "utf8"));

  test("the scan sees the code's Office calls (Range.find is ExcelApi 1.9, tables.onChanged 1.7)", () => {
    expect(uses.find((u) => u.member === "find" && u.set === "ExcelApi")?.version).toEqual([1, 9]);
    expect(uses.find((u) => u.member === "onChanged" && u.set === "ExcelApi")?.version).toEqual([1, 7]);
    expect(uses.some((u) => u.set === "CustomFunctionsRuntime")).toBe(true);
  });

  test("the manifest declares every set the code uses, at least at the highest version used", () => {
    const highest = new Map<string, Use>();
    for (const u of uses) {
      const h = highest.get(u.set);
      if (!h || above(u.version, h.version)) highest.set(u.set, u);
    }
    const missing: string[] = [];
    for (const [set, u] of highest) {
      const have = declared.get(set);
      if (!have || above(u.version, have))
        missing.push(
          `${set} ${u.version.join(".")} (${u.member} at ${u.where}); the manifest declares ${have ? have.join(".") : "nothing"}`,
        );
    }
    expect(missing).toEqual([]);
  });

  test("what the manifest declares is what the code needs: ExcelApi 1.9 and CustomFunctionsRuntime 1.3 besides SharedRuntime 1.1", () => {
    expect(Object.fromEntries([...declared].map(([k, v]) => [k, v.join(".")]))).toEqual({
      SharedRuntime: "1.1",
      ExcelApi: "1.9",
      CustomFunctionsRuntime: "1.3",
    });
  });

  test("a use above the declared version is caught (the check can fail)", () => {
    const fake: Use = { set: "ExcelApi", version: [1, 17], member: "x", where: "y" };
    expect(above(fake.version, declared.get("ExcelApi") ?? [0, 0])).toBe(true);
  });
});
