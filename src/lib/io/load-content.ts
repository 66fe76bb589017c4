import { checkContent, type ContentCheck, type ContentOptions } from '../content/check-content.ts';
import { listSources, readDataFiles, readPlanFiles } from './read-content.ts';
import { isoToday } from './today.ts';
import { readDivisionIndex } from './read-division-list.ts';

/** Reads all content of the project at `root` and checks it (the I/O half of `checkContent`). */
export function loadContent(root: string, options: Partial<ContentOptions> = {}): ContentCheck {
  return checkContent(readPlanFiles(root), readDataFiles(root), listSources(root), {
    today: options.today ?? isoToday(),
    base: options.base ?? '/',
    site: options.site ?? process.env['PLAN_ATLAS_SITE'] ?? 'https://plan-atlas.example.org',
    divisions: options.divisions ?? readDivisionIndex(),
  });
}
