/**
 * Progressive enhancement of the comparison charts (the charts, their links
 * and tables are complete without it): a tooltip with the quote when a mark
 * is hovered or focused, Escape to close it, and the PNG download, drawn in
 * the browser from the inline SVG.
 *
 * PNG: rendered here on click (canvas from the inline SVG) rather than at
 * build time. A build-time rasteriser would need a new native or wasm
 * dependency plus CJK fonts for it; the browser already has the system fonts
 * the SVG names, so the PNG looks exactly like the chart on the page. Without
 * JavaScript the page says that the PNG needs it; the SVG download works anyway.
 */

function quoteOf(link: HTMLElement): { heading: string; text: string } | null {
  const id = link.dataset['quote'];
  const quote = id === undefined ? null : document.getElementById(id);
  if (!quote) return null;
  const heading = quote.querySelector('.quote-heading')?.textContent ?? '';
  const text = quote.querySelector('.quote-text')?.textContent ?? '';
  return { heading: heading.trim(), text: text.trim() };
}

function showTooltip(frame: HTMLElement, tooltip: HTMLElement, link: HTMLElement): void {
  const quote = quoteOf(link);
  tooltip.replaceChildren();
  const title = document.createElement('strong');
  title.textContent = link.getAttribute('aria-label') ?? '';
  tooltip.append(title);
  if (quote) {
    const source = document.createElement('span');
    source.className = 'chart-tooltip__source';
    source.textContent = quote.heading;
    const text = document.createElement('span');
    text.className = 'chart-tooltip__quote';
    text.textContent = `“${quote.text}”`;
    tooltip.append(source, text);
  }
  tooltip.hidden = false;
  const frameBox = frame.getBoundingClientRect();
  const box = link.getBoundingClientRect();
  const top = box.bottom - frameBox.top + 8;
  const left = Math.max(0, Math.min(box.left - frameBox.left - 40, frameBox.width - tooltip.offsetWidth));
  tooltip.style.top = `${String(top)}px`;
  tooltip.style.left = `${String(left)}px`;
  link.setAttribute('aria-describedby', tooltip.id);
}

function hideTooltip(tooltip: HTMLElement): void {
  tooltip.hidden = true;
  document.querySelectorAll(`[aria-describedby="${tooltip.id}"]`).forEach((link) => {
    link.removeAttribute('aria-describedby');
  });
}

async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
  const source = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = svg.viewBox.baseVal.width * scale;
    canvas.height = svg.viewBox.baseVal.height * scale;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => {
      canvas.toBlob(resolve, 'image/png');
    });
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(link.href);
    }, 1000);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Adds the tooltips and the PNG buttons to every chart on the page. */
export function enhanceCharts(): void {
  document.querySelectorAll<HTMLElement>('[data-chart]').forEach((frame) => {
    const tooltip = document.getElementById(frame.dataset['tooltip'] ?? '');
    if (!tooltip) return;
    frame.querySelectorAll<HTMLElement>('.chart-hotspot').forEach((link) => {
      const show = (): void => {
        showTooltip(frame, tooltip, link);
      };
      link.addEventListener('pointerenter', show);
      link.addEventListener('focus', show);
      link.addEventListener('pointerleave', () => {
        if (document.activeElement !== link) hideTooltip(tooltip);
      });
      link.addEventListener('blur', () => {
        hideTooltip(tooltip);
      });
    });
    frame.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hideTooltip(tooltip);
    });
  });
  document.querySelectorAll<HTMLButtonElement>('[data-png-for]').forEach((button) => {
    const svg = document.getElementById(button.dataset['pngFor'] ?? '');
    if (!(svg instanceof SVGSVGElement)) return;
    button.hidden = false;
    button.parentElement?.querySelector('.png-needs-js')?.setAttribute('hidden', '');
    button.addEventListener('click', () => {
      void downloadPng(svg, button.dataset['pngName'] ?? 'chart.png');
    });
  });
}
