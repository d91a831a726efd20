// Durations on the command line, in the grammar the Python collector reads from MEMLEAK_SOAK
// (collector/python/memleak_pytest/settings.py, parse_duration): "90", "2.5s", "30m", "1h30m", "1d".
import { UsageError } from '../exit-codes.js';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
/** The collector's limit: a week. */
export const MAX_SECONDS = 7 * 86400;

/** Seconds from `raw`, above 0 and at most a week; a UsageError naming `flag` otherwise. */
export function parseDuration(flag: string, raw: string): number {
  const text = raw.trim().toLowerCase();
  let seconds = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(seconds) && /^(\d+(\.\d+)?[smhd])+$/.test(text)) {
    seconds = 0;
    for (const [, number, unit] of text.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) seconds += Number(number) * UNITS[unit!]!;
  }
  if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
    throw new UsageError(`${flag} takes a duration above 0 and at most ${MAX_SECONDS}s, such as 90, 2.5s, 30m or 1h30m; got "${raw}"`);
  }
  return seconds;
}
