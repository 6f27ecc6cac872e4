/** The user's cache folder, on its own: the start-up's code cache (app/code-cache.ts) loads nothing else. */
import { homedir } from "node:os";
import { join } from "node:path";

/** $CAREERS_CACHE_DIR, else $XDG_CACHE_HOME/careers, else the platform's cache folder; null when disabled. */
export function cacheDir(
  env: Record<string, string | undefined>,
  platform: string = process.platform,
  home: string = homedir(),
): string | null {
  if (env.CAREERS_NO_CACHE) return null;
  if (env.CAREERS_CACHE_DIR) return env.CAREERS_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "careers");
  if (platform === "darwin") return join(home, "Library", "Caches", "careers");
  if (platform === "win32") return join(env.LOCALAPPDATA ?? join(home, "AppData", "Local"), "careers", "cache");
  return join(home, ".cache", "careers");
}
