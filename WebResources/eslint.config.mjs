// Lint rules that carry the panel's security contract: no HTML sinks, no eval-like calls, no
// reaching for the host window or the deprecated Xrm.Page (dataverse-platform.md §7.4).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const htmlSinks = "/^(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|srcdoc)$/";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "test-results.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      eqeqeq: "error",
      "no-restricted-globals": [
        "error",
        { name: "top", message: "No window.top: the host may be cross-origin (web-avoid-window-top)." },
        { name: "parent", message: "No parent: the context arrives through setClientApiContext." },
        { name: "opener", message: "No opener." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "window", property: "top", message: "No window.top (web-avoid-window-top)." },
        { object: "window", property: "parent", message: "No window.parent (do-not-make-parent-assumption)." },
        { object: "parent", property: "Xrm", message: "Use the Xrm handed over by setClientApiContext." },
        { object: "Xrm", property: "Page", message: "Xrm.Page is deprecated: use executionContext.getFormContext()." },
        { object: "document", property: "write", message: "No document.write." },
        { object: "document", property: "writeln", message: "No document.writeln." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: `MemberExpression[property.name=${htmlSinks}]`, message: "Build DOM with createElement/textContent, never from HTML strings." },
        { selector: `CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(on|style$|srcdoc$)/i]`, message: "No event-handler, style or srcdoc attributes." },
        { selector: "CallExpression[callee.name='setTimeout'][arguments.0.type='Literal']", message: "No string timers." },
        { selector: "CallExpression[callee.name='setInterval'][arguments.0.type='Literal']", message: "No string timers." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["scripts/**/*.mjs", "eslint.config.mjs"],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests feed script URLs to the panel to prove they are refused.
    files: ["__tests__/**/*.ts"],
    rules: { "no-script-url": "off" },
  },
);
