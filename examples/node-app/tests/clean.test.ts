// Clean controls: each looks like a leak pattern but keeps nothing; `memleak run` must call every one ok.
import { leakTest } from '../../../collector/node/src/index.js';
import { awaitPrice } from '../app/events.js';
import { Lru, countryName, describe } from '../app/cache.js';
import { refreshWhileBusy } from '../app/timers.js';
import { runJob } from '../app/jobs.js';
import { callUpstreamTidy } from '../app/abort.js';
import { scopedLogger } from '../app/logging.js';
import { encodeFrameBounded } from '../app/buffers.js';
import { parseRecent } from '../app/weak.js';
import { submitPaymentTidy } from '../app/payments.js';
import { checksum, enqueue } from '../app/batching.js';
import { request } from './helpers.js';

const lru = new Lru<string>(100);

leakTest('clean: listener removed after use', () => awaitPrice(request()));
leakTest('clean: bounded LRU cache', () => { const r = request(); return lru.get(`k${r.id % 1000}`, () => `value ${r.id}`.repeat(8)); });
leakTest('clean: WeakMap cache keyed by the request', () => describe(request()));
leakTest('clean: lazy initialisation', () => countryName(request().id));
leakTest('clean: interval cleared', () => refreshWhileBusy(request()));
leakTest('clean: promise awaited, not kept', () => runJob(request()));
leakTest('clean: abort listener removed', () => callUpstreamTidy(request()));
leakTest('clean: logger per request, not registered', () => scopedLogger(request()));
leakTest('clean: bounded buffer pool', () => encodeFrameBounded(request().id));
leakTest('clean: WeakRefs under bounded keys', () => parseRecent(request().id));
leakTest('clean: error path cleans up in finally', () => submitPaymentTidy(request()), { expectErrors: true });
leakTest('clean: sawtooth queue flushed at 500', () => enqueue(request().id));
leakTest('clean: large transients', () => checksum(request().id), { batchSize: 100 });
