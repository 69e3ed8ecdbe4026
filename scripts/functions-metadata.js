/**
 * A build step over the custom functions' metadata (dist/functions.json, generated from the JSDoc in
 * src/functions/functions.ts, and dist/functions-da.json, the Danish names kept by hand).
 *
 * Both get `allowErrorForDataTypeAny: true` at the top: without it Excel stops at the first error
 * value inside a range argument (one #N/A anywhere in Maal[#Alle], even in a user's own column) and
 * shows a bare #N/A instead of calling SMORTE, so the Danish message naming the row never appears.
 * `allowCustomDataForDataTypeAny: true` keeps data types (linked entities) reaching the functions.
 *
 * CommonJS so webpack.config.js can require it; the jest tests call `withMetadataFlags` directly.
 */
const { sources, Compilation } = require("webpack");

/** The top-level flags every metadata file must carry. */
const METADATA_FLAGS = Object.freeze({ allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true });

/** The metadata with the flags at the top (before `functions`), everything else unchanged. */
function withMetadataFlags(metadata) {
  const { functions, ...rest } = metadata;
  return { ...rest, ...METADATA_FLAGS, functions };
}

/** webpack plugin: rewrite the named metadata assets once every plugin has added its assets. */
class FunctionsMetadataFlagsPlugin {
  constructor(assets = ["functions.json", "functions-da.json"]) {
    this.assets = assets;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataFlagsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataFlagsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const name of this.assets) {
            const asset = compilation.getAsset(name);
            if (!asset) {
              compilation.errors.push(new Error(`FunctionsMetadataFlagsPlugin: ${name} was not emitted`));
              continue;
            }
            const json = JSON.parse(asset.source.source().toString());
            compilation.updateAsset(
              name,
              new sources.RawSource(`${JSON.stringify(withMetadataFlags(json), null, 2)}\n`),
            );
          }
        },
      );
    });
  }
}

module.exports = { METADATA_FLAGS, withMetadataFlags, FunctionsMetadataFlagsPlugin };
