/**
 * Bearer-token authentication as preHandlers for route plugins:
 *
 *   app.get('/v1/thing', { preHandler: requireUser }, handler)   // any account
 *   app.get('/v1/admin', { preHandler: requireAdmin }, handler)  // admins only
 *
 * Both leave the caller in `request.user`. A missing or unknown token is 401.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '../store/users.js';
import { forbidden, unauthenticated } from './problem.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export async function requireUser(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const header = request.headers.authorization;
  const token = header ? BEARER.exec(header)?.[1] : undefined;
  const user = token ? await request.server.tokens.userFor(token) : undefined;
  if (!user) {
    reply.header('www-authenticate', 'Bearer realm="sciatrace"');
    throw unauthenticated(
      token ? 'the bearer token is not valid' : 'send an Authorization: Bearer <token> header (tokens come from `sciatrace user add`)',
    );
  }
  request.user = user;
}

export async function requireAdmin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  await requireUser(request, reply);
  if (request.user?.role !== 'admin') throw forbidden('this needs an admin account');
}

/** The authenticated caller of a route guarded by requireUser. */
export function currentUser(request: FastifyRequest): User {
  if (!request.user) throw unauthenticated('not authenticated');
  return request.user;
}
