/**
 * webpack: builds the shared-runtime page and everything manifest.xml points at.
 *
 *   dist/taskpane.html       the runtime page (task pane, custom functions and ribbon share it)
 *   dist/runtime.js          small entry: registers the custom functions, loads the pane on demand
 *   dist/taskpane*.js, ...   the React/Fluent task pane, a separate chunk fetched only when shown
 *   dist/functions.json      generated from the JSDoc in src/functions/functions.ts
 *   dist/functions-da.json   Danish function names, kept by hand beside functions.ts
 *   dist/manifest.xml        with https://localhost:3000/ replaced by SMORTE_BASE_URL in production
 *   dist/assets/icon-*.png
 *   dist/office-js/          Microsoft's office.js, copied only for local use (see officeJsSource)
 *
 * `webpack --mode production` uses office.js from Microsoft's CDN (Office requires that for add-ins
 * in production); development builds and `webpack serve` use the copy in node_modules. Add
 * `--env officejs=local` to a production build to test its bundles without the internet.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsMetadataFlagsPlugin } = require("./scripts/functions-metadata.js");

const DEV_BASE_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS = "office-js/office.js";
const ICON_SIZES = [16, 32, 64, 80, 128];
const FUNCTIONS_SOURCE = path.resolve(__dirname, "src/functions/functions.ts");

/** The production base URL from SMORTE_BASE_URL, normalised to end in "/"; undefined when unset. */
function productionBaseUrl(value) {
  if (value === undefined || value.trim() === "") return undefined;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SMORTE_BASE_URL is not a URL: "${value}"`);
  }
  if (url.protocol !== "https:") throw new Error(`SMORTE_BASE_URL must use https (Office requires it): "${value}"`);
  if (url.search || url.hash) throw new Error(`SMORTE_BASE_URL must not have a query or fragment: "${value}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Point every URL of the source manifest at `baseUrl` instead of the dev server. */
function rewriteBaseUrl(manifestXml, baseUrl) {
  return manifestXml.split(DEV_BASE_URL).join(baseUrl);
}

/** Where the page loads office.js from: the CDN in production, the local copy otherwise. */
function officeJsSource(production, env = {}) {
  return production && env.officejs !== "local" ? OFFICE_JS_CDN : LOCAL_OFFICE_JS;
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJs = officeJsSource(production, env);
  const baseUrl = production ? productionBaseUrl(process.env.SMORTE_BASE_URL) : undefined;
  if (production && baseUrl === undefined && !env.quiet) {
    console.warn("SMORTE_BASE_URL is not set: dist/manifest.xml keeps https://localhost:3000/.");
  }

  const copies = [
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: baseUrl ? (content) => rewriteBaseUrl(content.toString(), baseUrl) : undefined,
    },
    { from: "src/functions/functions-da.json", to: "functions-da.json" },
    ...ICON_SIZES.map((size) => ({ from: `assets/icon-${size}.png`, to: `assets/icon-${size}.png` })),
  ];
  if (officeJs === LOCAL_OFFICE_JS) {
    copies.push({ from: "node_modules/@microsoft/office-js/dist", to: "office-js" });
  }

  const config = {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: { runtime: "./src/runtime.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime"],
        officeJs,
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      // Both metadata files get allowErrorForDataTypeAny, so an error value inside a range reaches SMORTE.
      new FunctionsMetadataFlagsPlugin(["functions.json", "functions-da.json"]),
    ],
    optimization: {
      splitChunks: {
        // Libraries used only by the lazy pane go into one named async chunk beside it.
        cacheGroups: {
          defaultVendors: { test: /[\\/]node_modules[\\/]/, name: "taskpane-vendors", chunks: "async", priority: -10 },
          // The chart library (Fluent UI v9 charts and d3) only with the charts, never with the pane itself.
          charts: {
            test: /[\\/]node_modules[\\/](@fluentui[\\/](react-charts|chart-utilities)|d3-[^\\/]+|internmap|delaunator|robust-predicates)[\\/]/,
            name: "charts-vendors",
            chunks: "async",
            priority: 0,
          },
        },
      },
    },
    // The build check prints the real sizes; the lazy pane chunk is large by nature (React + Fluent).
    performance: { hints: false },
  };

  if (serving) {
    // Certificates only when serving, so builds and tests never need them.
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
      static: false,
    };
  }
  return config;
};

Object.assign(module.exports, {
  DEV_BASE_URL,
  OFFICE_JS_CDN,
  LOCAL_OFFICE_JS,
  ICON_SIZES,
  productionBaseUrl,
  rewriteBaseUrl,
  officeJsSource,
});
