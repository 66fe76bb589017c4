/** The site's name as shown in the header and in every page title. */
export const SITE_NAME = '规划图谱 Plan Atlas';

/** Separator between a page's own title and the site name. */
const TITLE_SEPARATOR = ' | ';

/**
 * The `<title>` of a page: its own title followed by the site name, or the
 * site name alone for the home page (no `pageName`).
 */
export function pageTitle(pageName?: string): string {
  return pageName ? `${pageName}${TITLE_SEPARATOR}${SITE_NAME}` : SITE_NAME;
}
