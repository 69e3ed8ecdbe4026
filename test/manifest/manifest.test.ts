/**
 * Offline validation of manifest.xml (`npm run validate`): what Office needs from a shared-runtime
 * add-in with custom functions, checked against the files the webpack config will emit. The second
 * half feeds deliberately broken manifests to the same checks to show each fault is reported.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type CheckOptions,
  type EmittedFiles,
  checkIcons,
  checkManifest,
  checkResids,
  checkRuntime,
  checkStructure,
  checkUrls,
  parseManifest,
  plannedFiles,
  pngSize,
} from "../../scripts/manifest-checks";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<Parameters<typeof plannedFiles>[0]>;

const ROOT = join(__dirname, "..", "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const MANIFEST = readFileSync(MANIFEST_PATH, "utf8");
const BASE_URL = "https://localhost:3000/";

let files: EmittedFiles;
let options: CheckOptions;

beforeAll(async () => {
  const config = await webpackConfig({ WEBPACK_BUILD: true, quiet: true }, { mode: "production" });
  files = plannedFiles(config, ROOT);
  options = { baseUrl: BASE_URL, files };
});

/** Replace `from` with `to` in the manifest, insisting that `from` is there (so a mutation can't silently miss). */
function mutate(from: string | RegExp, to: string, xml = MANIFEST): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return changed;
}

