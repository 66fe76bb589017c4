import {
  checkContent,
  checkDataFiles,
  checkPlanFiles,
  contentCheck,
  planCheckContext,
  type ContentCheck,
  type ContentOptions,
} from '../content/check-content.ts';
import { listSources, readDataFiles, readPlanFiles } from './read-content.ts';
import { isoToday } from './today.ts';
import { readDivisionIndex } from './read-division-list.ts';
import { checkPlansInWorkers, parseWorkers, PLANS_PER_BATCH } from './check-plans-in-workers.ts';

/** The options with their defaults. */
function contentOptions(options: Partial<ContentOptions>): ContentOptions {
  return {
    today: options.today ?? isoToday(),
    base: options.base ?? '/',
    site: options.site ?? process.env['PLAN_ATLAS_SITE'] ?? 'https://plan-atlas.example.org',
    divisions: options.divisions ?? readDivisionIndex(),
  };
}

/** Reads all content of the project at `root` and checks it (the I/O half of `checkContent`). */
export function loadContent(root: string, options: Partial<ContentOptions> = {}): ContentCheck {
  return checkContent(readPlanFiles(root), readDataFiles(root), listSources(root), contentOptions(options));
}

/** How {@link loadContentParallel} shares out the plans. */
export interface ParallelOptions {
  /** Worker threads (default `PLAN_ATLAS_PARSE_WORKERS`, else one per core); 1: all in this thread. */
  workers: number;
  /** Fewer plans than this are checked in this thread: starting workers would cost more than it saves. */
  minPlans: number;
  /** Plans per batch a worker is sent (default {@link PLANS_PER_BATCH}). */
  plansPerBatch: number;
}

/** Below this many plans, starting worker threads (~0.5 s each, loading the parser) does not pay. */
const MIN_PLANS_FOR_WORKERS = 50;

/**
 * {@link loadContent} with the plans parsed and checked in worker threads, one per core: the same
 * result (the same plans in the same order, the same issues). Calls `onStart` with the number of
 * plans and of worker threads (0: in this thread) before the long step, for a progress line.
 */
export async function loadContentParallel(
  root: string,
  options: Partial<ContentOptions> = {},
  parallel: Partial<ParallelOptions> = {},
  onStart?: (plans: number, workers: number) => void,
): Promise<ContentCheck> {
  const planFiles = readPlanFiles(root);
  const data = checkDataFiles(readDataFiles(root), listSources(root), contentOptions(options));
  const plansPerBatch = parallel.plansPerBatch ?? PLANS_PER_BATCH;
  const workers = Math.min(parallel.workers ?? parseWorkers(), Math.ceil(planFiles.length / plansPerBatch));
  const inWorkers = workers > 1 && planFiles.length >= (parallel.minPlans ?? MIN_PLANS_FOR_WORKERS);
  onStart?.(planFiles.length, inWorkers ? workers : 0);
  const plans = inWorkers
    ? await checkPlansInWorkers(planFiles, data.planCheck, workers, plansPerBatch)
    : checkPlanFiles(planFiles, planCheckContext(data.planCheck));
  return contentCheck(data, plans);
}
