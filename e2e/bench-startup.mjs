// Start-up and memory bench for the desktop app (not a test): launches the
// release binary on a given library, times it from spawn until the UI
// reports its first view on screen and until the reuse index built at start
// is in, so that suggestions are ready (the shell prints a line for each
// when PLENARY_STARTUP_PROBE is set), then reads the resident memory of the
// app process, suggestions live, and of the WebKit processes it started. Needs an X display: run it
// under xvfb-run, as `make bench-app` does.
//
//   node e2e/bench-startup.mjs --library L [--app PATH] [--runs 5] [--drop-caches]
//
// --drop-caches empties the kernel's page cache before each run (root only),
// so every run is a cold start from disk rather than from memory.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const library = option("library");
const app = option("app", join(repo, "target", "release", "plenary-desktop"));
const runs = Number(option("runs", "5"));
const dropCaches = args.includes("--drop-caches");
if (!library) throw new Error("--library PATH is required: a populated library to open");
if (!process.env.DISPLAY) throw new Error("no DISPLAY: run this under xvfb-run");

/** A process's resident memory in MB, from /proc: `VmRSS` (everything
 * resident, shared libraries included) or `RssAnon` (its own heap and stacks). */
function rssMb(pid, field = "VmRSS") {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return line ? Number(line[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process and all its descendants, with their command names. */
function processTree(root) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push({ pid: Number(entry), name });
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [];
  const visit = (pid) => {
    for (const child of children.get(pid) ?? []) {
      tree.push(child);
      visit(child.pid);
    }
  };
  visit(root);
  return tree;
}

function launchOnce() {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(app, [], {
      env: { ...process.env, PLENARY_LIBRARY: library, PLENARY_STARTUP_PROBE: "1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("the app did not report its first view within 60 s"));
    }, 60_000);
    let output = "";
    let startupMs;
    child.stdout.on("data", async (chunk) => {
      output += chunk;
      const shown = output.match(/plenary-startup: library view shown with (\d+) documents/);
      if (shown && startupMs === undefined) startupMs = performance.now() - started;
      // Suggestions are ready once the reuse index built at start is in.
      if (!shown || !output.includes("plenary-startup: reuse index ready")) return;
      child.stdout.removeAllListeners("data");
      const suggestionsMs = performance.now() - started;
      clearTimeout(timer);
      await new Promise((r) => setTimeout(r, 2000)); // let memory settle
      const helpers = processTree(child.pid).filter((p) => p.name.startsWith("WebKit"));
      const appMb = rssMb(child.pid);
      const appAnonMb = rssMb(child.pid, "RssAnon");
      const webkitMb = helpers.reduce((sum, p) => sum + rssMb(p.pid), 0);
      child.once("exit", () =>
        resolveRun({ startupMs, suggestionsMs, documents: Number(shown[1]), appMb, appAnonMb, webkitMb, helpers: helpers.map((p) => p.name) }),
      );
      child.kill("SIGTERM");
    });
    child.once("error", reject);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];
for (let i = 0; i < runs; i++) {
  if (dropCaches) {
    execFileSync("sync");
    writeFileSync("/proc/sys/vm/drop_caches", "3");
  }
  const run = await launchOnce();
  results.push(run);
  console.log(
    `run ${i + 1}: first view with ${run.documents} documents after ${run.startupMs.toFixed(0)} ms, ` +
      `suggestions ready after ${run.suggestionsMs.toFixed(0)} ms (${(run.suggestionsMs - run.startupMs).toFixed(0)} ms after the first view); ` +
      `RSS app ${run.appMb.toFixed(1)} MB (${run.appAnonMb.toFixed(1)} MB its own), WebKit helpers ${run.webkitMb.toFixed(1)} MB (${run.helpers.join(", ")})`,
  );
}
console.log(
  `median of ${runs}${dropCaches ? " cold" : ""} runs: start-up ${median(results.map((r) => r.startupMs)).toFixed(0)} ms, ` +
    `suggestions ready ${median(results.map((r) => r.suggestionsMs - r.startupMs)).toFixed(0)} ms after the first view, ` +
    `app RSS ${median(results.map((r) => r.appMb)).toFixed(1)} MB ` +
    `(${median(results.map((r) => r.appAnonMb)).toFixed(1)} MB anonymous), ` +
    `app + WebKit RSS ${median(results.map((r) => r.appMb + r.webkitMb)).toFixed(1)} MB`,
);
