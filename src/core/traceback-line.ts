// One line of a Python traceback as tracemalloc formats it and LiteLLM-style suites store it in
// top_consumers: '  File "PATH", line N' (a ', in NAME', or the source on a next line, may follow).
//
// The text comes from an untrusted file, so it is parsed without a regular expression: one
// indexOf and a right-to-left series of lastIndexOf calls (short fixed needles; each call starts
// left of where the previous one stopped, so together they pass over the text once), then one
// scan over the digits: time linear in the text. The pattern this replaces,
// /File "(.+)", line (\d+)/, backtracked from every 'File "' to every '", line ' after it: time
// quadratic in the line's length (12 s on a 4.3 MB file).

const OPEN = 'File "';
const CLOSE = '", line ';
/** 2^31 − 1 has 10 digits: longer digit runs are out of range before they are converted. */
const MAX_LINE_DIGITS = 10;

export type TracebackLine = { path: string; line: number } | { fault: string };

/**
 * Path and line number of the first line of `text`, as the old pattern read them: the path runs
 * from the first 'File "' to the last '", line ' that a digit follows (a path may itself contain
 * quotes); the line number is the digits after it. `line` is an integer of at most 10 digits
 * (leading zeros aside), not yet checked against a report's range; a longer number is a fault
 * here, never converted (a 400-digit number would become Infinity).
 */
export function parseTracebackLine(text: string): TracebackLine {
  const first = text.slice(0, firstLineBreak(text));
  const open = first.indexOf(OPEN);
  const notATraceback = { fault: `it is not a '  File "PATH", line N' line` };
  if (open < 0) return notATraceback;
  let close = first.lastIndexOf(CLOSE);
  while (close >= open + OPEN.length && !isDigit(first.charCodeAt(close + CLOSE.length))) close = first.lastIndexOf(CLOSE, close - 1);
  if (close < open + OPEN.length) return notATraceback;
  const path = first.slice(open + OPEN.length, close);
  if (path.length === 0) return { fault: 'it names no file' };
  let start = close + CLOSE.length;
  let end = start;
  while (end < first.length && isDigit(first.charCodeAt(end))) end += 1;
  while (start < end - 1 && first.charCodeAt(start) === 0x30) start += 1; // leading zeros
  if (end - start > MAX_LINE_DIGITS) return { fault: `its line number has ${end - start} digits, out of range` };
  return { path, line: Number(first.slice(start, end)) };
}

function firstLineBreak(text: string): number {
  const newline = text.indexOf('\n');
  const carriageReturn = text.indexOf('\r');
  if (newline < 0) return carriageReturn < 0 ? text.length : carriageReturn;
  return carriageReturn < 0 ? newline : Math.min(newline, carriageReturn);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
