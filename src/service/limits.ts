// What the service stores, in numbers: bounds shared by the request checks (http/report-body.ts)
// and the database columns (storage/migrations.ts), so both databases and the API agree.

/** Deepest nesting of arrays and objects accepted in a body; a report itself needs 5 levels. */
export const MAX_JSON_DEPTH = 64;
/** Largest magnitude of any number in a body: beyond it JavaScript loses integer precision. Byte figures are stored as doubles. */
export const MAX_NUMBER = Number.MAX_SAFE_INTEGER;
/** Largest source line number: a 32-bit INTEGER column in both databases (the report schema's bound too). */
export const MAX_LINE = 2_147_483_647;
