/**
 * webpack for the browser preview of the task pane (`npm run preview`, `npm run build:preview`):
 * the real pane on an in-memory workbook with demo data, outside Excel. No office.js, no manifest;
 * plain http on 127.0.0.1 (the preview holds no real data and talks to no server).
 *
 *   dist-preview/index.html   the preview page
 *   dist-preview/*.js         the pane, React, Fluent UI and the demo data
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const PREVIEW_PORT = Number(process.env.SMORTE_PREVIEW_PORT || 3100);

module.exports = (_env, argv = {}) => {
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: { preview: "./src/taskpane/preview.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-preview"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/taskpane/preview.html" })],
    performance: { hints: false },
    devServer: {
      host: "127.0.0.1",
      port: PREVIEW_PORT,
      static: false,
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};

module.exports.PREVIEW_PORT = PREVIEW_PORT;
