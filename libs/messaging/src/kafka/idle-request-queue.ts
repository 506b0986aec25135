/**
 * kafkajs 2.2.4 (its last release) keeps a timer loop running on every broker connection with
 * nothing queued: `RequestQueue.scheduleCheckPendingRequests` then arms `setTimeout` with a
 * negative delay, whose callback checks the empty queue and arms it again (tulios/kafkajs#1556,
 * #1704). Every connection of every producer, consumer and admin client wakes the event loop about
 * once a millisecond: an idle service spent ~4 % of a core on it (1,700 epoll wake-ups a second,
 * measured with `strace -c`), and under load those wake-ups compete with the work.
 *
 * A check is only needed while requests wait: `push` queues a request it cannot send at once
 * (in-flight limit or broker throttling) and schedules the check then, and each check of a
 * non-empty queue schedules the next. So with nothing pending there is nothing to schedule.
 * Installed once per process when this module is loaded (by the Kafka client factories).
 */
// The class is internal to kafkajs (no typings); its shape is pinned by the exact kafkajs version in package.json.
const RequestQueue = require('kafkajs/src/network/requestQueue') as { prototype: RequestQueueShape };

interface RequestQueueShape {
  pending: unknown[];
  scheduleCheckPendingRequests(): void;
  [INSTALLED]?: boolean;
}

const INSTALLED = Symbol.for('lhasa.kafkajs-idle-request-queue');

export function stopIdleRequestQueueTimers(): void {
  const proto = RequestQueue.prototype;
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const schedule = proto.scheduleCheckPendingRequests;
  proto.scheduleCheckPendingRequests = function (this: RequestQueueShape) {
    if (this.pending.length === 0) return;
    schedule.call(this);
  };
}

stopIdleRequestQueueTimers();
