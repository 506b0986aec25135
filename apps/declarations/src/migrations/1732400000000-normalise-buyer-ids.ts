import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Buyer and payer ID numbers stored before they were normalised at the edge (trimmed, check
 * letter upper-case: `normaliseIdNumber`) are brought to that form, in the columns the limits
 * count and lock by and in the stored documents, so old and new lists of one buyer count
 * together. Idempotent: a normalised value is left as it is.
 */
export class NormaliseBuyerIds1732400000000 implements MigrationInterface {
  name = 'NormaliseBuyerIds1732400000000';

  async up(q: QueryRunner): Promise<void> {
    const normal = (text: string) => `upper(regexp_replace(${text}, '^[[:space:]]+|[[:space:]]+$', '', 'g'))`;
    for (const table of ['inventory_lists', 'orders']) {
      await q.query(`UPDATE ${table} SET buyer_id_number = ${normal('buyer_id_number')} WHERE buyer_id_number <> ${normal('buyer_id_number')}`);
      await q.query(
        `UPDATE ${table} SET document = jsonb_set(document, '{buyerIdNumber}', to_jsonb(${normal("document->>'buyerIdNumber'")}))
          WHERE jsonb_typeof(document->'buyerIdNumber') = 'string' AND document->>'buyerIdNumber' <> ${normal("document->>'buyerIdNumber'")}`,
      );
    }
    await q.query(
      `UPDATE payments SET document = jsonb_set(document, '{payerIdNumber}', to_jsonb(${normal("document->>'payerIdNumber'")}))
        WHERE jsonb_typeof(document->'payerIdNumber') = 'string' AND document->>'payerIdNumber' <> ${normal("document->>'payerIdNumber'")}`,
    );
  }

  async down(): Promise<void> {
    // The original spellings are not kept: nothing to undo.
  }
}
