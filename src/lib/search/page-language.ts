/**
 * The language of a built page, from the `lang` attribute of its `<html>`
 * element, e.g. `zh-CN`; null where it has none.
 */
export function htmlLanguage(html: string): string | null {
  const tag = /<html\b[^>]*>/iu.exec(html)?.[0];
  if (tag === undefined) return null;
  const match = /\blang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/iu.exec(tag);
  if (match === null) return null;
  return match[1] ?? match[2] ?? match[3] ?? null;
}

/** The language the search index is built for: the site's pages are `<html lang="zh-CN">`. */
export const INDEX_PAGE_LANGUAGE = 'zh-CN';
