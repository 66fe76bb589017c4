/**
 * Gives template expressions in `.astro` files a concrete JSX element type for
 * typed linting. Astro types JSX elements as `HTMLElement | any` (to allow
 * several JSX frameworks), which typescript-eslint's no-unsafe-* rules reject
 * on every `items.map((item) => <li>…</li>)`; this is the fix documented by
 * eslint-plugin-astro ("Resolving Error in JSX: Unsafe return of an any typed value").
 */
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
