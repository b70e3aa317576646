// Builds the task pane (src/taskpane) for Excel and for file mode in a plain browser.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const PORT = 3000;

/** https for Office: the dev certificate office-addin-dev-certs installs; only needed when serving. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    // The reading thread of "Tổng hợp" is a bundle of its own, at a fixed name the pane starts it by.
    entry: { taskpane: "./src/taskpane/index.tsx", "reader-worker": "./src/hosts/xlsx/readerWorker.ts" },
    output: {
      path: path.resolve(__dirname, "dist", "web"),
      filename: (pathData) => (pathData.chunk.name === "reader-worker" ? "reader-worker.js" : "[name].[contenthash:8].js"),
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json", transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml" },
          // pdfjs-dist reads PDFs in a worker; the pane's plan import loads it from beside taskpane.html.
          { from: require.resolve("pdfjs-dist/build/pdf.worker.min.mjs"), to: "pdf.worker.min.js" },
        ] }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // ExcelJS (in its browser build, no Node polyfills needed) is most of the download; only
          // file mode loads it, with the file host (src/taskpane/hostChoice.ts).
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", enforce: true },
        },
      },
    },
    performance: { hints: false },
    devServer: {
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving && !env.http ? { type: "https", options: await httpsOptions() } : "http",
      static: false,
    },
  };
};
