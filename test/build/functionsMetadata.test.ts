/**
 * The build step over the custom functions' metadata: both emitted files carry
 * `allowErrorForDataTypeAny: true` at the top, so an error value inside a range argument reaches the
 * functions (which answer with the Danish message naming the row) instead of Excel answering #N/A.
 */
import webpack from "webpack";
import danish from "../../src/functions/functions-da.json";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const metadata = require("../../scripts/functions-metadata.js") as {
  METADATA_FLAGS: Record<string, boolean>;
  withMetadataFlags(json: Record<string, unknown>): Record<string, unknown>;
  FunctionsMetadataFlagsPlugin: new (assets?: string[]) => webpack.WebpackPluginInstance;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<{ plugins: Array<{ constructor: { name: string }; assets?: string[] }> }>;

describe("the functions' metadata flags", () => {
  test("the flags go at the top, before the functions; everything else is kept", () => {
    const out = metadata.withMetadataFlags({ functions: [{ id: "X" }], extra: 1 });
    expect(Object.keys(out)).toEqual([
      "extra",
      "allowErrorForDataTypeAny",
      "allowCustomDataForDataTypeAny",
      "functions",
    ]);
    expect(out).toMatchObject({ allowErrorForDataTypeAny: true, functions: [{ id: "X" }], extra: 1 });
  });

  test("the Danish metadata as kept by hand becomes flagged without losing a function", () => {
    const out = metadata.withMetadataFlags(danish as unknown as Record<string, unknown>) as typeof danish & {
      allowErrorForDataTypeAny: boolean;
    };
    expect(out.allowErrorForDataTypeAny).toBe(true);
    expect(out.functions.map((f) => f.id)).toEqual(danish.functions.map((f) => f.id));
  });

  test("the webpack config applies the step to functions.json and functions-da.json", async () => {
    const config = await webpackConfig({ WEBPACK_BUILD: true, quiet: true }, { mode: "production" });
    const step = config.plugins.find((p) => p.constructor.name === "FunctionsMetadataFlagsPlugin");
    expect(step?.assets).toEqual(["functions.json", "functions-da.json"]);
  });

  test("inside a webpack compilation the emitted assets are rewritten, and a missing one is an error", async () => {
    const compiler = webpack({
      mode: "production",
      context: __dirname,
      entry: { none: "data:text/javascript,0" },
      output: { path: "/tmp/smorte-functions-metadata-test" },
      plugins: [
        {
          apply(c: webpack.Compiler) {
            c.hooks.thisCompilation.tap("Emit", (compilation) => {
              compilation.hooks.processAssets.tap(
                { name: "Emit", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
                () => {
                  compilation.emitAsset("functions.json", new webpack.sources.RawSource('{"functions":[{"id":"A"}]}'));
                },
              );
            });
          },
        },
        new metadata.FunctionsMetadataFlagsPlugin(["functions.json", "functions-da.json"]),
      ],
    });
    (compiler as unknown as { outputFileSystem: unknown }).outputFileSystem = {
      mkdir: (_p: string, _o: unknown, cb: (e: null) => void) =>
        typeof _o === "function" ? (_o as (e: null) => void)(null) : cb(null),
      writeFile: (_p: string, _d: unknown, cb: (e: null) => void) => cb(null),
      stat: (_p: string, cb: (e: Error) => void) => cb(new Error("none")),
    };
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((err, s) => (err ? reject(err) : resolve(s as webpack.Stats))),
    );
    const asset = stats.compilation.getAsset("functions.json");
    expect(JSON.parse(asset!.source.source().toString())).toEqual({
      allowErrorForDataTypeAny: true,
      allowCustomDataForDataTypeAny: true,
      functions: [{ id: "A" }],
    });
    expect(stats.compilation.errors.map((e) => e.message)).toEqual([
      "FunctionsMetadataFlagsPlugin: functions-da.json was not emitted",
    ]);
  }, 60_000);
});
