import { ApiError } from '../errors/api-error';
import { createValidationPipe } from '../validation.pipe';
import { decodeCursor, encodeCursor, INVALID_CURSOR } from './cursor';
import { CursorPageRequestDto } from './cursor-page.request.dto';

const position = { at: '2026-12-01T08:00:00.123456Z', id: '1b4e28ba-2fa1-41d2-883f-4d1d5e3c0efa' };

describe('cursor', () => {
  it('is opaque text that gives its position back', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b/c='],
    ['a word', 'hello'],
    ['a position without id', Buffer.from('2026-12-01T08:00:00.123456Z~').toString('base64url')],
    ['milliseconds only', Buffer.from(`2026-12-01T08:00:00.123Z~${position.id}`).toString('base64url')],
    ['no such day', Buffer.from(`2026-13-01T08:00:00.123456Z~${position.id}`).toString('base64url')],
    ['an id that is no uuid', Buffer.from('2026-12-01T08:00:00.123456Z~42').toString('base64url')],
    ['a third part', Buffer.from(`${position.at}~${position.id}~x`).toString('base64url')],
    ['very long', 'A'.repeat(400)],
  ])('refuses %s', (_what, text) => {
    expect(decodeCursor(text)).toBeUndefined();
  });
});

describe('CursorPageRequestDto', () => {
  const pipe = createValidationPipe();
  const query = (value: object) => pipe.transform(value, { type: 'query', metatype: CursorPageRequestDto });
  const failure = (value: object) => query(value).then(() => undefined, (e: ApiError) => e);

  it('takes a cursor it handed out and a limit of 1 to 500', async () => {
    await expect(query({ cursor: encodeCursor(position), limit: '500' })).resolves.toEqual({ cursor: encodeCursor(position), limit: 500 });
  });

  it('answers 400 naming `cursor` with a stable code for any other cursor', async () => {
    const error = await failure({ cursor: 'not-a-cursor' });
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION.FAILED', field: 'cursor' });
    expect(error?.errors).toEqual([expect.objectContaining({ code: INVALID_CURSOR, field: 'cursor' })]);
  });

  it.each(['0', '501', 'ten', '1.5', ''])('answers 400 naming `limit` for limit=%j', async (limit) => {
    expect(await failure({ limit })).toMatchObject({ status: 400, field: 'limit' });
  });
});
