import { AddressInfo } from 'node:net';
import express, { NextFunction, Request, Response } from 'express';
import { ApiError } from './api-error';
import { fromBodyParserError, translateBodyParserErrors } from './body-parser-errors';

/**
 * Every failure of the body parsers is the client's: whatever body-parser throws (a decompression
 * error wrapped as a 400 with no `type`, too) maps to a 4xx ApiError, never falls through to a 500.
 */
async function post(body: Buffer, headers: Record<string, string>): Promise<unknown> {
  const app = express();
  let seen: unknown;
  app.use(express.json({ limit: '1kb' }));
  app.use(translateBodyParserErrors);
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    seen = error;
    res.status(599).end();
  });
  app.post('/', (_req, res) => res.status(204).end());
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers, body });
    return seen;
  } finally {
    server.close();
  }
}

describe('body-parser failures', () => {
  const json = { 'content-type': 'application/json' };

  it.each([
    ['gzip that is not gzip', Buffer.from('{"a":1}'), { ...json, 'content-encoding': 'gzip' }],
    ['deflate that ends early', Buffer.from([0x78, 0x9c, 0x01]), { ...json, 'content-encoding': 'deflate' }],
    ['brotli that is empty', Buffer.alloc(0), { ...json, 'content-encoding': 'br' }],
  ])('%s → 400 REQUEST.INVALID_BODY', async (_what, body, headers) => {
    const error = await post(body, headers);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'REQUEST.INVALID_BODY' });
  });

  it('keeps the specific answers', async () => {
    expect(await post(Buffer.from('{"a":'), json)).toMatchObject({ status: 400, code: 'REQUEST.MALFORMED_JSON' });
    expect(await post(Buffer.from(`{"a":"${'x'.repeat(2000)}"}`), json)).toMatchObject({ status: 413, code: 'REQUEST.TOO_LARGE' });
    expect(await post(Buffer.from('{}'), { ...json, 'content-encoding': 'compress' })).toMatchObject({ status: 415 });
  });

  it('leaves errors that are not the client’s alone', () => {
    expect(fromBodyParserError(new Error('boom'))).toBeUndefined();
    expect(fromBodyParserError(Object.assign(new Error('server'), { status: 500 }))).toBeUndefined();
  });
});
