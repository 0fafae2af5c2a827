import type { FastifyReply } from 'fastify';
import type { Answer } from '../rules/outcome';

/** Sends a shared rule's answer. API answers are about people: never cached. */
export function send(reply: FastifyReply, answer: Answer) {
  const isFhir = typeof answer.body === 'object' && answer.body !== null && 'resourceType' in answer.body;
  return reply
    .code(answer.status)
    .headers({ 'Cache-Control': 'no-store', ...answer.headers })
    .type(isFhir ? 'application/fhir+json; charset=utf-8' : 'application/json; charset=utf-8')
    .send(answer.body);
}
