import { z } from 'zod';

/** Where a reader's "纠错" (report an error) link goes; one of three kinds, or none. */
export const ReportErrorSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Open the plan's Markdown in the repository's web editor at the line of the target's front-matter entry. */
    kind: z.literal('repository-edit'),
    /** URL with `{file}` (path in the repository) and `{line}`, e.g. `https://git.example.org/atlas/edit/main/{file}#L{line}`. */
    pattern: z.url().includes('{file}'),
  }),
  z.strictObject({
    /** Open an issue form prefilled with the target id, the quote and the page URL. */
    kind: z.literal('issue-form'),
    /** URL with `{title}` and `{body}` (URL-encoded on use), e.g. `https://git.example.org/atlas/issues/new?title={title}&body={body}`. */
    pattern: z.url().includes('{body}'),
  }),
  z.strictObject({
    /** Write an e-mail (mailto) with the same prefilled text. */
    kind: z.literal('email'),
    /** The address, e.g. `guihua@example.gov.cn`. */
    address: z.email(),
  }),
]);
export type ReportErrorConfig = z.infer<typeof ReportErrorSchema>;

/** The site configuration (`plan-atlas.config.json` at the project root). */
export const SiteConfigSchema = z.strictObject({
  /** Where "纠错" links go; null: the links are not rendered. */
  report_error: ReportErrorSchema.nullable().default(null),
  /** True only in a synthetic corpus (`npm run synth`): every page then says 合成数据，仅供性能测试. */
  synthetic: z.boolean().default(false),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;
