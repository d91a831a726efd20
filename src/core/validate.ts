// JSON contracts, checked with ajv against the schemas in schemas/: the same validators serve the
// CLI, the action and the service (compiled ahead of time in the bundles; see schema-validators.ts).
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Problem } from './types.js';

export { validateLitellmSnapshot, validateReport, validateSnapshot } from './schema-validators.js';

/** Turns ajv's first error into a problem that names the file and the JSON pointer. */
export function schemaProblem(file: string, errors: ErrorObject[] | null | undefined, what: string): Problem {
  const error = errors?.[0];
  if (!error) return { file, pointer: '', message: `not a valid ${what}` };
  const pointer = error.instancePath || '';
  const detail = error.keyword === 'enum' || error.keyword === 'const'
    ? `${error.message} (${JSON.stringify(error.params)})`
    : error.message ?? 'is invalid';
  const missing = error.keyword === 'required' ? `${pointer}/${(error.params as { missingProperty: string }).missingProperty}` : pointer;
  return { file, pointer: missing, message: `${what}: ${missing || '(root)'} ${detail}` };
}

/** JSON.parse with a message that says where the text broke, never a stack trace. */
export function parseJson(file: string, text: string): { value?: unknown; problem?: Problem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = Number(/at position (\d+)/.exec(reason)?.[1] ?? Number.NaN);
    const atEnd = /end of (JSON )?input/i.test(reason) || position >= text.trimEnd().length - 1;
    const truncated = atEnd ? ' (the file looks truncated)' : '';
    return { problem: { file, pointer: '', message: `not valid JSON${truncated}: ${reason}` } };
  }
}
