import type { Page } from 'playwright-core';

/** Running header and footer templates (Chromium's `headerTemplate`, `footerTemplate`: `pageNumber`, `totalPages` classes). */
export interface PrintTemplates {
  header?: string | null;
  footer?: string | null;
}

/** An empty template: Chromium prints its own date, title and URL where a template is missing. */
const EMPTY = '<span></span>';

/**
 * Prints an HTML page to an A4 PDF in the browser, as a government office
 * prints a document: 30 mm top and bottom margins holding the running header
 * and footer, 25 mm at the sides.
 */
export async function printPdf(page: Page, html: string, templates: PrintTemplates = {}): Promise<Uint8Array> {
  await page.setContent(html);
  const header = templates.header ?? null;
  const footer = templates.footer ?? null;
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '30mm', bottom: '30mm', left: '25mm', right: '25mm' },
    displayHeaderFooter: header !== null || footer !== null,
    headerTemplate: header ?? EMPTY,
    footerTemplate: footer ?? EMPTY,
  });
  return new Uint8Array(pdf);
}

/** The templates a fixture page carries in `<template id="pdf-header">` and `<template id="pdf-footer">`. */
export function templatesOf(html: string): PrintTemplates {
  const template = (id: string): string | null =>
    new RegExp(`<template id="${id}">([\\s\\S]*?)</template>`, 'u').exec(html)?.[1] ?? null;
  return { header: template('pdf-header'), footer: template('pdf-footer') };
}
