import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';

/**
 * Every error leaves the API in one shape: `{ code, message, details }`. Bad input is a 4xx
 * with a message a person can act on; only a fault of ours is a 500, and it is logged
 * without request bodies (they hold personal data).
 */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) {
      return reply.code(error.status).send({ code: error.code, message: error.message, details: error.details ?? null });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message,
      }));
      return reply.code(400).send({
        code: 'VALIDATION_FAILED',
        message: 'Niet alle velden zijn goed ingevuld. Verbeter de gemarkeerde velden.',
        details: { fields },
      });
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ err: { message: error.message, issues: error.cause.issues.map((i) => i.path.join('.')) } }, 'response did not match its schema');
      return reply.code(500).send({ code: 'INTERNAL', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', details: null });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.code(400).send({ code: 'INVALID_JSON', message: 'De gegevens konden niet gelezen worden (geen geldige JSON).', details: null });
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send({ code: 'BODY_TOO_LARGE', message: 'Het verzoek is te groot.', details: null });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(415).send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Stuur de gegevens als JSON.', details: null });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (bad content length, malformed URL, ...).
      return reply.code(error.statusCode).send({ code: 'BAD_REQUEST', message: 'Het verzoek klopt niet.', details: { reason: error.code ?? null } });
    }
    req.log.error({ err: { message: error.message, stack: error.stack, code: error.code } }, 'unhandled error');
    return reply.code(500).send({ code: 'INTERNAL', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', details: null });
  });
}
