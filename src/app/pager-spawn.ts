/**
 * Run a pager with the text on its stdin and wait for it to end. The command line is split on spaces
 * (no shell): `less -R`, `more`, `most -s`. Resolves false when the pager cannot be started, so the
 * caller prints the text instead. Ctrl-C belongs to the pager while it runs. As git does, LESS defaults
 * to FRX: the text stays on the screen after quitting.
 */
import { spawn } from "node:child_process";

export function spawnPager(command: string, text: string): Promise<boolean> {
  const [file, ...args] = command.split(/\s+/);
  return new Promise((resolve) => {
    const ignore = () => {};
    process.on("SIGINT", ignore);
    const done = (started: boolean) => {
      process.off("SIGINT", ignore);
      resolve(started);
    };
    const child = spawn(file!, args, { stdio: ["pipe", "inherit", "inherit"], env: { ...process.env, LESS: process.env.LESS ?? "FRX" } });
    child.on("error", () => done(false));
    child.on("spawn", () => {
      // the reader may quit before reading it all: not an error
      child.stdin.on("error", () => {});
      child.stdin.end(text);
    });
    child.on("close", () => done(true));
  });
}
