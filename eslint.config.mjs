import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "src/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "coverage/**",
    // Scratch space (git-ignored): test databases, the benchmarks' bare app and its build.
    ".tmp/**",
  ]),
  {
    // The domain is pure: no framework, database or server code.
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react-dom",
                "next",
                "next/*",
                "@prisma/*",
                "@/generated/*",
                "@/server/*",
                "@/app/*",
                "@/components/*",
                "node:*",
              ],
              message: "src/domain is pure TypeScript.",
            },
          ],
        },
      ],
    },
  },
  {
    // Components (client or shared) never reach into the server layer.
    files: ["src/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server/*", "@/generated/*", "@prisma/*"],
              message: "Components receive data as props; only src/app talks to src/server.",
            },
          ],
        },
      ],
    },
  },
  {
    // Inside `db.$transaction(async (tx) => …)` every query must use `tx`. With
    // SQLite's read-only reader connection (decision 011, addendum), a SELECT
    // sent to `db` there does not wait for the transaction as it used to: it
    // silently reads what was committed before it, so an authorisation or a
    // count could be checked against rows the transaction is changing.
    files: ["src/server/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='$transaction'] > :function Identifier[name=/^(db|sql)$/]",
          message: "Inside a transaction, query through its client (tx), not db or sql.",
        },
        {
          // The same for the hot path's transactions on the driver adapter (decision 025).
          selector:
            "CallExpression[callee.object.name='sql'][callee.property.name='transaction'] > :function Identifier[name=/^(db|sql)$/]",
          message: "Inside sql.transaction, query through its session (tx), not db or sql.",
        },
        {
          // Decision 011: a helper taking a client has no default, so every call shows tx or db.
          selector: "AssignmentPattern[right.name='db']",
          message: "No default database client: let each caller pass tx or db, in sight.",
        },
      ],
    },
  },
  {
    // A label and its value are joined by the language's typography (« Étape : » in French,
    // "Stage:" in English): in a message, or with labelled() (src/i18n/locales.ts), never a
    // hard-coded " : " that English would print too.
    files: ["src/app/**/*.tsx", "src/components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXText[value=/\\s:(\\s|$)/]",
          message: "Join a label and its value with labelled(locale, …) or in a message, not ' : '.",
        },
        {
          selector: "TemplateElement[value.raw=/\\s:\\s/]",
          message: "Join a label and its value with labelled(locale, …) or in a message, not ' : '.",
        },
      ],
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='only']", message: "No .only in committed tests." },
        { selector: "CallExpression[callee.property.name='skip']", message: "No skipped tests." },
      ],
    },
  },
]);
