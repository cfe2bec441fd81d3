/**
 * Some of a stage's work in a worker thread (parsing pages is CPU-bound, and a machine
 * has more than one core). The module given starts its work itself when it finds its own
 * key in `workerData`, and posts the result back.
 */
import { Worker } from 'node:worker_threads';

/** Runs `module` in a worker with `workerData`; resolves to the one message it posts. */
export function inWorker<T>(module: URL, workerData: Record<string, unknown>): Promise<T> {
  const worker = new Worker(module, { workerData });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
