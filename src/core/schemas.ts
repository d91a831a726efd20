// The JSON contracts (schemas/*.json) and the one ajv configuration that checks them. Two users:
// schema-validators.ts compiles them when running from source (tests, tsx), and scripts/build.mjs
// turns them into ahead-of-time validator code (ajv's standalone code) for the bundles, so both
// check the same schemas with the same options and report the same errors.
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import snapshotSchema from '../../schemas/snapshot.v1.schema.json' with { type: 'json' };
import litellmSchema from '../../schemas/litellm-snapshot.schema.json' with { type: 'json' };
import reportSchema from '../../schemas/report.v1.schema.json' with { type: 'json' };

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/** Each exported validator's name and the schema it checks. */
export const SCHEMAS = {
  validateSnapshot: snapshotSchema,
  validateLitellmSnapshot: litellmSchema,
  validateReport: reportSchema,
} as const;

export type ValidatorName = keyof typeof SCHEMAS;

/**
 * An ajv instance for the schemas: first error only, non-strict schemas, strict numbers, with ajv-formats' full formats
 * (the schemas use `date-time`). `extra` adds options, e.g. `code` for standalone generation;
 * it must not change what is accepted or what errors say.
 */
export function schemaAjv(extra: Options = {}): Ajv2020 {
  // strictNumbers: a number type never admits NaN or ±Infinity (JSON.parse reads 1e400 as Infinity).
  const ajv = new Ajv2020({ allErrors: false, strict: false, strictNumbers: true, ...extra });
  addFormats(ajv);
  return ajv;
}
