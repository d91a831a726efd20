// Human-readable numbers, shared by every renderer and by the verdicts' reasons.

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${sign}${value.toFixed(digits)} ${UNITS[unit]}`;
}

// One formatter for every call: toLocaleString builds a new one each time (a third of a
// millisecond apiece, which added up to a tenth of the analysis of 1,500 small files).
const COUNT = new Intl.NumberFormat('en-US');

/** A count with thousands separators, e.g. 12,345 (as toLocaleString('en-US') writes it). */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

// Likewise localeCompare builds a collator per call: ordering 1,500 test ids cost 6 ms with it.
const COLLATOR = new Intl.Collator();

/** Orders two names exactly as a.localeCompare(b) does (default locale and options). */
export function compareText(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}
