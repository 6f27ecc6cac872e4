/**
 * Paging long human output: through $CAREERS_PAGER, else $PAGER, else `less -R` — only when stdout is a
 * terminal, paging is on (no --no-pager) and the output has more lines than the terminal has rows.
 * An empty CAREERS_PAGER or PAGER turns paging off. Pure; the spawning is in pager-spawn.ts.
 */
export interface PagerInput {
  text: string;
  isTTY: boolean;
  rows: number | undefined;
  env: Record<string, string | undefined>;
  /** false with --no-pager */
  enabled: boolean;
}

export const DEFAULT_PAGER = "less -R";

/** The pager command line to use, or null to print directly. */
export function choosePager({ text, isTTY, rows, env, enabled }: PagerInput): string | null {
  if (!enabled || !isTTY || !rows || rows <= 0) return null;
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  if (lines <= rows) return null;
  const command = env.CAREERS_PAGER ?? env.PAGER ?? DEFAULT_PAGER;
  return command.trim() === "" ? null : command.trim();
}
