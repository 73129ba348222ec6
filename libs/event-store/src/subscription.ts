import { comparePositions, type EventStore, type GlobalPosition, type SubscribeOptions, type Subscription } from './event-store.port.js';

/**
 * A catch-up subscription over readAll: read pages until the end, then wait for a local append
 * (woken at once) or the poll interval (appends from other processes), and go on. Each batch is
 * handed over only after the previous one was handled, so delivery is in global order, once.
 */
export function pollingSubscription(
  store: Pick<EventStore, 'readAll' | 'head'>,
  options: SubscribeOptions,
  settings: { pollIntervalMs: number; onWake: (wake: () => void) => () => void },
): Subscription {
  const batchSize = options.batchSize ?? 500;
  let position: GlobalPosition = options.after;
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  const waiters: { target: GlobalPosition; done: () => void; fail: (e: unknown) => void }[] = [];
  let failure: unknown;

  const settleWaiters = (): void => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (failure !== undefined) waiters.splice(i, 1)[0].fail(failure);
      else if (comparePositions(position, waiters[i].target) >= 0) waiters.splice(i, 1)[0].done();
    }
  };
  const unregister = settings.onWake(() => wakeUp?.());

  const loop = (async () => {
    while (!stopped) {
      const page = await store.readAll({ after: position, maxCount: batchSize, eventTypes: options.eventTypes });
      if ((page.events.length > 0 || comparePositions(page.next, position) > 0) && !stopped) {
        await options.handler(page.events, page.next);
        position = page.next;
      }
      settleWaiters();
      if (page.isEnd && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, settings.pollIntervalMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = undefined;
      }
    }
  })().catch((error: unknown) => {
    failure = error;
    stopped = true;
    settleWaiters();
    options.onError?.(error);
  });

  return {
    async stop() {
      stopped = true;
      wakeUp?.();
      unregister();
      await loop;
    },
    async caughtUp() {
      if (failure !== undefined) throw failure;
      const target = await store.head();
      if (failure !== undefined) throw failure;
      if (comparePositions(position, target) >= 0) return;
      await new Promise<void>((done, fail) => {
        waiters.push({ target, done, fail });
        wakeUp?.();
      });
    },
  };
}
