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

/** Words that mark a licence as not yet chosen (refused: a published dataset needs a real licence). */
const PLACEHOLDER_LICENCE = /to-be-decided|\btbd\b|\btodo\b|placeholder|待定|未定/iu;

/** The licence of the published dataset (`/data/`): an SPDX identifier and where its text is. */
export const DatasetLicenceSchema = z.strictObject({
  /** SPDX licence identifier, e.g. `CC-BY-4.0`, `CC0-1.0`, `ODbL-1.0` (see https://spdx.org/licenses/); placeholders are refused. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/u, '应为 SPDX 许可标识，例如 CC-BY-4.0')
    .refine((id) => !PLACEHOLDER_LICENCE.test(id), '这是占位符，不是许可：请写明数据集采用的许可，例如 CC-BY-4.0'),
  /** The licence's name as shown to readers, e.g. `知识共享署名 4.0 国际许可协议（CC BY 4.0）`. */
  title: z
    .string()
    .min(1)
    .refine((title) => !PLACEHOLDER_LICENCE.test(title), '这是占位符，不是许可：请写明许可的名称'),
  /** Address of the licence's text, e.g. `https://creativecommons.org/licenses/by/4.0/deed.zh-hans`. */
  url: z.url(),
});
export type DatasetLicence = z.infer<typeof DatasetLicenceSchema>;

/** The default dataset licence: Creative Commons Attribution 4.0 (reuse with attribution). */
export const DEFAULT_DATASET_LICENCE: DatasetLicence = {
  id: 'CC-BY-4.0',
  title: '知识共享署名 4.0 国际许可协议（CC BY 4.0）',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
};

/** The site configuration (`plan-atlas.config.json` at the project root). */
export const SiteConfigSchema = z.strictObject({
  /** Where "纠错" links go; null: the links are not rendered. */
  report_error: ReportErrorSchema.nullable().default(null),
  /** The licence of the published dataset, shown on `/data/`, in `datapackage.json` and in `/data/README.md`. */
  dataset_licence: DatasetLicenceSchema.default(DEFAULT_DATASET_LICENCE),
  /** True only in a synthetic corpus (`npm run synth`): every page then says 合成数据，仅供性能测试. */
  synthetic: z.boolean().default(false),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;
