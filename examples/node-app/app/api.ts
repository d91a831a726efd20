// An orders API on Fastify, exercised as its tests exercise it: fastify.inject() (light-my-request),
// a full request through routing, validation, the handler and the serializer, without a socket.
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';

type OrderRequest = FastifyRequest<{ Params: { id: number }; Querystring: { currency: string } }>;

interface Order {
  id: number;
  currency: string;
  total: number;
}

const recentlyViewed: { order: string; currency: string; headers: Record<string, unknown> }[] = [];

/** Leak: every order viewed goes on a "recently viewed" list, with its headers, that nothing ever trims. */
async function viewOrderTracked(request: OrderRequest): Promise<Order> {
  recentlyViewed.push({ order: `order-${request.params.id}`, currency: `${request.query.currency}:${recentlyViewed.length}`, headers: { ...request.headers } }); // memleak: leak
  return priced(request);
}

/** Clean: the same handler without the list. */
async function viewOrder(request: OrderRequest): Promise<Order> {
  return priced(request);
}

function priced(request: OrderRequest): Order {
  return { id: request.params.id, currency: request.query.currency, total: (request.params.id % 97) * 3.5 };
}

/** The API with the tracking handler or the plain one; `GET /orders/:id?currency=XYZ`. */
export function buildApi(tracked: boolean): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get('/orders/:id', {
    schema: {
      params: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
      querystring: { type: 'object', properties: { currency: { type: 'string', default: 'EUR' } } },
      response: { 200: { type: 'object', properties: { id: { type: 'integer' }, currency: { type: 'string' }, total: { type: 'number' } } } },
    },
  }, tracked ? viewOrderTracked : viewOrder);
  return app;
}
