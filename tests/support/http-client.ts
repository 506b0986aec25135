type CallOptions = { key?: string; body?: unknown; rawBody?: string };

/** A small JSON client for tests: returns status and parsed body, never throws on 4xx/5xx. */
export async function call(base: string, method: string, path: string, options: CallOptions = {}): Promise<{ status: number; body: any }> {
  const { status, body } = await callWithHeaders(base, method, path, options);
  return { status, body };
}

/** `call`, with the response headers too (lower-case names). */
export async function callWithHeaders(
  base: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; body: any; headers: Record<string, string> }> {
  const headers: Record<string, string> = {};
  if (options.key) headers['x-api-key'] = options.key;
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* non-JSON body (CSV, HTML) stays text */
  }
  return { status: response.status, body, headers: Object.fromEntries(response.headers) };
}
