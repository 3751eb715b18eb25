/**
 * The one error type of Spil. Thrown anywhere, turned into `{ code, message, details }` in one
 * place (platform/http/error-handler.ts). Codes are stable; messages are for people.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'Dit dossier') =>
  new AppError('NOT_FOUND', 404, `${what} bestaat niet of is verwijderd.`);

export const forbidden = (message = 'U heeft geen toegang tot dit dossier.') =>
  new AppError('FORBIDDEN', 403, message);

export const versionConflict = (current: unknown) =>
  new AppError(
    'VERSION_CONFLICT',
    409,
    'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwste versie en voer uw wijziging opnieuw in.',
    { current },
  );
