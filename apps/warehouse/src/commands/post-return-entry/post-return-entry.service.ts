import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { conflict, DomainError, isUuid, notFound, ruleBroken } from '@lhasa/domain';
import { ReturnEntryPoster } from '../../domain/return-entry-poster';
import { ReturnEntry } from '../../domain/return-entry.entity';
import { ReturnRefusal } from '../../domain/return-entry-rules';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { ReturnEntryView, toReturnEntryView } from '../../shared/return-entry.view';

/**
 * The operator posts a pending return entry again once its cause is gone (the line added or
 * resumed): the goods go back on their lines, or the entry stays pending with the new reason and
 * the caller is told why. A posted entry answers as it is.
 */
@Injectable()
export class PostReturnEntryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly poster: ReturnEntryPoster,
  ) {}

  async post(caller: Caller, emsNo: string, returnId: string): Promise<ReturnEntryView> {
    // The pending reason is kept even when the answer is a refusal: commit first, then refuse.
    const { entry, refusal } = await this.dataSource.transaction(async (m) => {
      const ledger = await findAccessibleLedger(m, caller, emsNo);
      // Not locked here: the poster locks the list's reservation first, then the entry.
      const found = isUuid(returnId) ? await m.getRepository(ReturnEntry).findOneBy({ returnId, emsNo: ledger.emsNo }) : null;
      if (!found) throw notFound('WAREHOUSE.RETURN_ENTRY_NOT_FOUND', `Ledger ${emsNo} has no return entry ${returnId}`, 'returnId');
      return this.poster.post(m, found);
    });
    if (refusal) throw refusalError(refusal);
    return toReturnEntryView(entry);
  }
}

/** A line that is missing or a return larger than the exit is a broken rule; a state that will pass (suspension, goods not yet out) a conflict. */
function refusalError(refusal: ReturnRefusal): DomainError {
  const raise = refusal.code === 'WAREHOUSE.LINE_SUSPENDED' || refusal.code === 'WAREHOUSE.RETURN_BEFORE_EXIT' ? conflict : ruleBroken;
  return raise(refusal.code, refusal.message, 'returnId');
}
