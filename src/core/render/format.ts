// Relative times for the renderer; byte sizes come from ../format.js, shared with the verdicts' reasons.

/** The age of a time stamp relative to `now`, e.g. "3 hours ago"; undefined when unparsable. */
export function formatAge(iso: string | undefined, now: Date): string | undefined {
  if (!iso) return undefined;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return undefined;
  const seconds = Math.max(0, Math.round((now.getTime() - then) / 1000));
  const steps: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of steps) {
    if (seconds >= size) {
      const count = Math.floor(seconds / size);
      return `${count} ${name}${count === 1 ? '' : 's'} ago`;
    }
  }
  return 'just now';
}
