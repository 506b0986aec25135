import { Logger } from '@nestjs/common';
import { PeriodicTask } from './periodic-task';

/** A tick the test finishes by hand. */
function controlledTick() {
  const calls: Array<() => void> = [];
  const tick = jest.fn(() => new Promise<void>((resolve) => calls.push(resolve)));
  return { tick, finish: (i: number) => calls[i]() };
}

const quiet = { warn: jest.fn() } as unknown as Logger;

describe('PeriodicTask', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the tick every interval, never two at once', async () => {
    const { tick, finish } = controlledTick();
    const task = new PeriodicTask('t', 100, tick, quiet);
    task.start();
    expect(tick).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(100);
    expect(tick).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1000); // the first is still running
    expect(tick).toHaveBeenCalledTimes(1);
    finish(0);
    await jest.advanceTimersByTimeAsync(100);
    expect(tick).toHaveBeenCalledTimes(2);
    finish(1);
    await task.stop();
  });

  it('stop() waits for the tick in flight and nothing runs after it', async () => {
    const { tick, finish } = controlledTick();
    const task = new PeriodicTask('t', 50, tick, quiet);
    task.start();
    await jest.advanceTimersByTimeAsync(50);
    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish(0);
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(1000);
    expect(tick).toHaveBeenCalledTimes(1);
  });

  it('a failing tick is logged and the next one still runs', async () => {
    const warn = jest.fn();
    const tick = jest.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(undefined);
    const task = new PeriodicTask('job', 10, tick, { warn } as unknown as Logger);
    task.start();
    await jest.advanceTimersByTimeAsync(20);
    expect(warn).toHaveBeenCalledWith('job failed: boom');
    expect(tick).toHaveBeenCalledTimes(2);
    await task.stop();
  });

  it('an interval of 0 never starts', async () => {
    const tick = jest.fn().mockResolvedValue(undefined);
    const task = new PeriodicTask('off', 0, tick, quiet);
    task.start();
    expect(task.started).toBe(false);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(tick).not.toHaveBeenCalled();
  });
});
