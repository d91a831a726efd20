// Object growth and reference cycles from a snapshot's phases: which types of objects a test keeps
// per operation (the confirm phase's object_types) and how many objects only the cycle collector
// could free (the screen's cycles_collected per batch). Pure: figures in, figures out.
import type { Cycles, ObjectGrowth, Retainer } from './types.js';
import { round } from './sources.js';
import { formatBytes, formatCount } from './format.js';

/** Types listed per test, at most (report.v1: tests[].object_growth maxItems). */
export const MAX_OBJECT_TYPES = 10;
/** Characters of a type's name kept (report.v1: object_growth[].type maxLength). */
const MAX_TYPE_NAME = 1000;

export interface ObjectTypesPhase {
  batches: { warmup?: boolean; operations: number; cycles_collected?: number; uncollectable?: number }[];
  object_types?: { type: string; counts: (number | null)[]; sizes?: (number | null)[] }[];
}

/**
 * Types whose live objects grew between the phase's first and last sample (counts non-null), per
 * operation run after the first sample: [{type, count_per_op, bytes_per_op?}], largest bytes first
 * (then count), at most MAX_OBJECT_TYPES; undefined when the phase sampled none or none grew.
 * bytes_per_op is absent when the snapshot has no sizes (collectors before 0.x).
 */
export function objectGrowth(phase: ObjectTypesPhase): ObjectGrowth[] | undefined {
  const grown: ObjectGrowth[] = [];
  for (const entry of phase.object_types ?? []) {
    const sampled = entry.counts.flatMap((count, index) => (count === null ? [] : [index]));
    if (sampled.length < 2 || entry.counts.length !== phase.batches.length) continue;
    const first = sampled[0]!;
    const last = sampled[sampled.length - 1]!;
    const operations = phase.batches.slice(first + 1, last + 1).reduce((total, batch) => total + batch.operations, 0);
    const count = entry.counts[last]! - entry.counts[first]!;
    if (operations <= 0 || count <= 0) continue;
    const before = entry.sizes?.[first];
    const after = entry.sizes?.[last];
    grown.push({
      type: entry.type.slice(0, MAX_TYPE_NAME),
      count_per_op: round(count / operations),
      ...(typeof before === 'number' && typeof after === 'number' && { bytes_per_op: round(Math.max(0, after - before) / operations) }),
    });
  }
  grown.sort((a, b) => (b.bytes_per_op ?? 0) - (a.bytes_per_op ?? 0) || b.count_per_op - a.count_per_op || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  return grown.length ? grown.slice(0, MAX_OBJECT_TYPES) : undefined;
}

/**
 * Cycles over the judged batches: objects the cycle collector freed per operation, and objects it
 * could not free (gc.garbage). Undefined when the snapshot does not record them, or when there
 * were none: most tests make no cycles, and a report lists what there is.
 */
export function cycles(phase: ObjectTypesPhase): Cycles | undefined {
  const judged = phase.batches.filter((batch) => !batch.warmup);
  if (!judged.length || judged.some((batch) => batch.cycles_collected === undefined)) return undefined;
  const operations = judged.reduce((total, batch) => total + batch.operations, 0);
  const collected = judged.reduce((total, batch) => total + batch.cycles_collected!, 0);
  const uncollectable = judged.reduce((total, batch) => total + (batch.uncollectable ?? 0), 0);
  if (collected === 0 && uncollectable === 0) return undefined;
  return { collected_per_op: round(collected / Math.max(1, operations)), uncollectable };
}

/** A retainer as every output shows it: `app.tasks._inflight (set) ← module app.tasks` (unescaped). */
export function formatRetainer(retainer: Retainer): string {
  return `${retainer.path} (${retainer.type}) ← ${retainer.root}`;
}

/** The first `max` growing types, e.g. `dict +1.02/op (240 B/op), app.Session +1/op (56 B/op)` (unescaped). */
export function formatObjectGrowth(growth: readonly ObjectGrowth[], max = 3): string {
  const shown = growth.slice(0, max).map((entry) => `${entry.type} +${entry.count_per_op}/op${entry.bytes_per_op !== undefined ? ` (${formatBytes(entry.bytes_per_op)}/op)` : ''}`);
  return growth.length > max ? `${shown.join(', ')}, ${growth.length - max} more` : shown.join(', ');
}

/** Cycles in words: `0.5 objects/op freed only by the cycle collector, 0 uncollectable`. */
export function formatCycles(found: Cycles): string {
  return `${found.collected_per_op} objects/op freed only by the cycle collector, ${formatCount(found.uncollectable)} uncollectable (gc.garbage)`;
}
