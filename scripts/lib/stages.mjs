// Runs the stages of `npm test` (scripts/test.mjs) and `npm run test:quick`,
// one after the other or two at a time, and prints how long each took.
import { spawn } from "node:child_process";

/** "1 min 05 s" / "42.3 s"; rounded first, so 179.6 s is "3 min 00 s", not "2 min 60 s". */
export function formatDuration(ms) {
  const tenths = Math.round(ms / 100) / 10;
  if (tenths < 60) return `${tenths.toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  const m = Math.floor(seconds / 60);
  return `${m} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/**
 * Runs one command. Alone, its output goes straight to the terminal; beside
 * another (`buffered`), it is kept and printed in one piece when it ends, so
 * two stages' lines never interleave.
 */
function runStage(stage, { buffered, env, cwd }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(stage.cmd, stage.args, {
      cwd,
      env: { ...env, ...stage.env },
      stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    const chunks = [];
    if (buffered) {
      child.stdout.on("data", (c) => chunks.push(c));
      child.stderr.on("data", (c) => chunks.push(c));
    }
    const done = (code) => {
      const ms = Date.now() - started;
      if (buffered) {
        console.log(`\n━━ ${stage.name} (ran beside another stage; its output) ━━`);
        process.stdout.write(Buffer.concat(chunks));
      }
      resolve({ name: stage.name, code, ms });
    };
    child.on("error", (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on("exit", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

function printTable(results, pending, totalMs) {
  const rows = [
    ...results.map((r) => [r.code === 0 ? "✓" : "✗", r.name, formatDuration(r.ms)]),
    ...pending.map((name) => ["·", name, "not run"]),
  ];
  const width = Math.max(...rows.map((r) => r[1].length), 5);
  console.log("\n━━ Stage times ━━");
  for (const [mark, name, time] of rows) console.log(`${mark} ${name.padEnd(width)}  ${time.padStart(10)}`);
  console.log(
    `  ${"total".padEnd(width)}  ${formatDuration(totalMs).padStart(10)}  (wall clock; stages side by side overlap)`,
  );
}

/**
 * `plan` is a list of steps; a step is a stage ({ name, cmd, args, env?,
 * hint? printed when it fails }) or
 * an array of stages that run side by side. Stops after the first step with a
 * failed stage (the other stages of that step finish first), prints the table
 * of stage times either way, and exits non-zero on failure.
 */
export async function runStages(plan, { env = process.env, cwd = process.cwd() } = {}) {
  const started = Date.now();
  const results = [];
  for (let i = 0; i < plan.length; i++) {
    const step = Array.isArray(plan[i]) ? plan[i] : [plan[i]];
    if (step.length === 1) console.log(`\n━━ ${step[0].name} ━━`);
    else console.log(`\n━━ ${step.map((s) => s.name).join(" ‖ ")} (side by side) ━━`);
    const outcomes = await Promise.all(step.map((stage) => runStage(stage, { buffered: step.length > 1, env, cwd })));
    results.push(...outcomes);
    const failed = outcomes.filter((o) => o.code !== 0);
    if (failed.length > 0) {
      const pending = plan.slice(i + 1).flatMap((s) => (Array.isArray(s) ? s : [s]).map((x) => x.name));
      printTable(results, pending, Date.now() - started);
      for (const f of failed) {
        console.error(`\n✗ ${f.name} failed (exit code ${f.code})`);
        const hint = step.find((stage) => stage.name === f.name)?.hint;
        if (hint) console.error(hint);
      }
      process.exit(failed[0].code || 1);
    }
  }
  printTable(results, [], Date.now() - started);
  return results;
}

/** A stage that runs an npm script. */
export const npmStage = (name, script, extra = {}) => ({
  name,
  cmd: "npm",
  args: ["run", "--silent", script],
  ...extra,
});
