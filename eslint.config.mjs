// @ts-check
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", ".bench/**", "node_modules/**", "out/**", "test-artifacts/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.ts", "src/**/*.tsx", "test/**/*.ts", "test/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // The core is pure: no host, UI or runtime APIs, so every host shares one behaviour.
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "os", "child_process"], message: "src/core không được dùng API của Node." },
            { group: ["exceljs", "react", "react-dom", "@fluentui/*", "@microsoft/office-js"], message: "src/core không phụ thuộc host hay giao diện." },
            { group: ["**/hosts/**", "**/taskpane/**", "**/cli/**"], message: "src/core không được nhập từ host, giao diện hay CLI." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "require"],
    },
  },
);
