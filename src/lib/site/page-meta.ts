/** An RSS feed a page offers (`<link rel="alternate">`). */
export interface PageFeed {
  /** Feed title. */
  title: string;
  /** Site path of the feed. */
  href: string;
}

/** The canonical address of a page: the configured public origin plus the page's path (base included). */
export function canonicalUrl(pathname: string, site: URL | undefined): string | null {
  return site ? new URL(pathname, site).href : null;
}

/** JSON for a `<script type="application/ld+json">`, safe to inline (no `</script>` can close it early). */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c');
}

/** schema.org `Dataset` description of the published downloads. */
export function datasetJsonLd(options: {
  name: string;
  description: string;
  pageUrl: string;
  downloads: readonly { name: string; url: string; encodingFormat: string }[];
  places: readonly string[];
  /** Address of the dataset licence's text. */
  licenseUrl: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: options.name,
    description: options.description,
    url: options.pageUrl,
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    license: options.licenseUrl,
    spatialCoverage: options.places.map((name) => ({ '@type': 'Place', name })),
    distribution: options.downloads.map((download) => ({
      '@type': 'DataDownload',
      name: download.name,
      contentUrl: download.url,
      encodingFormat: download.encodingFormat,
    })),
  };
}
