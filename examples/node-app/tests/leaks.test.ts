// Each test here leaks on purpose: `memleak run` must call it a leak and name the line the app
// marks with `// memleak: leak`.
import { leakTest } from '../../../collector/node/src/index.js';
import { watchPrices } from '../app/events.js';
import { renderPage } from '../app/cache.js';
import { keepSessionFresh } from '../app/timers.js';
import { startJob } from '../app/jobs.js';
import { callUpstream } from '../app/abort.js';
import { requestLogger } from '../app/logging.js';
import { encodeFrame } from '../app/buffers.js';
import { parseDocument } from '../app/weak.js';
import { submitPayment } from '../app/payments.js';
import { record } from '../app/journal.js';
import { request } from './helpers.js';
import { serve } from './server-client.js';

leakTest('leak: event listener never removed', () => watchPrices(request()));
leakTest('leak: map cache keyed by request', () => renderPage(request()));
leakTest('leak: interval never cleared', () => keepSessionFresh(request()));
leakTest('leak: promises kept in an array', () => startJob(request()));
leakTest('leak: abort listeners on a long-lived signal', () => callUpstream(request()));
leakTest('leak: child logger per request', () => requestLogger(request()));
leakTest('leak: buffer pool that never gets buffers back', () => encodeFrame(request().id));
leakTest('leak: map of WeakRefs never pruned', () => parseDocument(request().id));
leakTest('leak: in-flight entry kept on the error path', () => submitPayment(request()), { expectErrors: true });
leakTest('leak: native journal buffer never truncated', () => record(request().id));

const audited = serve(true);
leakTest('leak: http handler keeping every request', () => audited.get('/orders'), { batchSize: 100 });
