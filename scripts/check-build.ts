/**
 * Production build check (`npm run build:check`): runs the same build as `npm run build`, then checks
 * that dist/ holds everything the manifest points at, that the runtime entry is free of React and
 * Fluent UI (they must arrive only with the lazy task pane chunk), that the Danish functions metadata
 * matches the generated one, and prints the gzip sizes of the two halves.
 *
 * Exits 1 with a list of problems if anything is wrong.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { checkManifest, distFiles } from "./manifest-checks";

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode: string }): Promise<webpack.Configuration>;
  DEV_BASE_URL: string;
  OFFICE_JS_CDN: string;
  ICON_SIZES: number[];
  productionBaseUrl(value: string | undefined): string | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../webpack.config.js") as WebpackConfigModule;

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");
/** Strings that only React DOM and Fluent UI bring into a bundle. */
const UI_MARKERS = ["Minified React error", "fui-FluentProvider"];
/** A string only Fluent UI's chart library brings into a bundle. */
const CHARTS_MARKER = "HorizontalBarChartWithAxis";
/**
 * Strings only the pane's own domain rooms bring (the overgreb register's step labels): they have
 * their own import paths, so the start-up entry must not carry them.
 */
const PANE_DOMAIN_MARKERS = ["Analyse i arbejdsmiljøgruppen"];
/**
 * A string only the sector view brings (its reading of offers' export files): it is used by a few
 * leaders a year, so it must come in its own lazy "sector" chunk, not with the start or the pane.
 */
const SECTOR_MARKER = "Tilbuddenes eksportfiler";

interface FunctionMetadata {
  allowErrorForDataTypeAny?: boolean;
  functions: Array<{ id: string; name: string; parameters?: unknown[] }>;
}

function build(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) reject(error ?? new Error("webpack returned no stats"));
      else resolve(stats);
    });
  });
}

