import type { DatasetLicence } from '../../schema/site-config.ts';

/** What the README of the dataset download says. */
export interface DatasetReadmeInput {
  /** The dataset's title (as in `datapackage.json`). */
  title: string;
  /** The published files with one line each on what they hold. */
  files: readonly { path: string; description: string }[];
  /** The dataset's licence. */
  licence: DatasetLicence;
  /** The public address of the dataset's page (`/data/`). */
  pageUrl: string;
}

/** `README.md` of the dataset download (`/data/README.md`): what each file holds, the licence, how to cite. */
export function datasetReadme({ title, files, licence, pageUrl }: DatasetReadmeInput): string {
  return [
    `# ${title}`,
    '',
    `数据集页面：${pageUrl}`,
    '',
    '## 文件',
    '',
    ...files.map((file) => `- \`${file.path}\`：${file.description}`),
    '- `datapackage.json`：Frictionless Data Package 描述文件（各文件、字段类型和说明、来源、许可）。',
    '',
    '## 许可',
    '',
    `本数据集采用${licence.title}（SPDX：\`${licence.id}\`），许可全文：${licence.url}`,
    '',
    '规划原文由各地政府公开发布；上述许可适用于本站整理的目标数据。',
    '',
    '## 引用',
    '',
    `规划图谱：《${title}》，${pageUrl}`,
    '',
  ].join('\n');
}
