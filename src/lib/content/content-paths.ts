/** Paths of the project's content, relative to its root. */
export const CONTENT_PATHS = {
  plans: 'content/plans',
  districts: 'data/districts.yaml',
  indicators: 'data/indicators.yaml',
  config: 'plan-atlas.config.json',
  sources: 'data/sources',
} as const;
