import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Keeps the latest name each enterprise code was released under (breakdowns by enterprise are labelled with it). */
@Injectable()
export class EnterpriseNamesWriter {
  /** A release older than the name kept (a late or replayed event) does not rename the enterprise. */
  async remember(manager: EntityManager, code: string, name: string | undefined, namedAt: string): Promise<void> {
    const trimmed = name?.trim();
    if (!trimmed) return;
    await manager.query(
      `INSERT INTO enterprises (code, name, named_at) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, named_at = EXCLUDED.named_at WHERE enterprises.named_at <= EXCLUDED.named_at`,
      [code, trimmed, namedAt],
    );
  }
}
