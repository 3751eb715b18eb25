import { amsterdamDate } from '../../core/youth/youth-rules.js';
import { AppError } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/request-context.js';
import { requireConsent } from '../consent/consent.service.js';
import { latestBody } from '../youth-document/youth-document.service.js';
import { onYouthFile } from '../youth/youth.service.js';
import { dutchDate, renderPdf } from '../../platform/pdf.js';
import { salesStoryDocument } from './sales-story.pdf.js';


/**
 * The verkoopverhaal as a PDF for an employer, creditor or landlord — only under a consent of
 * the youth that is valid today; the print is written to the access log with that consent.
 */
export async function printSalesStory(ctx: RequestContext, youthId: string, consentId: string) {
  const letter = await onYouthFile(ctx, youthId, { action: 'print', recordType: 'sales_story', recordId: consentId }, async (trx, youth) => {
    const consent = await requireConsent(trx, ctx, youthId, consentId, 'sales_story');
    const doc = await latestBody(trx, ctx, youthId, 'sales_story');
    if (!doc.body?.story?.trim() && !doc.body?.instructions?.trim()) {
      throw new AppError('NOTHING_TO_PRINT', 409, 'Er is nog geen verkoopverhaal of gebruiksaanwijzing geschreven.');
    }
    const organisation = await trx.selectFrom('organisation').select('name').where('id', '=', ctx.user.organisationId).executeTakeFirst();
    return salesStoryDocument({
      firstName: youth.first_name || youth.nickname || 'de jongere',
      recipient: consent.recipient,
      story: doc.body?.story ?? '',
      instructions: doc.body?.instructions ?? '',
      coach: { name: ctx.user.displayName, email: ctx.user.email, organisation: organisation?.name ?? '' },
      printedOn: dutchDate(amsterdamDate(ctx.now())),
      consentUntil: dutchDate(consent.validUntil),
      version: doc.version,
    });
  });
  // Rendering takes a moment: after the transaction, so the database is not held for it.
  return renderPdf(letter);
}