function readJson<T>(path: string, problems: string[]): T | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    problems.push(`${path.slice(ROOT.length + 1)} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

/** The Danish metadata must describe exactly the generated functions (same ids, same parameter counts). */
function compareMetadata(generated: FunctionMetadata, danish: FunctionMetadata): string[] {
  const problems: string[] = [];
  const da = new Map(danish.functions.map((f) => [f.id, f]));
  for (const f of generated.functions) {
    const d = da.get(f.id);
    if (!d) problems.push(`functions-da.json has no entry for ${f.id}`);
    else if ((d.parameters?.length ?? 0) !== (f.parameters?.length ?? 0)) {
      problems.push(
        `functions-da.json gives ${f.id} ${d.parameters?.length ?? 0} parameters, functions.ts has ${f.parameters?.length ?? 0}`,
      );
    }
  }
  const ids = new Set(generated.functions.map((f) => f.id));
  for (const d of danish.functions)
    if (!ids.has(d.id)) problems.push(`functions-da.json has ${d.id}, which functions.ts does not define`);
  return problems;
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<number> {
  const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  const started = Date.now();
  const stats = await build(config);
  const info = stats.toJson({ all: false, errors: true, warnings: true, chunks: true, entrypoints: true });
  if (stats.hasErrors()) {
    for (const e of info.errors ?? []) console.error(e.message);
    return 1;
  }
  console.log(`Production build finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const problems: string[] = [];

  const required = [
    "manifest.xml",
    "taskpane.html",
    "runtime.js",
    "functions.json",
    "functions-da.json",
    ...webpackConfig.ICON_SIZES.map((size) => `assets/icon-${size}.png`),
  ];
  const files = distFiles(DIST);
  for (const path of required) if (!files.has(path)) problems.push(`dist/${path} is missing`);

  // The runtime page loads office.js from Microsoft, then only the runtime entry.
  const html = files.read("taskpane.html")?.toString("utf8") ?? "";
  if (!html.includes(webpackConfig.OFFICE_JS_CDN))
    problems.push("taskpane.html does not load office.js from Microsoft's CDN");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
  const ownScripts = scripts.filter((src) => src !== webpackConfig.OFFICE_JS_CDN);
  if (ownScripts.join() !== "runtime.js")
    problems.push(`taskpane.html loads ${ownScripts.join(", ") || "nothing"}, expected only runtime.js`);

  // Initial (runtime entry) versus lazy (task pane) files, from webpack's own chunk graph.
  const initial = new Set<string>();
  const lazy = new Set<string>();
  for (const chunk of info.chunks ?? []) {
    for (const file of chunk.files ?? []) if (file.endsWith(".js")) (chunk.initial ? initial : lazy).add(file);
  }
  const body = (file: string): string => files.read(file)?.toString("utf8") ?? "";
  for (const file of initial) {
    for (const marker of UI_MARKERS)
      if (body(file).includes(marker))
        problems.push(`${file} (loaded at start) contains "${marker}": React/Fluent must load lazily`);
    for (const marker of PANE_DOMAIN_MARKERS)
      if (body(file).includes(marker))
        problems.push(
          `${file} (loaded at start) contains "${marker}": import the overgreb rules from domain/incidents`,
        );
  }
  for (const marker of UI_MARKERS) {
    if (![...lazy].some((file) => body(file).includes(marker))) problems.push(`no lazy chunk contains "${marker}"`);
  }
  // The chart library arrives only with the charts (the leader's view, a goal's history): its own lazy
  // chunk, neither the start-up entry nor the pane's main chunks.
  const withCharts = [...initial, ...lazy].filter((file) => body(file).includes(CHARTS_MARKER));
  if (withCharts.length === 0) problems.push(`no chunk contains the chart library ("${CHARTS_MARKER}")`);
  for (const file of withCharts)
    if (!file.startsWith("charts-vendors.") || initial.has(file))
      problems.push(`${file} contains the chart library: it must come only in the lazy charts-vendors chunk`);

  const withSector = [...initial, ...lazy].filter((file) => body(file).includes(SECTOR_MARKER));
  if (withSector.length === 0) problems.push(`no chunk contains the sector view ("${SECTOR_MARKER}")`);
  for (const file of withSector)
    if (!file.startsWith("sector.") || initial.has(file))
      problems.push(`${file} contains the sector view: it must come only in its own lazy sector chunk`);

  const generated = readJson<FunctionMetadata>(join(DIST, "functions.json"), problems);
  const danish = readJson<FunctionMetadata>(join(DIST, "functions-da.json"), problems);
  if (generated && generated.functions.length === 0) problems.push("functions.json lists no functions");
  if (generated && danish) problems.push(...compareMetadata(generated, danish));
  // Without the flag Excel turns one error value inside a range into a bare #N/A before SMORTE runs.
  for (const [name, json] of [
    ["functions.json", generated],
    ["functions-da.json", danish],
  ] as const)
    if (json && json.allowErrorForDataTypeAny !== true)
      problems.push(`dist/${name} lacks allowErrorForDataTypeAny: true`);

  const baseUrl = webpackConfig.productionBaseUrl(process.env.SMORTE_BASE_URL) ?? webpackConfig.DEV_BASE_URL;
  const manifest = files.read("manifest.xml")?.toString("utf8") ?? "";
  problems.push(...(await checkManifest(manifest, { baseUrl, files })).map((p) => `dist/manifest.xml: ${p}`));

  console.log(`\nManifest base URL: ${baseUrl}`);
  console.log("\nSizes (minified; gzip is what travels):");
  const rows: Array<[string, string, number, number]> = [];
  for (const [group, set] of [
    ["start", initial],
    ["lazy", lazy],
  ] as const) {
    for (const file of [...set].sort()) {
      const bytes = files.read(file) ?? Buffer.alloc(0);
      rows.push([group, file, bytes.length, gzipSync(bytes, { level: 9 }).length]);
    }
  }
  for (const [group, file, raw, gz] of rows)
    console.log(`  ${group.padEnd(6)}${file.padEnd(34)}${kib(raw).padStart(11)}${kib(gz).padStart(11)} gz`);
  const total = (group: string): number => rows.filter((r) => r[0] === group).reduce((sum, r) => sum + r[3], 0);
  console.log(`  functions/runtime entry (loaded with every workbook that uses SMORTE): ${kib(total("start"))} gzip`);
  console.log(`  task pane chunks (loaded only when the pane is shown):               ${kib(total("lazy"))} gzip`);

  if (problems.length > 0) {
    console.error(`\nBuild check failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    return 1;
  }
  console.log("\nBuild check passed.");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
