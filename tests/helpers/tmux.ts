/**
 * Drive the built binary in a real terminal with tmux: start it in a detached session of a fixed size,
 * send keys, read the screen. Each session has its own socket so tests never see each other.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT } from "./run.js";

export const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
/** Terminal tests run wherever tmux is; in CI they always run (and fail if .ci/run did not install it). */
export const runTerminalTests = hasTmux || process.env.CI === "true";

export class TmuxSession {
  private readonly socket: string;
  readonly name = "careers";
  private readonly exitFile: string;

  /** `setup`: a shell command run in the pane first, such as `stty cols 0` (a terminal that reports no width) */
  constructor(args: string[], opts: { env?: Record<string, string>; width?: number; height?: number; setup?: string } = {}) {
    const dir = mkdtempSync(join(tmpdir(), "careers-tmux-"));
    this.socket = join(dir, "sock");
    this.exitFile = join(dir, "exit");
    const env = Object.entries({ TERM: "xterm-256color", NO_COLOR: "1", ...opts.env })
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(" ");
    const quoted = args.map((a) => JSON.stringify(a)).join(" ");
    // record the exit code, then keep the pane open so the final screen can be read
    const script = `cd ${JSON.stringify(ROOT)}; ${opts.setup ? `${opts.setup}; ` : ""}env ${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${quoted}; echo $? > ${JSON.stringify(this.exitFile)}; sleep 600`;
    this.tmux("new-session", "-d", "-s", this.name, "-x", String(opts.width ?? 100), "-y", String(opts.height ?? 40), "bash", "-c", script);
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-S", this.socket, ...args], { encoding: "utf8" });
  }

  /** Keys as tmux names them: "Enter", "Down", "C-c", "Space", or literal text. */
  send(...keys: string[]): void {
    for (const k of keys) this.tmux("send-keys", "-t", this.name, k);
  }

  type(text: string): void {
    this.tmux("send-keys", "-t", this.name, "-l", "--", text);
  }

  screen(): string {
    return this.tmux("capture-pane", "-p", "-t", this.name, "-S", "-200");
  }

  /** Only what is on the pane now, without the lines scrolled off it. */
  visible(): string {
    return this.tmux("capture-pane", "-p", "-t", this.name);
  }

  /** Wait until the screen matches, or throw with the screen's contents. */
  async waitFor(pattern: RegExp | string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = this.screen();
      if (typeof pattern === "string" ? s.includes(pattern) : pattern.test(s)) return s;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The program's exit code, once it has ended. */
  async exitCode(timeoutMs = 10_000): Promise<number> {
    const { readFileSync, existsSync } = await import("node:fs");
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(this.exitFile) || readFileSync(this.exitFile, "utf8").trim() === "") {
      if (Date.now() > deadline) throw new Error(`program did not exit; screen:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return Number(readFileSync(this.exitFile, "utf8").trim());
  }

  close(): void {
    spawnSync("tmux", ["-S", this.socket, "kill-server"]);
  }
}
