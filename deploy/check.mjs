#!/usr/bin/env node
// `npm run deploy:check`: checks the reference deployment's files.
// - deploy/nginx/regards-croises.conf with `nginx -t`, inside a throwaway main
//   configuration (temporary prefix, pid and logs) and with a self-signed
//   certificate made with openssl in place of the real one;
// - the systemd units with `systemd-analyze verify`, when it is there.
// Needs Debian's nginx and openssl packages; fails, not skips, without them.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const DEPLOY = path.dirname(new URL(import.meta.url).pathname);
const which = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim() || null;
const fail = (message) => {
  console.error(`✗ ${message}`);
  process.exit(1);
};

const nginx = which("nginx") ?? (fs.existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : null);
if (!nginx) fail("nginx is not installed (Debian: apt-get install -y nginx).");
if (!which("openssl")) fail("openssl is not installed (Debian: apt-get install -y openssl).");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "regards-croises-nginx-"));
try {
  const cert = path.join(dir, "fullchain.pem");
  const key = path.join(dir, "privkey.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=regards.example.org",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "ignore" },
  );
  const site = fs
    .readFileSync(path.join(DEPLOY, "nginx", "regards-croises.conf"), "utf8")
    .replace(/^(\s*ssl_certificate\s+)\S+;/m, `$1${cert};`)
    .replace(/^(\s*ssl_certificate_key\s+)\S+;/m, `$1${key};`);
  if (!site.includes(cert) || !site.includes(key))
    fail("the site file has no ssl_certificate / ssl_certificate_key line.");
  fs.writeFileSync(path.join(dir, "site.conf"), site);
  // What Debian's /etc/nginx/nginx.conf gives a site file: an http block.
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${path.join(dir, "error.log")};`,
      "events {}",
      "http {",
      `  access_log ${path.join(dir, "access.log")};`,
      `  include ${path.join(dir, "site.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const result = spawnSync(
    nginx,
    ["-t", "-p", dir, "-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf")],
    {
      encoding: "utf8",
    },
  );
  process.stdout.write(result.stderr);
  if (result.status !== 0) fail("nginx -t refused deploy/nginx/regards-croises.conf (above).");
  console.log("✓ deploy/nginx/regards-croises.conf: nginx -t accepts it.");
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const analyze = which("systemd-analyze");
if (!analyze) {
  console.log("systemd-analyze is not installed: the units were not checked.");
} else {
  const units = fs.readdirSync(path.join(DEPLOY, "systemd")).map((f) => path.join(DEPLOY, "systemd", f));
  // The template is checked as one of its instances.
  const unitDir = fs.mkdtempSync(path.join(os.tmpdir(), "regards-croises-units-"));
  try {
    const names = [];
    for (const unit of units) {
      const name = path.basename(unit).replace("@.service", "@3000.service");
      fs.copyFileSync(unit, path.join(unitDir, path.basename(unit)));
      names.push(path.join(unitDir, name));
    }
    const result = spawnSync(analyze, ["verify", ...names], {
      encoding: "utf8",
      env: { ...process.env, SYSTEMD_UNIT_PATH: `${unitDir}:` },
    });
    // It exits 0 on unknown keys and typos, which it only prints: any output is a problem.
    const problems = `${result.stdout}${result.stderr}`.split("\n").filter((line) => line.trim() !== "");
    if (result.status !== 0) problems.push(`systemd-analyze exited with ${result.status}`);
    if (problems.length > 0) {
      console.log(problems.join("\n"));
      fail("systemd-analyze verify reported problems in deploy/systemd/ (above).");
    }
    console.log(`✓ deploy/systemd/: systemd-analyze verify accepts ${units.length} units.`);
  } finally {
    fs.rmSync(unitDir, { recursive: true, force: true });
  }
}
