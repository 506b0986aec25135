import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@lhasa/contracts';
import { TransactionalPublish } from '../outbox/outbox.publisher';

/** What a consumer group gave up on, as far as the message can be read (poison may say little). */
export interface DeadLetter {
  /** The dead_letters row. */
  id: string;
  consumerGroup: string;
  topic: string;
  partition: number;
  offset: string;
  messageId?: string;
  type?: string;
  subject?: string;
  tenant?: string;
  correlationId?: string;
  /** The value's `data` when the value is a JSON object with one, unvalidated (poison included). */
  data?: unknown;
  /** The validated envelope when the message decoded (its handler kept failing or refused it). */
  envelope?: EventEnvelope<object>;
  errorCode: string;
  errorMessage: string;
  attempts: number;
  /** Set when this dead letter is a replay of an earlier one that failed again. */
  replayOf?: string;
}

export interface DeadLetterContext {
  /** The transaction the dead letter is recorded in; the policy's changes commit with it. */
  manager: EntityManager;
  /** Writes follow-up events into that transaction, caused by the dead-lettered message. */
  publish: TransactionalPublish;
}

/**
 * What an app does when one of its consumers dead-letters a message: put the document the message
 * was about into a final state its owner sees (with the reason), and give back what it held. Runs
 * in the transaction that records the dead letter, under a savepoint: a policy that fails is
 * noted on the record (`policyError`) and never keeps the message from being dead-lettered.
 * It must be idempotent (a replay that fails again calls it again).
 */
export interface DeadLetterPolicy {
  onDeadLetter(letter: DeadLetter, ctx: DeadLetterContext): Promise<void>;
}

/** Token of the app's DeadLetterPolicy inside MessagingModule (`forService(name, { deadLetterPolicy })`). */
export const DEAD_LETTER_POLICY = Symbol('DEAD_LETTER_POLICY');

/** A dead letter that was replayed already (or is being replayed right now). */
export class DeadLetterAlreadyReplayedError extends Error {
  constructor(readonly deadLetterId: string) {
    super(`dead letter ${deadLetterId} was replayed already`);
  }
}

/** The result of replaying a dead letter. */
export interface ReplayResult {
  id: string;
  outcome: 'handled' | 'duplicate' | 'ignored' | 'dead-lettered';
  /** The new dead letter when the replay failed again. */
  deadLetterId?: string;
}
