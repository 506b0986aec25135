/**
 * A rule broken by input a caller can fix. The code is stable (callers and clients switch on
 * it); the message names the field and value so a user can act without reading code.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
