/**
 * Terminal capabilities, decided once per run from the environment (no chalk: JSON output never loads it).
 * Colour is off when stdout is not a terminal, under NO_COLOR, with --no-color or TERM=dumb;
 * FORCE_COLOR turns it on. Width is the terminal's, else $COLUMNS, else 80 (style.ts lays output out at
 * 40 to 160 columns of it).
 */
export interface StyleEnv {
  isTTY: boolean;
  columns?: number | undefined;
  env: Record<string, string | undefined>;
  /** false when --no-color was given */
  colorFlag?: boolean;
}

/** What the terminal allows; decided without loading chalk, which only human output needs. */
export function detectTerminal({ isTTY, columns, env, colorFlag = true }: StyleEnv): { color: boolean; width: number } {
  let color = isTTY && env.TERM !== "dumb";
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") color = true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") color = false;
  if (!colorFlag) color = false;
  return { color, width: terminalWidth(columns, env) };
}

/** The terminal's width where it reports one (a terminal may report 0, as under `script`), else $COLUMNS, else 80. */
export function terminalWidth(columns: number | undefined, env: Record<string, string | undefined>): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? "", 10);
  return columns && columns > 0 ? columns : fromEnv > 0 ? fromEnv : 80;
}
