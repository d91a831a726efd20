// JSON contracts, checked with ajv against the schemas in schemas/: the same compiled validators
// serve the CLI, the action and the service.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import snapshotSchema from '../../schemas/snapshot.v1.schema.json' with { type: 'json' };
import litellmSchema from '../../schemas/litellm-snapshot.schema.json' with { type: 'json' };
import reportSchema from '../../schemas/report.v1.schema.json' with { type: 'json' };
import type { Problem } from './types.js';

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

// strictNumbers: a number type never admits NaN or ±Infinity (JSON.parse reads 1e400 as Infinity).
const ajv = new Ajv2020({ allErrors: false, strict: false, strictNumbers: true });
addFormats(ajv);

export const validateSnapshot: ValidateFunction = ajv.compile(snapshotSchema);
export const validateLitellmSnapshot: ValidateFunction = ajv.compile(litellmSchema);
export const validateReport: ValidateFunction = ajv.compile(reportSchema);

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
