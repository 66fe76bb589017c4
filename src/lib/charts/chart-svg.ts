/**
 * Writes chart geometry as SVG markup: the inline `<svg>` of the pages and
 * the downloadable `chart.svg` are the same string. Styling is in attributes
 * so the file stands alone (no stylesheet, no external font: the system font
 * stack the site uses).
 */
import type { ChartText } from './chart-text.ts';
import type { ChartGeometry, MarkGeometry } from './indicator-chart.ts';
import type { DistributionChartGeometry } from './distribution-chart.ts';
import type { DotStripGeometry } from './dot-strip.ts';
import type { ProvinceTileMapGeometry } from './province-tile-map.ts';
import type { QuantileStripGeometry } from './quantile-strip.ts';

/** The site's font stack (system fonts only). */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

const TEXT = '#1a1a1a';
const MUTED = '#595959';
const GRID = '#d0d0d0';

/** `text` escaped for XML text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function text(t: ChartText): string {
  const attributes = [
    `x="${num(t.x)}"`,
    `y="${num(t.y)}"`,
    `font-size="${num(t.size)}"`,
    t.anchor === 'start' ? '' : `text-anchor="${t.anchor}"`,
    t.weight === 'bold' ? 'font-weight="bold"' : '',
    `fill="${t.colour === 'muted' ? MUTED : TEXT}"`,
  ].filter((a) => a !== '');
  return `<text ${attributes.join(' ')}>${escapeXml(t.text)}</text>`;
}

function mark(m: MarkGeometry): string {
  const data = [
    `data-id="${escapeXml(m.id)}"`,
    `data-district="${escapeXml(m.district)}"`,
    `data-year="${String(m.year)}"`,
    `data-value="${String(m.sourceValue)}"`,
    `data-unit="${escapeXml(m.sourceUnit)}"`,
    `data-plotted="${String(m.value)}"`,
  ].join(' ');
  return [
    `<g class="chart-mark" ${data} transform="translate(${num(m.cx)},${num(m.cy)})">`,
    `<path d="${m.symbol}" fill="${m.colour}" stroke="#ffffff" stroke-width="1"/>`,
    m.cap ? `<path d="${m.cap}" fill="none" stroke="${m.colour}" stroke-width="2" stroke-linecap="round"/>` : '',
    '</g>',
  ].join('');
}

/** The chart as a standalone `<svg>` element (`role="img"`, titled and described). */
export function chartSvg(chart: ChartGeometry): string {
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${chart.id}" viewBox="0 0 ${num(chart.width)} ${num(chart.height)}" width="${num(chart.width)}" height="${num(chart.height)}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="${titleId}">${escapeXml(chart.title)}</title>`,
    `<desc id="${descId}">${escapeXml(chart.description)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...chart.heading.map(text),
  ];
  for (const panel of chart.panels) {
    lines.push(`<g class="chart-panel" data-kind="${panel.kind}">`);
    lines.push(text(panel.title), text(panel.direction));
    for (const tick of panel.axis.ticks) {
      lines.push(
        `<line x1="${num(tick.x)}" x2="${num(tick.x)}" y1="${num(panel.axis.top)}" y2="${num(panel.axis.y)}" stroke="${GRID}" stroke-width="1"/>`,
      );
    }
    if (panel.axis.zero !== null) {
      lines.push(
        `<line x1="${num(panel.axis.zero)}" x2="${num(panel.axis.zero)}" y1="${num(panel.axis.top)}" y2="${num(panel.axis.y)}" stroke="${MUTED}" stroke-width="1.5"/>`,
      );
    }
    for (const row of panel.rows) {
      lines.push(
        `<line x1="0" x2="${num(chart.width)}" y1="${num(row.y)}" y2="${num(row.y)}" stroke="${GRID}" stroke-width="0.5"/>`,
      );
      lines.push(text(row.label));
      if (row.note) lines.push(text(row.note));
    }
    lines.push(
      `<line x1="${num(panel.axis.x1)}" x2="${num(panel.axis.x2)}" y1="${num(panel.axis.y)}" y2="${num(panel.axis.y)}" stroke="${MUTED}" stroke-width="1"/>`,
    );
    lines.push(...panel.axis.ticks.map((tick) => text(tick.label)));
    for (const m of panel.marks) lines.push(mark(m), text(m.label));
    lines.push('</g>');
  }
  for (const item of chart.legend) {
    lines.push(
      `<g transform="translate(${num(item.x)},${num(item.y)})"><path d="${item.symbol}" fill="${item.colour}"/>${
        item.cap
          ? `<path d="${item.cap}" fill="none" stroke="${item.colour}" stroke-width="2" stroke-linecap="round"/>`
          : ''
      }</g>`,
      text(item.text),
    );
  }
  lines.push(...chart.footnotes.map(text), '</svg>');
  return lines.join('\n');
}

