// Reads a report sent as a request body. JSON.parse is iterative, but much that runs after it is
// not (JSON.stringify when storing and answering, the response serializer, the comparison), so a
// body's shape is bounded first, by a walk with its own stack: a 5,000-deep array in an extra
// property would otherwise overflow the call stack and become a 500. Numbers are bounded to what
// both databases store and JavaScript holds exactly, so SQLite and PostgreSQL accept and refuse
// the same reports. Around that walk, the two steps of the core's parseReport (parse, schema),
// so the service refuses what `memleak compare` refuses, with the same pointers.
import type { Report } from '../../core/index.js';
import { parseJson, schemaProblem, validateReport } from '../../core/validate.js';
import { MAX_JSON_DEPTH, MAX_LINE, MAX_NUMBER } from '../limits.js';
import { HttpError, invalidReport } from './errors.js';

/** An array or object on the walk's stack, with the way back to the root for its pointer. */
interface Frame {
  value: object;
  depth: number;
  parent: Frame | undefined;
  name: string;
}

/** The JSON pointer of a frame's value (and of its child `name`), built only when a problem is found. */
function pointerOf(frame: Frame, name?: string): string {
  const names = name === undefined ? [] : [name];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) names.push(at.name);
  return names.reverse().map((part) => `/${part.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

const numberProblem = (value: unknown) => typeof value === 'number' && (!Number.isFinite(value) || Math.abs(value) > MAX_NUMBER);
const NUMBER_MESSAGE = `number out of range: must be finite and within ±${MAX_NUMBER}`;

/**
 * A place where a parsed JSON value nests deeper than MAX_JSON_DEPTH or holds a number
 * that is not finite or beyond ±MAX_NUMBER (siblings in document order), as {pointer, message};
 * null when there is none.
 * Never recurses, so any depth JSON.parse produced is safe to walk; only arrays and objects
 * take a place on its stack.
 */
export function jsonBoundsProblem(root: unknown): { pointer: string; message: string } | null {
  if (numberProblem(root)) return { pointer: '', message: NUMBER_MESSAGE };
  if (root === null || typeof root !== 'object') return null;
  const stack: Frame[] = [{ value: root, depth: 1, parent: undefined, name: '' }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.depth > MAX_JSON_DEPTH) return { pointer: pointerOf(frame), message: `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects` };
    // An array's indexes serve as its names; numbers are checked first, then containers are
    // pushed last to first, so siblings come in document order.
    const container = frame.value as Record<string, unknown>;
    const names = Array.isArray(container) ? undefined : Object.keys(container);
    const count = names ? names.length : (container as unknown as unknown[]).length;
    for (let index = 0; index < count; index += 1) {
      const name = names ? names[index]! : index;
      if (numberProblem(container[name])) return { pointer: pointerOf(frame, String(name)), message: NUMBER_MESSAGE };
    }
    for (let index = count - 1; index >= 0; index -= 1) {
      const name = names ? names[index]! : index;
      const child = container[name];
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: frame.depth + 1, parent: frame, name: String(name) });
    }
  }
  return null;
}

/** Source line numbers above MAX_LINE, which the schema's own bound may not (yet) refuse. */
function lineProblem(report: Report): { pointer: string; message: string } | null {
  for (const [t, test] of report.tests.entries()) {
    for (const [s, source] of test.sources.entries()) {
      if (source.line > MAX_LINE) return { pointer: `/tests/${t}/sources/${s}/line`, message: `must be <= ${MAX_LINE}` };
    }
  }
  return null;
}

/**
 * The report in a request body (text, as the content-type parser keeps it).
 * Throws HttpError: 400 invalid_json (not JSON), 400 unsupported_json (too deep, or a number out
 * of range), 422 invalid_report (not a valid report); each names the JSON pointer.
 */
export function parseReportBody(text: string): Report {
  const file = 'request body';
  const { value, problem } = parseJson(file, text);
  if (problem) throw invalidReport([problem]);
  const bounds = jsonBoundsProblem(value);
  if (bounds) throw new HttpError(400, 'unsupported_json', `${file}: ${bounds.pointer || '(root)'}: ${bounds.message}`, [bounds]);
  if (!validateReport(value)) throw invalidReport([schemaProblem(file, validateReport.errors, 'report')]);
  const report = value as Report;
  const line = lineProblem(report);
  if (line) throw new HttpError(422, 'invalid_report', `${file}: report: ${line.pointer} ${line.message}`, [line]);
  return report;
}
