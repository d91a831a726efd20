// Robust statistics for short series (a handful to a few hundred batches).

// One buffer for every call: the medians of a report are taken over thousands of short series,
// and allocating a sorted copy of each cost more than the sorting (bench/analyze.ts).
let scratch = new Float64Array(64);

/** Sorts scratch[0..n) in place: insertion sort for short series, the typed array's sort beyond. */
function sortScratch(n: number): Float64Array {
  if (n > 32) return scratch.subarray(0, n).sort();
  for (let i = 1; i < n; i++) {
    const value = scratch[i]!;
    let j = i - 1;
    while (j >= 0 && scratch[j]! > value) {
      scratch[j + 1] = scratch[j]!;
      j -= 1;
    }
    scratch[j + 1] = value;
  }
  return scratch;
}

/** The median of the first n values in scratch (0 when n is 0). */
function medianOfScratch(n: number, hasNaN: boolean): number {
  if (n === 0) return 0;
  // A NaN compares false both ways: only the typed array's sort places it (last) as before.
  const sorted = hasNaN ? scratch.subarray(0, n).sort() : sortScratch(n);
  const middle = n >> 1;
  return n % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Copies values into scratch; returns whether any is NaN. */
function fill(values: ArrayLike<number>): boolean {
  if (scratch.length < values.length) scratch = new Float64Array(Math.max(values.length, scratch.length * 2));
  let hasNaN = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value !== value) hasNaN = true;
    scratch[i] = value;
  }
  return hasNaN;
}

/** The median (the mean of the middle two for an even count); 0 for no values. Does not modify `values`. */
export function median(values: ArrayLike<number>): number {
  return medianOfScratch(values.length, fill(values));
}

