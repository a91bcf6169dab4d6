/**
 * A first-in, first-out limit on the pages the server renders at once.
 *
 * Why: a page rendered per request (a `?q=` lookup) costs a few milliseconds
 * of CPU on the server's one JavaScript thread. Handed to Next all at once,
 * 100 concurrent renders interleave their streams, so each of them finishes
 * only when nearly all of them do, and under load the slowest pass a
 * client's timeout while the CPU was busy the whole time. Run a few at a
 * time, in arrival order, each request waits its turn instead: the same
 * throughput, a latency close to the mean for everyone.
 *
 * A request whose client has gone before its turn is dropped unrendered. When
 * more than `capacity` wait, the newcomer is refused at once (the server
 * answers 503 with Retry-After), so memory stays bounded under any load.
 */
export function createRenderQueue({ concurrency = 2, capacity = 512 } = {}) {
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) throw new Error(`concurrency must be a whole number ≥ 1 (got ${concurrency})`);
  if (!(Number.isInteger(capacity) && capacity >= 0)) throw new Error(`capacity must be a whole number ≥ 0 (got ${capacity})`);
  const waiting = [];
  let running = 0;

  function next() {
    while (running < concurrency && waiting.length) {
      const job = waiting.shift();
      if (job.cancelled()) {
        job.resolve('cancelled');
        continue;
      }
      running++;
      Promise.resolve()
        .then(job.run)
        .catch(() => {})
        .finally(() => {
          running--;
          job.resolve('done');
          next();
        });
    }
  }

  return {
    /**
     * Queues `run` (which resolves when the response is over). Resolves with
     * 'done' once it ran, 'cancelled' when `cancelled()` said so before its
     * turn, 'refused' at once when the queue is full.
     */
    push(run, cancelled = () => false) {
      if (running >= concurrency && waiting.length >= capacity) return Promise.resolve('refused');
      return new Promise((resolve) => {
        waiting.push({ run, cancelled, resolve });
        next();
      });
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

