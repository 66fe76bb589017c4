import { checkContent, type ContentCheck } from './check-content.ts';
import { listSources, readDataFiles, readPlanFiles } from './read-content.ts';
import { isoToday } from './today.ts';

/**
 * Reads all content of the project at `root` and checks it (the I/O half of
 * `checkContent`); `base` is the site base path for links in rendered bodies.
 */
export function loadContent(root: string, today = isoToday(), base = '/'): ContentCheck {
  return checkContent(readPlanFiles(root), readDataFiles(root), listSources(root), today, base);
}
