import { stringify } from 'yaml';
import { SourceSidecarSchema, type SourceSidecar } from '../../schema/source-sidecar.ts';
import { parseYamlData } from '../content/parse-yaml-data.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';

/**
 * Naming rule of the files that sit beside a document as received in
 * `data/sources/`:
 *
 * - its sidecar is `<document>.yaml` (`000_2215560c8b7cdbb1.txt.yaml`, `012_gz.docx.yaml`);
 * - its extracted text is `<document>.txt` (`012_gz.docx.txt`, `013_gz.txt.txt` for a GB18030
 *   text), written only where the document is not already a UTF-8 `.txt` with LF line ends and
 *   no byte-order mark; otherwise the document is its own text.
 */
export function sidecarName(document: string): string {
  return `${document}.yaml`;
}

/** The name of the extracted text of `document` (see {@link sidecarName}). */
export function extractedTextName(document: string): string {
  return `${document}.txt`;
}

/** Parses and validates a sidecar's text, with `file:line` issues. */
export function parseSidecar(text: string, file: string): { sidecar: SourceSidecar | null; issues: PlanIssue[] } {
  const parsed = parseYamlData(text, SourceSidecarSchema, file);
  return { sidecar: parsed.data, issues: parsed.issues };
}

/** The YAML text of a sidecar, with a comment saying what it is. */
export function writeSidecar(sidecar: SourceSidecar, document: string): string {
  const header = [
    `# What npm run import needs to know about ${document} that its text does not say.`,
    '# Written by the first import and read by every later one; edit it and re-import (see docs/publishing.md).',
  ];
  const body = stringify(SourceSidecarSchema.parse(sidecar), { lineWidth: 0, flowCollectionPadding: true }).replace(
    /^( +)period:\n\1 {2}start: (\d+)\n\1 {2}end: (\d+)\n/gmu,
    (_, indent: string, start: string, end: string) => `${indent}period: { start: ${start}, end: ${end} }\n`,
  );
  return `${header.join('\n')}\n${body}`;
}
