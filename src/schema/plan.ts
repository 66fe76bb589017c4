import { z } from 'zod';
import { IgnoredFigureSchema, TargetEntrySchema } from './target.ts';

/** The two kinds of plan Plan Atlas publishes. */
export const PlanKindSchema = z.enum(['women', 'children']);
export type PlanKind = z.infer<typeof PlanKindSchema>;

/** Calendar date written as `YYYY-MM-DD` (YAML dates are read as strings, never as `Date`). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应写成 YYYY-MM-DD，例如 2022-09-09' })
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    {
      message: '不是有效的日期',
    },
  );

/** A 1-based inclusive line range in a source file. */
export const LineRangeSchema = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([from, to]) => from <= to, { message: '起始行不能大于结束行' });

/** Where the published text comes from: a file in `data/sources/` and the lines it occupies. */
export const PlanSourceSchema = z.strictObject({
  /** File name inside `data/sources/`, e.g. `000_2215560c8b7cdbb1.txt`. */
  file: z.string().regex(/^[\w.-]+\.txt$/, { message: '应为 data/sources/ 中的 .txt 文件名' }),
  /**
   * The document as received, kept unchanged in `data/sources/`, where `file`
   * is the text extracted from it (`<original>.txt`, e.g. `012_guangzhou.docx`
   * → `012_guangzhou.docx.txt`); absent where the source was already a UTF-8 text.
   */
  original: z
    .string()
    .regex(/^[\w.-]+$/, { message: '应为 data/sources/ 中的原始文件名' })
    .optional(),
  /** 1-based line of the printed title; null where the source prints no title. */
  title_line: z.number().int().positive().nullable(),
  /** Line range of the issuing notice; null where the source has none. */
  notice_lines: LineRangeSchema.nullable(),
  /** Line range of the plan's body text (everything after the title). */
  body_lines: LineRangeSchema,
});

/** One dated change note. */
export const ChangeNoteSchema = z.strictObject({
  /** Date the change was published on Plan Atlas. */
  date: IsoDateSchema,
  /** The plan version this note introduces. */
  version: z.number().int().positive(),
  /** What changed, in plain Chinese. */
  note: z.string().min(1),
});

/** The plan period, in whole years. */
export const PeriodSchema = z
  .strictObject({
    /** First year the plan covers, e.g. 2021. */
    start: z.number().int().min(1949).max(2100),
    /** Last year the plan covers, e.g. 2030. */
    end: z.number().int().min(1949).max(2100),
  })
  .refine((p) => p.start <= p.end, { message: '规划期起始年不能晚于结束年', path: ['end'] });

/** Front matter of a plan file (`content/plans/<district>/<plan>.md`). */
export const PlanFrontMatterSchema = z.strictObject({
  /** Title as printed; where the source prints none, the form its own notices use. */
  title: z.string().min(1),
  /** True where the source prints no title and `title` was inferred. */
  title_inferred: z.boolean().default(false),
  /** District slug from `data/districts.yaml`; must match the file's folder. */
  district: z.string().regex(/^[a-z]+(-[a-z]+)*$/, { message: '应为拼音标识，例如 fuxin-xihe' }),
  /** Which plan this is; must match the file name. */
  plan: PlanKindSchema,
  /** Years the plan covers. */
  period: PeriodSchema,
  /** Issuing authority as printed, or null where the source does not say. */
  issuer: z.string().min(1).nullable(),
  /** Document number as printed (e.g. 阜细政发〔2022〕3号), or null. */
  document_number: z.string().min(1).nullable(),
  /** Date the plan was issued, or null where the source does not say (never invented). */
  issued: IsoDateSchema.nullable(),
  /** The issuing notice as printed (paragraphs separated by blank lines), or null. */
  notice: z.string().min(1).nullable(),
  /** Provenance of the text. */
  source: PlanSourceSchema,
  /** Version of this plan on Plan Atlas, starting at 1. */
  version: z.number().int().positive(),
  /** Date of the latest version. */
  updated: IsoDateSchema,
  /** Change notes, newest first; the last one is the original publication. */
  changes: z.array(ChangeNoteSchema).min(1, { message: '至少要有一条变更说明（首次发布）' }),
  /** Every quantitative target the plan states, one entry per (indicator, year). */
  indicators: z.array(TargetEntrySchema).default([]),
  /** Figures in 主要目标 items deliberately not recorded as targets, with the reason. */
  ignored_figures: z.array(IgnoredFigureSchema).default([]),
});
export type PlanFrontMatter = z.infer<typeof PlanFrontMatterSchema>;
