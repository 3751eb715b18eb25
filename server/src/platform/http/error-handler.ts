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
        // The kind of rule that failed (too_big, invalid_format, ...), for a client that translates.
        rule: v.keyword,
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
    const sqlState = (error as { code?: unknown }).code;
    if (typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState)) {
      // A database error: its message may echo input (names, dates), so only the code is logged.
      req.log.error({ sqlState, constraint: (error as { constraint?: string }).constraint, route: req.routeOptions.url }, 'database error');
      if (sqlState === '23505') {
        return reply.code(409).send({ code: 'CONFLICT', message: 'Dit bestaat al. Vernieuw de pagina en probeer het opnieuw.', details: null });
      }
      if (sqlState === '23503') {
        // What the change points at was removed in the same moment by someone else.
        return reply.code(409).send({ code: 'CONFLICT', message: 'Iemand anders heeft dit intussen gewijzigd. Vernieuw de pagina en probeer het opnieuw.', details: null });
      }
      if (sqlState.startsWith('22')) {
        return reply.code(400).send({ code: 'INVALID_VALUE', message: 'Een van de waarden kan niet worden opgeslagen. Controleer de invoer.', details: null });
      }
    } else {
      req.log.error({ err: { message: error.message, stack: error.stack, code: error.code } }, 'unhandled error');
    }
    return reply.code(500).send({ code: 'INTERNAL', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.', details: null });
  });
}