/** A dot strip as an inline `<svg role="img">` labelled with `label`. */
export function dotStripSvg(strip: DotStripGeometry, label: string): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="dot-strip" viewBox="0 0 ${num(strip.width)} ${num(strip.height)}" width="${num(strip.width)}" height="${num(strip.height)}" role="img" aria-label="${escapeXml(label)}">`,
    `<line x1="${num(strip.x1)}" x2="${num(strip.x2)}" y1="${num(strip.height / 2)}" y2="${num(strip.height / 2)}" stroke="${GRID}" stroke-width="1"/>`,
  ];
  if (strip.better) parts.push(text(strip.better));
  for (const dot of strip.dots) {
    parts.push(
      `<circle class="dot-strip__dot" data-district="${escapeXml(dot.district)}" data-value="${String(dot.value)}" cx="${num(dot.cx)}" cy="${num(dot.cy)}" r="${num(dot.r)}" fill="${dot.highlight ? '#b3261e' : '#ffffff'}" stroke="${dot.highlight ? '#b3261e' : '#0b57d0'}" stroke-width="1.5"/>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The province tile map as an inline `<svg role="group">`: each tile is a link
 * (where it has one) named by its label, so it works without JavaScript.
 */
export function provinceTileMapSvg(map: ProvinceTileMapGeometry, label: string): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="tile-map" viewBox="0 0 ${num(map.width)} ${num(map.height)}" width="${num(map.width)}" height="${num(map.height)}" role="group" aria-label="${escapeXml(label)}" font-family="${escapeXml(FONT_FAMILY)}">`,
  ];
  for (const tile of map.tiles) {
    const body = [
      `<rect x="${num(tile.x)}" y="${num(tile.y)}" width="${num(tile.size)}" height="${num(tile.size)}" rx="4" fill="${tile.fill}" stroke="${tile.highlight ? '#b3261e' : '#ffffff'}" stroke-width="${tile.highlight ? '3' : '1'}"/>`,
      `<text x="${num(tile.x + tile.size / 2)}" y="${num(tile.y + tile.size * 0.42)}" font-size="13" text-anchor="middle" fill="${tile.ink}">${escapeXml(tile.short)}</text>`,
      tile.valueText === ''
        ? ''
        : `<text x="${num(tile.x + tile.size / 2)}" y="${num(tile.y + tile.size * 0.78)}" font-size="11" text-anchor="middle" fill="${tile.ink}">${escapeXml(tile.valueText)}</text>`,
    ].join('');
    parts.push(
      tile.href === null
        ? `<g class="tile" data-province="${tile.code}" role="img" aria-label="${escapeXml(tile.label)}">${body}</g>`
        : `<a class="tile" data-province="${tile.code}" href="${escapeXml(tile.href)}" aria-label="${escapeXml(tile.label)}">${body}</a>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

const BAR = '#0b57d0';
const BOX = '#bdd7e7';
const OWN = '#b3261e';

