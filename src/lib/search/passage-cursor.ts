/**
 * The passages of a search pass's plans, loaded a few plans at a time. Pagefind
 * finds and ranks plan records; their data (each plan's passages, ~30 KB
 * compressed) is what a query downloads, so the search page loads only the
 * plans it shows, and ranks the passages of all plans loaded so far.
 */
import type { FilterSelection } from './search-filters.ts';
import { passageHits, rankPassageHits, readPassages, type PassageHit } from './passage-hits.ts';
import type { SearchPass } from './search-passes.ts';

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

  /** Takes the best `count` passages pending. */
  take(count: number): FoundPassage<D>[] {
    const taken = this.#pending.slice(0, count);
    this.#pending = this.#pending.slice(count);
    return taken;
  }
}
