// Each integration test file gets its own topics and databases on the shared broker and server,
// so files can run side by side and leave nothing behind for the next run to trip on.
import { randomBytes } from 'node:crypto';

const ns = `it_${randomBytes(4).toString('hex')}`;
process.env.TOPIC_NAMESPACE = ns;
process.env.DATABASE_NAMESPACE = ns;
process.env.OUTBOX_POLL_MS ??= '200';
process.env.MESSAGING_RETRY_BACKOFF_MS ??= '20';
process.env.AUTH_CACHE_TTL_MS ??= '200';
