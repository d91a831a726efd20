// Subscriptions to a process-wide event bus.
import { EventEmitter } from 'node:events';

export interface Request { id: number; user: string }

export const bus = new EventEmitter();
bus.setMaxListeners(0);

/** Leak: a listener per request, never removed; each closure keeps its request. */
export function watchPrices(request: Request): void {
  bus.on('price', (price: number) => price > request.id); // memleak: leak
}

/** Clean: the listener goes once the answer came. */
export function awaitPrice(request: Request): void {
  const listener = (price: number) => price > request.id;
  bus.on('price', listener);
  bus.off('price', listener);
}
