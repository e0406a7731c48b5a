#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium, in this order:
// CHROMIUM_PATH if set; Debian's /usr/bin/chromium; a browser Playwright
// already downloaded; Debian's package installed now (as root); Playwright's
// own download. playwright.config.ts picks the same one.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";

function installed() {
  if (process.env.CHROMIUM_PATH) return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const own = chromium.executablePath();
  return own && fs.existsSync(own) ? own : null;
}

function attempt(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: "inherit", timeout: 900_000 });
    return true;
  } catch {
    return false;
  }
}

let found = installed();
if (!found && !process.env.CHROMIUM_PATH) {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root) {
    console.log("No Chromium found: installing Debian's chromium package…");
    const installedNow = attempt("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]);
    // The package index may be stale on a fresh machine.
    if (!installedNow && attempt("apt-get", ["update"]))
      attempt("apt-get", ["install", "-y", "--no-install-recommends", "chromium"]);
  }
  found = installed();
  if (!found) {
    console.log("Trying Playwright's own Chromium download…");
    attempt("npx", ["playwright", "install", "chromium"]);
    found = installed();
  }
}
if (!found) {
  console.error(
    "No Chromium for the end-to-end tests. Install Debian's `chromium` package or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}
console.log(`Chromium for end-to-end tests: ${found}`);
