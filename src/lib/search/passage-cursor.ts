/**
 * The passages of a search pass's plans, loaded a few plans at a time. Pagefind
 * finds and ranks plan records; their data (each plan's passages, ~30 KB
 * compressed) is what a query downloads, so the search page loads only the
 * plans it shows, and ranks the passages of all plans loaded so far.
 */
import type { FilterSelection } from './search-filters.ts';
import { passageHits, rankPassageHits, readPassages, type PassageHit } from './passage-hits.ts';
import type { SearchPass } from './search-passes.ts';

/**
 * Plans loaded at once (their data, in parallel): first, and again on each 显示更多结果 when fewer
 * than a page of passages is left. A plan's data is its passages, ~30 KB compressed, so this
 * bounds what a query downloads (docs/performance.md). Pagefind ranks plans only roughly (each
 * token counts once per plan), so where a query finds few plans (`LOAD_ALL_UP_TO`) all are loaded
 * and their passages ranked together (`rankPassageHits`).
 */
export const PLANS_PER_LOAD = 6;
const LOAD_ALL_UP_TO = 10;
/**
 * Plans loaded first, where a query finds more than `LOAD_ALL_UP_TO`, to see whether a pass
 * finds the query at all: a plan can have every token of a query without the query (新生儿死亡
 * and 死亡率, not 新生儿死亡率). Where none of these has a passage to show, the next pass
 * (shorter words) is tried rather than more plans loaded.
 */
const PROBE_PLANS = 2;

/** A record's data as the cursor reads it: its meta (`passages` among it). */
export interface RecordData {
  meta: Record<string, string | undefined>;
}

/** A passage found, with the data of the plan it belongs to. */
export interface FoundPassage<D extends RecordData> {
  data: D;
  hit: PassageHit;
}

/** Pagefind's results for a pass, best first, and what has been loaded of them. */
export class PassageCursor<D extends RecordData> {
  /** Passages found and not yet taken, best first. */
  #pending: FoundPassage<D>[] = [];
  /** The next plan to load. */
  #next = 0;
  readonly #plans: readonly { data: () => Promise<D> }[];
  readonly #pass: SearchPass;
  readonly #filters: FilterSelection;

  constructor(plans: readonly { data: () => Promise<D> }[], pass: SearchPass, filters: FilterSelection) {
    this.#plans = plans;
    this.#pass = pass;
    this.#filters = filters;
  }

  /** How many plans Pagefind found. */
  get plans(): number {
    return this.#plans.length;
  }

  /** Plans found and not loaded yet. */
  get plansLeft(): number {
    return this.#plans.length - this.#next;
  }

  /** Passages found and not taken yet. */
  get pending(): number {
    return this.#pending.length;
  }

  /** Loads the next `count` plans (in parallel) and ranks their passages with those pending. */
  async load(count: number): Promise<void> {
    const batch = this.#plans.slice(this.#next, this.#next + count);
    this.#next += batch.length;
    const loaded = await Promise.all(batch.map((plan) => plan.data()));
    const found = loaded.flatMap((data) =>
      passageHits(readPassages(data.meta['passages']), this.#pass, this.#filters).map((hit) => ({ data, hit })),
    );
    this.#pending = rankPassageHits([...this.#pending, ...found]);
  }

  /**
   * The first load of a pass's plans: all where there are few, else a probe and, where it found
   * passages to show, the rest of a load; a whole load where `lastPass` (no pass is left to fall
   * back on). Resolves with whether any passage is pending.
   */
  async loadFirst(lastPass: boolean): Promise<boolean> {
    if (this.#plans.length <= LOAD_ALL_UP_TO) await this.load(this.#plans.length);
    else if (lastPass) await this.load(PLANS_PER_LOAD);
    else {
      await this.load(PROBE_PLANS);
      if (this.pending > 0) await this.load(PLANS_PER_LOAD - PROBE_PLANS);
    }
    return this.pending > 0;
  }

  /** Takes the best `count` passages pending. */
  take(count: number): FoundPassage<D>[] {
    const taken = this.#pending.slice(0, count);
    this.#pending = this.#pending.slice(count);
    return taken;
  }
}