describe("manifest.xml as shipped", () => {
  test("passes every offline check against the files the production build emits", async () => {
    expect(await checkManifest(MANIFEST, options)).toEqual([]);
  });

  test("passes against the development build too (office.js copied locally)", async () => {
    const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "development" });
    const dev = plannedFiles(config, ROOT);
    expect(dev.has("office-js/office.js")).toBe(true);
    expect(await checkManifest(MANIFEST, { baseUrl: BASE_URL, files: dev })).toEqual([]);
  });

  test("is read by office-addin-manifest with our id, version, locale and names", () => {
    // In a child process: the package pulls an ESM-only dependency that jest's module loader cannot require.
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((info) => process.stdout.write(JSON.stringify(info)))`;
    const info = JSON.parse(
      execFileSync(process.execPath, ["-e", script, MANIFEST_PATH], { cwd: ROOT, encoding: "utf8" }),
    );
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.version).toBe("1.0.0.0");
    expect(info.defaultLocale).toBe("da-DK");
    expect(info.displayName).toContain("SMORTE");
    expect(info.hosts).toEqual(["Workbook"]);
  });

  test("every icon in assets/ is a real PNG at the size its name says, and not blank", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const bytes = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
      expect(pngSize(bytes)).toEqual({ width: size, height: size });
      expect(bytes.length).toBeGreaterThan(200); // an empty image of this size compresses to less
    }
  });

  test("keeps the URLs on the dev server, so the production build has one prefix to replace", async () => {
    const root = await parseManifest(MANIFEST);
    expect(checkUrls(root, options)).toEqual([]);
    expect(MANIFEST.match(/https:\/\/(?!localhost:3000\/)[a-z]/g) ?? []).toEqual([]);
  });
});

describe("the checks report a broken manifest", () => {
  test("a resid that points at no resource", async () => {
    const xml = mutate('<Label resid="TaskpaneButton.Label"/>', '<Label resid="TaskpaneButton.Lable"/>');
    const problems = checkResids(await parseManifest(xml));
    expect(problems).toContainEqual(expect.stringContaining(`resid "TaskpaneButton.Lable"`));
    expect(problems).toContainEqual(expect.stringContaining("does not resolve"));
  });

  test("a resid that points at the wrong kind of resource", async () => {
    const xml = mutate('<FunctionFile resid="Runtime.Url"/>', '<FunctionFile resid="Group.Label"/>');
    expect(checkResids(await parseManifest(xml))).toContainEqual(expect.stringContaining("expected url"));
  });

  test("an icon file that the build does not have", async () => {
    const xml = mutate(/assets\/icon-80\.png/, "assets/icon-81.png");
    const problems = await checkManifest(xml, options);
    expect(problems).toContainEqual(expect.stringContaining(`icon file "assets/icon-81.png" is missing`));
  });

  test("an icon that is missing from the build output even though the manifest is unchanged", async () => {
    const without: EmittedFiles = { ...files, has: (path) => path !== "assets/icon-16.png" && files.has(path) };
    const problems = checkIcons(await parseManifest(MANIFEST), { baseUrl: BASE_URL, files: without });
    expect(problems).toContainEqual(expect.stringContaining(`"assets/icon-16.png" is missing`));
  });

  test("an icon declared at a size it does not have", async () => {
    const xml = mutate(
      /Icon\.32x32" DefaultValue="https:\/\/localhost:3000\/assets\/icon-32\.png/,
      'Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png',
    );
    expect(checkIcons(await parseManifest(xml), options)).toContainEqual(
      expect.stringContaining("is 16x16 px, expected 32x32"),
    );
  });

  test("a runtime whose lifetime is not long", async () => {
    const xml = mutate('lifetime="long"', 'lifetime="short"');
    expect(checkRuntime(await parseManifest(xml))).toContainEqual(expect.stringContaining(`must be lifetime="long"`));
    expect(await checkManifest(xml, options)).not.toEqual([]);
  });

  test("a task pane action that uses another page than the runtime", async () => {
    const xml = mutate(
      /(<TaskpaneId>Smorte\.Taskpane<\/TaskpaneId>\s*<SourceLocation resid=")Runtime\.Url/,
      "$1Other.Url",
    ).replace("</bt:Urls>", '<bt:Url id="Other.Url" DefaultValue="https://localhost:3000/taskpane.html"/></bt:Urls>');
    expect(checkRuntime(await parseManifest(xml))).toContainEqual(
      expect.stringContaining(`ShowTaskpane <Action><SourceLocation> uses resid "Other.Url"`),
    );
  });

  test("<Runtimes> that is not right after <Host>", async () => {
    const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(MANIFEST)?.[0] ?? "";
    const xml = mutate(runtimes, "").replace("</AllFormFactors>", `</AllFormFactors>${runtimes}`);
    expect(checkStructure(await parseManifest(xml))).toContainEqual(
      expect.stringContaining("<Runtimes> is out of order"),
    );
  });

  test("top-level elements out of schema order", async () => {
    const xml = mutate(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, "").replace(
      "<Hosts>",
      "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>",
    );
    expect(checkStructure(await parseManifest(xml))).toContainEqual(expect.stringContaining("out of order"));
  });

  test("a URL that the build does not emit", async () => {
    const xml = mutate("https://localhost:3000/functions.json", "https://localhost:3000/functions/functions.json");
    expect(await checkManifest(xml, options)).toContainEqual(
      expect.stringContaining(`"functions/functions.json" is not emitted by the build`),
    );
  });

  test("a ribbon string without its English override", async () => {
    const xml = mutate(/\s*<bt:Override Locale="en-US" Value="Open SMORTE"\/>/, "");
    expect(await checkManifest(xml, options)).toContainEqual(
      expect.stringContaining(`ribbon string "TaskpaneButton.Label" has no en-US`),
    );
  });

  test("functions metadata without the Danish override", async () => {
    const xml = mutate(/\s*<bt:Override Locale="da-DK" Value="[^"]*functions-da\.json"\/>/, "");
    expect(await checkManifest(xml, options)).toContainEqual(expect.stringContaining("has no da-DK"));
  });

  test("a host other than Workbook, and XML that does not parse", async () => {
    expect(await checkManifest(mutate('<Host Name="Workbook"/>', '<Host Name="Document"/>'), options)).toContainEqual(
      expect.stringContaining(`<Host Name="Workbook"/>`),
    );
    expect(await checkManifest(mutate("</OfficeApp>", "</OfficeAp>"), options)).toEqual([
      expect.stringContaining("not well-formed XML"),
    ]);
  });
});