/** A distribution chart as a standalone `<svg>` element (`role="img"`, titled and described). */
export function distributionChartSvg(chart: DistributionChartGeometry): string {
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart distribution-chart" id="${chart.id}" viewBox="0 0 ${num(chart.width)} ${num(chart.height)}" width="${num(chart.width)}" height="${num(chart.height)}" role="img" aria-labelledby="${titleId} ${descId}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="${titleId}">${escapeXml(chart.title)}</title>`,
    `<desc id="${descId}">${escapeXml(chart.description)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...chart.heading.map(text),
    text(chart.direction),
  ];
  for (const panel of chart.panels) {
    lines.push(`<g class="distribution-year" data-year="${String(panel.year)}" data-count="${String(panel.count)}">`);
    lines.push(text(panel.title), text(panel.peak));
    for (const bar of panel.bars) {
      if (bar.count === 0) continue;
      lines.push(
        `<rect class="distribution-bar" data-from="${String(bar.from)}" data-to="${String(bar.to)}" data-count="${String(bar.count)}" x="${num(bar.x)}" y="${num(bar.y)}" width="${num(bar.width)}" height="${num(bar.height)}" fill="${BAR}"/>`,
      );
    }
    lines.push(
      `<line x1="${num(chart.x1)}" x2="${num(chart.x2)}" y1="${num(panel.baseline)}" y2="${num(panel.baseline)}" stroke="${MUTED}" stroke-width="1"/>`,
    );
    const { box } = panel;
    lines.push(
      `<line x1="${num(box.min)}" x2="${num(box.max)}" y1="${num(box.y)}" y2="${num(box.y)}" stroke="${MUTED}" stroke-width="1"/>`,
      `<rect x="${num(box.q1)}" y="${num(box.y - 5)}" width="${num(Math.max(1, box.q3 - box.q1))}" height="10" fill="${BOX}" stroke="${MUTED}" stroke-width="1"/>`,
      `<line x1="${num(box.median)}" x2="${num(box.median)}" y1="${num(box.y - 7)}" y2="${num(box.y + 7)}" stroke="${TEXT}" stroke-width="2.5"/>`,
    );
    for (const tick of chart.ticks) {
      lines.push(
        `<line x1="${num(tick.x)}" x2="${num(tick.x)}" y1="${num(panel.baseline)}" y2="${num(panel.baseline + 4)}" stroke="${MUTED}" stroke-width="1"/>`,
        text({ x: tick.x, y: panel.baseline + 36, text: tick.text, anchor: 'middle', size: 12.5 }),
      );
    }
    lines.push('</g>');
  }
  lines.push(...chart.footnotes.map(text), '</svg>');
  return lines.join('\n');
}

/** A quantile strip as an inline `<svg role="img">` labelled with `label`. */
export function quantileStripSvg(strip: QuantileStripGeometry, label: string): string {
  const { y } = strip;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="quantile-strip" viewBox="0 0 ${num(strip.width)} ${num(strip.height)}" width="${num(strip.width)}" height="${num(strip.height)}" role="img" aria-label="${escapeXml(label)}">`,
    `<line x1="${num(strip.min)}" x2="${num(strip.max)}" y1="${num(y)}" y2="${num(y)}" stroke="${MUTED}" stroke-width="1"/>`,
    `<rect x="${num(strip.q1)}" y="${num(y - 4)}" width="${num(Math.max(1, strip.q3 - strip.q1))}" height="8" fill="${BOX}" stroke="${MUTED}" stroke-width="1"/>`,
    `<line class="quantile-strip__median" x1="${num(strip.median)}" x2="${num(strip.median)}" y1="${num(y - 6)}" y2="${num(y + 6)}" stroke="${TEXT}" stroke-width="2"/>`,
  ];
  if (strip.provinceMedian !== null) {
    const x = strip.provinceMedian;
    parts.push(
      `<path class="quantile-strip__province" d="M${num(x - 4)},1L${num(x + 4)},1L${num(x)},7Z" fill="${TEXT}"/>`,
    );
  }
  if (strip.value !== null) {
    parts.push(
      `<circle class="quantile-strip__own" cx="${num(strip.value)}" cy="${num(y)}" r="4.5" fill="${OWN}" stroke="#ffffff" stroke-width="1"/>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
