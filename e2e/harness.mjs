// Starts the real app for an end-to-end test: a fresh temporary library,
// tauri-driver (which runs Debian's WebKitWebDriver, which launches the
// debug binary in a real window) and a WebdriverIO session on it. Run it
// under Xvfb (`make e2e` does): there is no window manager, so screenshots
// come from WebDriver, not from the X root.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, "..");
export const screenshots = join(here, "screenshots");
const targetDir = process.env.CARGO_TARGET_DIR ? resolve(repo, process.env.CARGO_TARGET_DIR) : join(repo, "target");
/** The two sample statements the project carries (assets/samples). */
export const SAMPLES = ["000_5c31588e92ad25d3.txt", "003_978cf70d252c8f46.txt"].map((name) => join(repo, "assets", "samples", name));
const application = process.env.PLENARY_APP ?? join(targetDir, "debug", "plenary-desktop");
const tauriDriver = process.env.TAURI_DRIVER ?? join(homedir(), ".cargo", "bin", "tauri-driver");

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForPort(port, child, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited with code ${child.exitCode}`);
    const open = await new Promise((ok) => {
      const socket = connect(port, "127.0.0.1", () => (socket.end(), ok(true)));
      socket.once("error", () => ok(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listened on port ${port} within ${timeoutMs} ms`);
}

/** The processes under `pid` (its children, theirs, …), read from /proc. */
function descendants(pid) {
  const found = [];
  const visit = (parent) => {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let children = "";
      try {
        children = readFileSync(`/proc/${parent}/task/${task}/children`, "utf8");
      } catch {
        continue;
      }
      for (const child of children.split(/\s+/).filter(Boolean).map(Number)) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(pid);
  return found;
}

/** Launches the app on a new temporary library, with `env` added to its
 * environment; `prepare(libraryPath)` may write that file first. Each run
 * starts in English: the webview keeps its data (the interface language the
 * person chose) in a folder of the run's own (XDG_DATA_HOME), and the
 * system's locale is C, which the webview reports as none of the six. With
 * `options.workdir` (the `workdir` of an earlier launch, closed with
 * `keep`) it opens that folder's library again instead.
 * `pick(paths)` sets what the next "Import…" dialog answers (see
 * PLENARY_TEST_PICKS in the shell). */
export async function launch(env = {}, prepare = () => {}, options = {}) {
  const workdir = options.workdir ?? mkdtempSync(join(tmpdir(), "plenary-e2e-"));
  const library = join(workdir, "library.db");
  if (!options.workdir) prepare(library);
  const picks = join(workdir, "picks.txt");
  writeFileSync(picks, "");
  mkdirSync(screenshots, { recursive: true });
  const [port, nativePort] = [await freePort(), await freePort()];
  const driver = spawn(tauriDriver, ["--port", String(port), "--native-port", String(nativePort)], {
    env: {
      ...process.env,
      LC_ALL: "C.UTF-8",
      LANGUAGE: "",
      ...env,
      XDG_DATA_HOME: join(workdir, "webview"),
      PLENARY_LIBRARY: library,
      PLENARY_TEST_PICKS: picks,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  // tauri-driver listens at once but starts WebKitWebDriver behind it; a
  // session requested before that one listens is refused.
  await waitForPort(port, driver);
  await waitForPort(nativePort, driver);
  const browser = await remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "error",
    connectionRetryCount: 0,
    capabilities: {
      "wdio:enforceWebDriverClassic": true,
      browserName: "wry",
      "tauri:options": { application },
    },
  });
  return {
    browser,
    workdir,
    /** Writes a file into the temporary folder and returns its path. */
    file(name, content) {
      const path = join(workdir, name);
      writeFileSync(path, content);
      return path;
    },
    pick(paths) {
      writeFileSync(picks, paths.join("\n"));
    },
    /** Types text as keystrokes, a doubled character starting a new batch
     * (WebKitWebDriver drops the second of two identical keys sent at once,
     * "cooperation" arriving as "coperation"). */
    async type(text) {
      let start = 0;
      for (let i = 1; i <= text.length; i++) {
        if (i === text.length || text[i] === text[i - 1]) {
          await browser.keys(text.slice(start, i));
          start = i;
        }
      }
    },
    /** Imports `paths` through the first-run "Import documents…" button
     * and closes the import sheet once it has finished. */
    async importFromEmptyState(paths) {
      this.pick(paths);
      const byTestId = (id) => browser.$(`[data-testid="${id}"]`);
      await byTestId("empty-import").click();
      await browser.waitUntil(async () => (await byTestId("import-sheet").getAttribute("data-phase")) === "finished", { timeout: 30_000 });
      await byTestId("import-done").click();
      await byTestId("import-sheet").waitForExist({ reverse: true, timeout: 30_000 });
    },
    /** The backup files in the library's backups folder (none before it exists). */
    backups() {
      const folder = join(workdir, "backups");
      return existsSync(folder) ? readdirSync(folder).filter((name) => /^plenary-.*\.db$/.test(name)) : [];
    },
    async screenshot(name) {
      await browser.pause(250); // let transitions settle
      await browser.saveScreenshot(join(screenshots, `${name}.png`));
    },
    /** Kills the app's own process (SIGKILL, no chance to save), found
     * by its executable among tauri-driver's descendants; returns its pid. */
    crash() {
      const executable = realpathSync(application);
      const pid = descendants(driver.pid).find((candidate) => {
        try {
          return readlinkSync(`/proc/${candidate}/exe`) === executable;
        } catch {
          return false;
        }
      });
      if (pid === undefined) throw new Error("the app's process was not found under tauri-driver");
      process.kill(pid, "SIGKILL");
      return pid;
    },
    /** Ends the session; `keep` leaves the library folder for a relaunch. */
    async close({ keep = false } = {}) {
      await browser.deleteSession().catch(() => {});
      driver.kill();
      if (!keep) rmSync(workdir, { recursive: true, force: true });
    },
  };
}
