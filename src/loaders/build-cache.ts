const cache = new Map<string, Promise<unknown>>();

/**
 * `compute()` once per build for `key`: in a production build every page
 * shares the result; under `astro dev` it is recomputed for each page so that
 * edited content shows in the preview at once.
 */
export function oncePerBuild<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return compute();
  let value = cache.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}
