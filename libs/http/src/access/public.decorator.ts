import { SetMetadata } from '@nestjs/common';

/** Header that carries the API key; also the name of the OpenAPI security scheme's header. */
export const API_KEY_HEADER = 'x-api-key';
/** Name of the OpenAPI security scheme routes refer to. */
export const API_KEY_SECURITY = 'api-key';

export const IS_PUBLIC = 'lhasa:public';

/**
 * Marks a route (or controller) as open without an API key. It lives here, not in libs/auth, so
 * the health endpoint can use it without the HTTP edge depending on the key store.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
