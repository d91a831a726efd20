// Robust statistics for short series (a handful to a few hundred batches).

export function median(values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  // A typed array sorts numerically without a comparator callback: several times faster.
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median absolute deviation: a noise estimate that one outlier (a one-time step) cannot inflate. */
export function medianAbsoluteDeviation(values: ArrayLike<number>): number {
  const centre = median(values);
  return median(Float64Array.from(values, (value) => Math.abs(value - centre)));
}
