// The schema validators, compiled by ajv when this module loads. This module runs only from
// source (tests, tsx): the bundles replace it with the same validators generated ahead of time by
// scripts/build.mjs from schemas.ts, so a CLI call does not spend its start compiling schemas.
// The generated module exports one validator per key of SCHEMAS: esbuild fails the build when
// validate.ts re-exports a name that SCHEMAS lacks, so keep these names SCHEMAS' keys.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { SCHEMAS, schemaAjv } from './schemas.js';

const ajv = schemaAjv();

export const validateSnapshot: ValidateFunction = ajv.compile(SCHEMAS.validateSnapshot);
export const validateLitellmSnapshot: ValidateFunction = ajv.compile(SCHEMAS.validateLitellmSnapshot);
export const validateReport: ValidateFunction = ajv.compile(SCHEMAS.validateReport);
