/**
 * The process's stdout and stderr as the io writes them. A terminal goes through process.stdout and
 * process.stderr (their width, their colours). A pipe or a file is written with fs.writeSync on its file
 * descriptor, and the stream is never made: making process.stdout for a pipe loads Node's net and stream
 * modules, about 16M instructions of a run (valgrind's cachegrind: `node -e 0` 499M, with
 * `process.stdout.write("x")` 517M, with `fs.writeSync(1, "x")` 501M), a tenth of what a command adds to
 * bare node. What is written, and in what order, is the same either way. (commander's own load of
 * node:child_process, which loads them too, is put off by the build: src/build/main.ts.)
 */
import { fstatSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { EXIT } from "../errors.js";

/**
 * Whether descriptor `fd` is a terminal: tty's isatty, asked only of a character device (a terminal is
 * one; a pipe or a file is not), since loading node:tty loads net and the stream modules too.
 */
export function isTerminal(fd: number): boolean {
  let device: boolean;
  try {
    device = fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
  return device && (createRequire(import.meta.url)("node:tty") as typeof import("node:tty")).isatty(fd);
}

/**
 * What a failed write of the output does: the reader gone (`careers show clerk | head -1`) ends the run
 * quietly with its exit code; another failure (`> /dev/full`) is said in one line, exit 1.
 */
export function outputFailed(err: NodeJS.ErrnoException): never {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`careers: cannot write the output: ${err.message.replace(/^E[A-Z]+: /, "").replace(/, write$/, "")}\n`);
  process.exit(EXIT.data);
}

/** stdout's stream, made on first use, with the failure above on its errors. */
let stdoutStream: NodeJS.WriteStream | undefined;
function stdout(): NodeJS.WriteStream {
  if (!stdoutStream) {
    stdoutStream = process.stdout;
    stdoutStream.on("error", outputFailed);
  }
  return stdoutStream;
}

/**
 * A writer of descriptor `fd`: its stream where that is a terminal, else writeSync. Where the descriptor
 * is non-blocking and the pipe full (EAGAIN: a parent made it so), the rest and every later write go
 * through the stream, which waits for the reader. Another failure of stdout is `outputFailed`'s; of
 * stderr, the stream's (as before: a stderr that cannot be written has no one to tell). `write` is
 * writeSync but in tests.
 */
export function fdWriter(fd: 1 | 2, tty = isTerminal(fd), write: typeof writeSync = writeSync): (text: string) => void {
  const stream = fd === 1 ? stdout : () => process.stderr;
  let streamed = tty;
  return (text) => {
    if (streamed) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    let done = 0;
    try {
      while (done < bytes.length) done += write(fd, bytes, done, bytes.length - done);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === "EAGAIN" || fd === 2) {
        streamed = true;
        stream().write(bytes.subarray(done));
      } else outputFailed(e);
    }
  };
}
