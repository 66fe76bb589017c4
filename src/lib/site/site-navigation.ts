import {
  aboutPath,
  comparePath,
  dataPath,
  districtsIndexPath,
  homePath,
  indicatorsIndexPath,
  plansPrefixPath,
  regionsIndexPath,
} from './site-paths.ts';

/** One link of the site's main navigation. */
export interface NavigationLink {
  /** Link text. */
  label: string;
  /** URL path. */
  href: string;
  /**
   * `aria-current` value: `page` on the page the link points to, `true` on
   * other pages of its section (e.g. a plan page under 地区), else null.
   */
  current: 'page' | 'true' | null;
}

/** Normalises a URL path for comparison: always ends with a slash. */
function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The main navigation (首页, 地区, 指标, 比较, 数据, 关于) for the page at `currentPath`
 * (`Astro.url.pathname`), marking the current page or section.
 */
export function siteNavigation(base: string, currentPath: string): NavigationLink[] {
  const path = withTrailingSlash(currentPath);
  const links: { label: string; href: string; section: string[] }[] = [
    { label: '首页', href: homePath(base), section: [] },
    {
      label: '地区',
      href: regionsIndexPath(base),
      section: [regionsIndexPath(base), districtsIndexPath(base), plansPrefixPath(base)],
    },
    { label: '指标', href: indicatorsIndexPath(base), section: [indicatorsIndexPath(base)] },
    { label: '比较', href: comparePath(base), section: [comparePath(base)] },
    { label: '数据', href: dataPath(base), section: [dataPath(base)] },
    { label: '关于', href: aboutPath(base), section: [aboutPath(base)] },
  ];
  return links.map(({ label, href, section }) => ({
    label,
    href,
    current: path === href ? 'page' : section.some((prefix) => path.startsWith(prefix)) ? 'true' : null,
  }));
}
