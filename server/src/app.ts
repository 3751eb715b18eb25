import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './platform/config.js';
import { databaseStatus, type Db } from './platform/db/index.js';
import { registerAuthHook } from './platform/http/auth-hook.js';
import { registerErrorHandling } from './platform/http/error-handler.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { adminRoutes } from './modules/organisation/admin.routes.js';
import { tenantConfigRoutes } from './modules/tenant-config/tenant-config.routes.js';
import { trajectoryRoutes } from './modules/trajectory/trajectory.routes.js';
import { youthRoutes } from './modules/youth/youth.routes.js';
import { appointmentRoutes } from './modules/appointment/appointment.routes.js';
import { contactRoutes } from './modules/contact/contact.routes.js';
import { homeRoutes } from './modules/home/home.routes.js';
import { assessmentRoutes } from './modules/assessment/assessment.routes.js';
import { youthDocumentRoutes } from './modules/youth-document/youth-document.routes.js';
import { networkRoutes } from './modules/network/network.routes.js';
import { consentRoutes } from './modules/consent/consent.routes.js';
import { riskFlagRoutes } from './modules/risk-flag/risk-flag.routes.js';
import { salesStoryRoutes } from './modules/sales-story/sales-story.routes.js';
import { planRoutes } from './modules/plan/plan.routes.js';
import { wraparoundRoutes } from './modules/wraparound/wraparound.routes.js';
import { agreedActionRoutes } from './modules/agreed-action/agreed-action.routes.js';
import { employerRoutes } from './modules/employer/employer.routes.js';
import { matchingRoutes } from './modules/matching/matching.routes.js';
import { placementRoutes } from './modules/placement/placement.routes.js';
import { weeklyFormRoutes } from './modules/weekly-form/weekly-form.routes.js';
import { workReferenceRoutes } from './modules/work-reference/work-reference.routes.js';
import { normsRoutes } from './modules/norms/norms.routes.js';
import { optionListRoutes } from './modules/option-list/option-list.routes.js';
import { worklistRoutes } from './modules/worklist/worklist.routes.js';
import { groupRoutes } from './modules/group/group.routes.js';
import { handoverRoutes } from './modules/handover/handover.routes.js';
import { incidentRoutes } from './modules/incident/incident.routes.js';
import { outreachRoutes } from './modules/outreach/outreach.routes.js';
import { signalRoutes } from './modules/signal/signal.routes.js';
import { timelineRoutes } from './modules/timeline/timeline.routes.js';
import { youthImportRoutes } from './modules/youth-import/youth-import.routes.js';
import { closingRoutes } from './modules/closing/closing.routes.js';
import { resultMeasurementRoutes } from './modules/result-measurement/result-measurement.routes.js';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.js';
import { escalationRoutes } from './modules/escalation/escalation.routes.js';

// Validation messages in Dutch: the people reading them are Dutch professionals.
z.config(z.locales.nl());

const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface AppDeps { config: Config; db: Db; dbKind: 'postgres' | 'pglite'; now?: () => Date; logger?: boolean }

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    logger: deps.logger === false ? false : {
      level: deps.config.LOG_LEVEL,
      // Request logs carry method, route and status, never bodies or query strings (they hold names).
      serializers: { req: (req) => ({ method: req.method, url: req.url.split('?')[0] }) },
    },
    bodyLimit: 256 * 1024,
    trustProxy: deps.config.TRUST_PROXY,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyCookie);
  // Answers compressed for a browser that asks (brotli, else gzip; under 1 KB as they are): a
  // worklist or a page of youth is 35–45 KB of JSON and 5–6 KB compressed, for a phone on a
  // mobile network. In one call up to 256 KB (syncThreshold): through a compression stream each
  // answer cost 0.5–1 ms more of the machine (Mijn jongeren 3.9 → 5.0 ms), in one call 0.2–0.4 ms
  // (bench/HISTORY.md). No secret is in a body to guess at by size (BREACH): the session and the
  // CSRF token travel as cookies. Before the static files: those come compressed from the build
  // (preCompressed, below) and are not compressed again. Bodies sent to Spil are not unpacked:
  // its web app never packs them, and a small packed body could unpack to a large one.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], syncThreshold: 256 * 1024, globalDecompression: false });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"], fontSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"],
        baseUri: ["'self'"], formAction: ["'self'"],
      },
    },
    hsts: deps.config.PUBLIC_URL?.startsWith('https://') ?? false,
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Spil API', version: '0.1.0', description: 'Casusregistratie voor intensieve jongerencoaching. Alle fouten: { code, message, details }.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });

  registerAuthHook(app, { db: deps.db, config: deps.config, now });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/health', {
    config: { auth: 'none' },
    schema: { tags: ['Systeem'], summary: 'Leeft de server, en de database?', response: { 200: z.object({ status: z.string(), database: z.string(), kind: z.string() }), 503: z.object({ status: z.string(), database: z.string(), kind: z.string() }) } },
  }, async (_req, reply) => {
    const database = await databaseStatus(deps.db);
    return reply.code(database === 'ok' ? 200 : 503).send({ status: database === 'ok' ? 'ok' : 'degraded', database, kind: deps.dbKind });
  });
  r.get('/api/openapi.json', { config: { auth: 'none' }, schema: { hide: true } }, async () => app.swagger());

  authRoutes(app, { db: deps.db, config: deps.config, now });
  tenantConfigRoutes(app);
  optionListRoutes(app);
  youthRoutes(app);
  trajectoryRoutes(app);
  adminRoutes(app);
  signalRoutes(app);
  outreachRoutes(app);
  contactRoutes(app);
  incidentRoutes(app);
  appointmentRoutes(app);
  timelineRoutes(app);
  homeRoutes(app);
  assessmentRoutes(app);
  youthDocumentRoutes(app);
  networkRoutes(app);
  consentRoutes(app);
  riskFlagRoutes(app);
  salesStoryRoutes(app);
  planRoutes(app);
  wraparoundRoutes(app);
  agreedActionRoutes(app);
  employerRoutes(app);
  matchingRoutes(app);
  placementRoutes(app);
  weeklyFormRoutes(app, { db: deps.db, now });
  workReferenceRoutes(app, { db: deps.db, now });
  normsRoutes(app);
  worklistRoutes(app);
  groupRoutes(app);
  handoverRoutes(app);
  youthImportRoutes(app);
  closingRoutes(app);
  resultMeasurementRoutes(app);
  dashboardRoutes(app);
  escalationRoutes(app);

  const WEB_DIST = deps.config.WEB_DIST ? path.resolve(deps.config.WEB_DIST) : DEFAULT_WEB_DIST;
  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST, wildcard: false,
      // The build writes each file also as .br and .gz (web/vite.config.ts): sent as the browser takes it.
      preCompressed: true,
      // Vite names every file under assets/ by its content: a changed file gets a new name, so a
      // phone keeps it for a year without asking again. index.html names them, so it is always asked.
      cacheControl: false,
      setHeaders: (reply, file) => reply.header('cache-control', path.relative(WEB_DIST, file).startsWith(`assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !existsSync(WEB_DIST)) {
      return reply.code(404).send({ code: 'NOT_FOUND', message: 'Deze pagina of dit adres bestaat niet.', details: null });
    }
    // The web app routes in the browser: every other GET gets its index page.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
