import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckedPlanFile, PlanCheckInput } from '../content/check-content.ts';
import type { PlanFileText } from './read-content.ts';
import { positiveIntegerFromEnv } from './env-integer.ts';

/** A batch of plan files sent to a worker; `index` is its place among the batches. */
export interface PlanBatch {
  index: number;
  files: PlanFileText[];
}

/** A batch checked, as a worker sends it back. */
export interface CheckedBatch {
  index: number;
  plans: CheckedPlanFile[];
}

/**
 * Plans per batch sent to a worker (by default). Workers take the next batch when they finish one, so a worker on a
 * busier core does less; a batch is ~1 s of work at ~50 ms per plan, much more than a message's cost.
 */
export const PLANS_PER_BATCH = 20;

/**
 * The worker entry, found next to this module. `import.meta.dirname` (not `new URL(…, import.meta.url)`,
 * which Vite rewrites) is the real folder both under Node and in Vite's module runner, where the plan
 * loader runs; Node runs the entry itself (type stripping), outside Vite.
 */
const WORKER_ENTRY = join(import.meta.dirname, 'check-plans-worker.ts');

/** Worker threads for parsing and checking plans: `PLAN_ATLAS_PARSE_WORKERS`, else one per core. */
export function parseWorkers(): number {
  return positiveIntegerFromEnv('PLAN_ATLAS_PARSE_WORKERS', availableParallelism());
}

/**
 * Checks plan files in `workers` worker threads (each rebuilds the context from `input`), in batches
 * of `plansPerBatch` taken from one queue; resolves with the checked plans in the order of `files`. The first failure
 * (a worker's uncaught error, or a worker that exits) stops every worker and rejects.
 */
export async function checkPlansInWorkers(
  files: readonly PlanFileText[],
  input: PlanCheckInput,
  workers: number,
  plansPerBatch = PLANS_PER_BATCH,
): Promise<CheckedPlanFile[]> {
  if (files.length === 0) return [];
  const batches: PlanBatch[] = [];
  for (let start = 0; start < files.length; start += plansPerBatch)
    batches.push({ index: batches.length, files: files.slice(start, start + plansPerBatch) });
  const results: CheckedPlanFile[][] = [];
  const threads: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = batches.length;
      const send = (worker: Worker): void => {
        const batch = batches[next++];
        if (batch) worker.postMessage(batch);
      };
      for (let i = 0; i < Math.min(workers, batches.length); i++) {
        const worker = new Worker(WORKER_ENTRY, { workerData: input });
        threads.push(worker);
        worker.on('message', ({ index, plans }: CheckedBatch) => {
          results[index] = plans;
          if (--pending === 0) resolve();
          else send(worker);
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (pending > 0) reject(new Error(`a plan-checking worker thread exited (code ${String(code)})`));
        });
        send(worker);
      }
    });
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
  return results.flat();
}
