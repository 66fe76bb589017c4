// The worker thread of `checkPlansInWorkers` (./check-plans-in-workers.ts): rebuilds the plan
// check's context from the plain inputs it is started with, then checks each batch of plan
// files it is sent and sends the checked plans back. Node runs this file itself (not Vite's
// module runner), so it and everything it imports must run under Node's type stripping.
import { parentPort, workerData } from 'node:worker_threads';
import { checkPlanFiles, planCheckContext, type PlanCheckInput } from '../content/check-content.ts';
import type { PlanBatch, CheckedBatch } from './check-plans-in-workers.ts';

if (!parentPort) throw new Error('check-plans-worker.ts runs in a worker thread (see check-plans-in-workers.ts)');
const port = parentPort;
const context = planCheckContext(workerData as PlanCheckInput);
port.on('message', ({ index, files }: PlanBatch) => {
  const result: CheckedBatch = { index, plans: checkPlanFiles(files, context) };
  port.postMessage(result);
});
