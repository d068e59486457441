// Layering is the architecture (DESIGN.md "src/"): these rules make a wrong-way import fail the build.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

/** Relative imports that climb out of a folder into a sibling layer. */
const sibling = (name) => ({
  regex: `^(\\.\\./)+${name}(/|$)`,
  message: `this layer may not import src/${name} (DESIGN.md "src/")`,
});

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", ".local/", "test-results/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-empty": ["error", { allowEmptyCatch: false }],
    },
  },
  {
    // The domain is pure: no other layer, no I/O, no SharePoint, no UI.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...["policy", "sharepoint", "cards", "bot", "tab", "local", "cli"].map(sibling),
            { group: ["@pnp/*", "react", "react-dom", "@fluentui/*", "@microsoft/*"], message: "src/domain is pure TypeScript" },
          ],
          paths: ["fs", "node:fs", "fs/promises", "node:fs/promises", "http", "node:http", "path", "node:path"].map((name) => ({
            name,
            message: "src/domain does no I/O",
          })),
        },
      ],
    },
  },
  {
    // Cards are pure builders over domain records.
    files: ["src/cards/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["policy", "sharepoint", "bot", "tab", "local", "cli"].map(sibling) },
      ],
    },
  },
  {
    // Register files (CSV, XLSX, HTML in and out) are shared by the tab and the CLI: no SharePoint, no UI.
    files: ["src/register-files/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...["sharepoint", "cards", "bot", "tab", "local", "cli"].map(sibling), { group: ["@pnp/*", "react"], message: "register files do no SharePoint or UI work" }] },
      ],
    },
  },
  {
    // Policy packs are data plus their loader; they depend on the domain only.
    files: ["src/policy/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["sharepoint", "cards", "bot", "tab", "local", "cli"].map(sibling) },
      ],
    },
  },
  {
    // Production code never imports the stand-in; the tab and bot reach SharePoint only through src/sharepoint.
    files: ["src/sharepoint/**/*.{ts,tsx}", "src/bot/**/*.{ts,tsx}", "src/tab/**/*.{ts,tsx}", "src/cli/**/*.{ts,tsx}"],
    ignores: ["src/cli/dev/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            sibling("local"),
            { group: ["@pnp/*"], message: "only src/sharepoint talks to SharePoint (DESIGN.md)" },
          ],
        },
      ],
    },
  },
  {
    files: ["src/sharepoint/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...["local", "tab", "bot", "cards", "cli"].map(sibling)] },
      ],
    },
  },
);
