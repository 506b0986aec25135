import { stopIdleRequestQueueTimers } from './idle-request-queue';

const RequestQueue = require('kafkajs/src/network/requestQueue');

describe("kafkajs' request queue with nothing pending", () => {
  const logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  const queue = () => new RequestQueue({ maxInFlightRequests: 1, requestTimeout: 1000, enforceRequestTimeout: false, clientId: 'test', broker: 'b:9092', logger });

  it('arms no timer when nothing waits, so an idle connection does not wake the event loop', () => {
    stopIdleRequestQueueTimers();
    const q = queue();
    q.checkPendingRequests();
    expect(q.throttleCheckTimeoutId).toBeNull();
    q.destroy();
  });

  it('still schedules the check while a request waits (in-flight limit or throttling)', () => {
    const q = queue();
    q.pending.push({ correlationId: 1 });
    q.throttledUntil = Date.now() + 60_000;
    q.scheduleCheckPendingRequests();
    expect(q.throttleCheckTimeoutId).not.toBeNull();
    q.destroy();
  });

  it('is installed once however often it is called', () => {
    const patched = RequestQueue.prototype.scheduleCheckPendingRequests;
    stopIdleRequestQueueTimers();
    expect(RequestQueue.prototype.scheduleCheckPendingRequests).toBe(patched);
  });
});
