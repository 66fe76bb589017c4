import matter from 'gray-matter';
import { LineCounter, parseDocument } from 'yaml';

/** Front matter and body of a plan file, with a way to find the line of any field. */
export interface SplitPlanFile {
  /** Parsed front matter (plain YAML 1.2 data: dates stay strings). */
  data: Record<string, unknown>;
  /** Markdown body. */
  body: string;
  /** Number of file lines before the body's first line. */
  bodyLineOffset: number;
  /** 1-based file line of the field at `path` (or of its nearest existing parent). */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** YAML syntax errors, with file lines. */
  yamlErrors: { line: number; message: string }[];
}

/**
 * Splits a plan file with gray-matter, parsing the YAML with the `yaml` package
 * (YAML 1.2 core schema, so `2022-09-09` stays a string and line numbers are known).
 */
export function readFrontMatter(text: string): SplitPlanFile {
  const lineCounter = new LineCounter();
  let document: ReturnType<typeof parseDocument> | undefined;
  const parsed = matter(text, {
    engines: {
      yaml: (source: string): object => {
        document = parseDocument(source, { lineCounter, prettyErrors: false });
        const value: unknown = document.toJS();
        return value !== null && typeof value === 'object' ? value : {};
      },
    },
  });
  // gray-matter's YAML text starts with the rest of the opening `---` line, so
  // its line 1 is the file's line 1.
  const firstYamlLine = 1;
  const body = parsed.content;
  const bodyLineOffset = text.endsWith(body) ? text.slice(0, text.length - body.length).split('\n').length - 1 : 0;
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + firstYamlLine - 1;

  const lineOf = (path: readonly PropertyKey[]): number => {
    if (!document) return 1;
    for (let length = path.length; length > 0; length--) {
      const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      // A missing field is reported at its nearest existing parent.
      if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
    }
    return document.contents?.range ? lineAt(document.contents.range[0]) : 1;
  };

  const yamlErrors = (document?.errors ?? []).map((error) => ({
    line: lineAt(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));

  return { data: parsed.data, body, bodyLineOffset, lineOf, yamlErrors };
}
