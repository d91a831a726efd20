// A Fastify route handler, one that leaks and one that does not, each through fastify.inject()
// as a Fastify project's own tests call it. In a file of their own: a process per file, as
// `node --test` runs them, and each app is closed when its file's tests end.
import { after } from 'node:test';
import { leakTest } from '../../../collector/node/src/index.js';
import { buildApi } from '../app/api.js';
import { request } from './helpers.js';

const tracked = buildApi(true);
const plain = buildApi(false);
after(() => Promise.all([tracked.close(), plain.close()]));

leakTest('leak: fastify handler keeping every order viewed', () => tracked.inject({ method: 'GET', url: `/orders/${request().id}?currency=EUR` }), { batchSize: 300 });
leakTest('clean: fastify handler through inject', () => plain.inject({ method: 'GET', url: `/orders/${request().id}?currency=EUR` }), { batchSize: 300 });
