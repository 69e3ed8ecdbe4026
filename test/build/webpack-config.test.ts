/**
 * The webpack config's decisions, checked without building: where office.js comes from, how the
 * production base URL reaches the manifest, and that the runtime page starts with the small entry only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface Plugin {
  constructor: { name: string };
  userOptions?: { filename?: string; chunks?: string[]; officeJs?: string };
  patterns?: Array<{ from: string; to?: string; transform?: (content: Buffer) => string }>;
  options?: { input?: string; output?: string };
}
interface Config {
  entry: Record<string, string>;
  output: { filename: string; chunkFilename: string };
  plugins: Plugin[];
  devServer?: unknown;
}
interface ConfigModule {
  (env: Record<string, unknown>, argv: { mode: string }): Promise<Config>;
  DEV_BASE_URL: string;
  OFFICE_JS_CDN: string;
  LOCAL_OFFICE_JS: string;
  productionBaseUrl(value: string | undefined): string | undefined;
  rewriteBaseUrl(xml: string, baseUrl: string): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as ConfigModule;
const ROOT = join(__dirname, "..", "..");

const plugin = (config: Config, name: string): Plugin | undefined =>
  config.plugins.find((p) => p.constructor.name === name);
const copies = (config: Config) => plugin(config, "CopyPlugin")?.patterns ?? [];

const production = (env: Record<string, unknown> = {}) =>
  webpackConfig({ WEBPACK_BUILD: true, quiet: true, ...env }, { mode: "production" });

describe("webpack config", () => {
  const saved = process.env.SMORTE_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SMORTE_BASE_URL;
    else process.env.SMORTE_BASE_URL = saved;
  });

  test("the runtime page loads only the small runtime entry; the task pane is not an entry", async () => {
    const config = await production();
    expect(Object.keys(config.entry)).toEqual(["runtime"]);
    const html = plugin(config, "HtmlWebpackPlugin")?.userOptions;
    expect(html?.filename).toBe("taskpane.html");
    expect(html?.chunks).toEqual(["runtime"]);
    expect(config.output.filename).toBe("[name].js");
    expect(config.output.chunkFilename).toContain("[contenthash");
  });

  test("runtime.ts reaches the React pane only through a dynamic import", () => {
    const source = readFileSync(join(ROOT, "src", "runtime.ts"), "utf8");
    const staticImports = [...source.matchAll(/^import\s[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gm)].map(
      (m) => m[1] ?? m[2],
    );
    expect(staticImports).toEqual(["./functions/functions"]);
    expect(source).toMatch(/import\(\s*\/\*[^*]*\*\/\s*"\.\/taskpane\/mount"\s*\)/);
  });

  test("custom-functions metadata is generated from src/functions/functions.ts into functions.json", async () => {
    const options = plugin(await production(), "CustomFunctionsMetadataPlugin")?.options;
    expect(options?.output).toBe("functions.json");
    expect(options?.input).toBe(join(ROOT, "src", "functions", "functions.ts"));
  });

  test("production loads office.js from Microsoft's CDN and ships no local copy", async () => {
    const config = await production();
    expect(plugin(config, "HtmlWebpackPlugin")?.userOptions?.officeJs).toBe(webpackConfig.OFFICE_JS_CDN);
    expect(copies(config).map((c) => c.to)).not.toContain("office-js");
  });

  test("development, and production with --env officejs=local, serve the whole office.js folder locally", async () => {
    for (const config of [
      await webpackConfig({ WEBPACK_BUILD: true }, { mode: "development" }),
      await production({ officejs: "local" }),
    ]) {
      expect(plugin(config, "HtmlWebpackPlugin")?.userOptions?.officeJs).toBe("office-js/office.js");
      expect(copies(config)).toContainEqual(
        expect.objectContaining({ from: "node_modules/@microsoft/office-js/dist", to: "office-js" }),
      );
    }
  });

  test("files are copied by exact name (a glob made webpack serve rebuild forever)", async () => {
    for (const c of copies(await production())) expect(c.from).not.toMatch(/[*?{}[\]]/);
    expect(copies(await production()).map((c) => c.to)).toEqual(
      expect.arrayContaining(["manifest.xml", "functions-da.json", "assets/icon-16.png", "assets/icon-128.png"]),
    );
  });

  test("building never asks for certificates; only serving sets up the https dev server", async () => {
    expect((await production()).devServer).toBeUndefined();
    expect((await webpackConfig({ WEBPACK_BUILD: true }, { mode: "development" })).devServer).toBeUndefined();
  });

  test("SMORTE_BASE_URL replaces the dev server in the emitted manifest", async () => {
    process.env.SMORTE_BASE_URL = "https://apps.example.dk/smorte";
    const manifest = copies(await production()).find((c) => c.to === "manifest.xml");
    const out = manifest?.transform?.(readFileSync(join(ROOT, "manifest.xml"))) ?? "";
    expect(out).not.toContain("localhost");
    expect(out).toContain('DefaultValue="https://apps.example.dk/smorte/taskpane.html"');
    expect(out).toContain('Value="https://apps.example.dk/smorte/functions-da.json"');
  });

  test("without SMORTE_BASE_URL the manifest is copied unchanged", async () => {
    delete process.env.SMORTE_BASE_URL;
    const manifest = copies(await production()).find((c) => c.to === "manifest.xml");
    expect(manifest?.transform).toBeUndefined();
  });

  test("the base URL must be https and is normalised to end in a slash", () => {
    expect(webpackConfig.productionBaseUrl("https://apps.example.dk/smorte")).toBe("https://apps.example.dk/smorte/");
    expect(webpackConfig.productionBaseUrl("https://apps.example.dk/")).toBe("https://apps.example.dk/");
    expect(webpackConfig.productionBaseUrl(undefined)).toBeUndefined();
    expect(webpackConfig.productionBaseUrl("  ")).toBeUndefined();
    expect(() => webpackConfig.productionBaseUrl("http://apps.example.dk/")).toThrow(/https/);
    expect(() => webpackConfig.productionBaseUrl("apps.example.dk")).toThrow(/not a URL/);
    expect(() => webpackConfig.productionBaseUrl("https://apps.example.dk/?v=1")).toThrow(/query/);
  });

  test("rewriting touches every dev-server URL and nothing else", () => {
    const xml =
      '<a x="https://localhost:3000/a.html"/><b y="https://localhost:3000/b/c.png"/><c z="http://schemas.microsoft.com/x"/>';
    expect(webpackConfig.rewriteBaseUrl(xml, "https://h.dk/p/")).toBe(
      '<a x="https://h.dk/p/a.html"/><b y="https://h.dk/p/b/c.png"/><c z="http://schemas.microsoft.com/x"/>',
    );
  });
});
