import { html, type Html } from './html.js';

/**
 * Charts drawn on the server as SVG: readable and printable without JavaScript. Each has a
 * <title> and <desc>, each bar its own <title>, and every chart is followed on its page by a
 * table of the same numbers (the text alternative).
 */
export interface Series { key: string; label: string }

export interface Band { label: string; from: number; to: number; row: number }

const FONT = 12;
const round = (n: number) => Math.round(n * 10) / 10;

function niceMax(max: number): number {
  if (max <= 5) return 5;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

/** Cuts a label to the characters that fit `width` pixels at about 6.5 px a character. */
function fit(label: string, width: number): string {
  const room = Math.floor((width - 8) / 6.5);
  if (label.length <= room) return label;
  return room < 3 ? '' : `${label.slice(0, room - 1)}…`;
}

function legend(series: Series[], x: number, y: number): Html {
  let offset = 0;
  return html`<g class="legend">${series.map((s) => {
    const at = offset;
    offset += 30 + s.label.length * 7;
    return html`<g transform="translate(${x + at},${y})"><rect class="bar s-${s.key}" width="12" height="12"></rect><text x="18" y="10" font-size="${FONT}">${s.label}</text></g>`;
  })}</g>`;
}


export interface YearChart {
  id: string;
  title: string;
  description: string;
  years: number[];
  series: Series[];
  /** value[year][series key] */
  values: Map<number, Record<string, number>>;
  bands: Band[];
  bandRows: string[];
}

/** Vertical bars grouped by year, one group per year that has data, with phase bands above the plot. */
export function yearBarChart(chart: YearChart): Html {
  const first = Math.min(...chart.years);
  const last = Math.max(...chart.years);
  const span = last - first + 1;
  const left = 44, right = 12, column = 34;
  const bandHeight = 22, top = 30 + chart.bandRows.length * (bandHeight + 4) + 8;
  const plotHeight = 220, width = left + span * column + right, height = top + plotHeight + 44;
  const max = niceMax(Math.max(1, ...[...chart.values.values()].flatMap((v) => Object.values(v))));
  const y = (v: number) => top + plotHeight - (v / max) * plotHeight;
  const barWidth = (column - 6) / chart.series.length;
  const xOf = (year: number) => left + (year - first) * column;
  const ticks = [0, max / 2, max];
  return html`<svg class="chart" id="${chart.id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc">
<title id="${chart.id}-title">${chart.title}</title>
<desc id="${chart.id}-desc">${chart.description}</desc>
${legend(chart.series, left, 8)}
<g class="bands">${chart.bands.filter((b) => b.to >= first && b.from <= last).map((b) => {
  const x0 = xOf(Math.max(b.from, first)), x1 = xOf(Math.min(b.to, last) + 1);
  const yb = 30 + b.row * (bandHeight + 4);
  return html`<g class="band band-row-${b.row}"><title>${chart.bandRows[b.row]} phase: ${b.label}, ${b.from}–${b.to}</title><rect x="${x0}" y="${yb}" width="${x1 - x0 - 1}" height="${bandHeight}"></rect><text x="${x0 + 4}" y="${yb + 15}" font-size="11">${fit(b.label, x1 - x0)}</text></g>`;
})}</g>
<g class="axis">${ticks.map((t) => html`<line x1="${left}" x2="${width - right}" y1="${round(y(t))}" y2="${round(y(t))}"></line><text x="${left - 6}" y="${round(y(t)) + 4}" text-anchor="end" font-size="${FONT}">${t}</text>`)}</g>
${[...chart.years].sort((a, b) => a - b).map((year) => {
  const values = chart.values.get(year) ?? {};
  return html`<g class="year-group" data-year="${year}"><title>${year}: ${chart.series.map((s) => `${s.label} ${values[s.key] ?? 0}`).join(', ')}</title>
${chart.series.map((s, i) => {
  const v = values[s.key] ?? 0;
  return v ? html`<rect class="bar s-${s.key}" x="${round(xOf(year) + 3 + i * barWidth)}" y="${round(y(v))}" width="${round(barWidth - 1)}" height="${round(top + plotHeight - y(v))}"></rect>` : '';
})}</g>`;
})}
<g class="x-labels">${Array.from({ length: span }, (_, i) => first + i).map((year) => html`<text x="${xOf(year) + column / 2}" y="${top + plotHeight + 16}" text-anchor="middle" font-size="11"${(year - first) % 2 ? html` class="odd"` : ''}>${String(year).slice(2)}</text>`)}
<text x="${left}" y="${top + plotHeight + 36}" font-size="${FONT}">Years ${first}–${last} (labels show the last two digits)</text></g>
</svg>`;
}

export interface BarRow { key: string; label: string; values: Record<string, number> }

export interface HorizontalChart {
  id: string;
  title: string;
  description: string;
  series: Series[];
  rows: BarRow[];
}

/** Horizontal grouped bars: a row per category (threat, phase), a bar per series; narrow screens read it well. */
export function horizontalBarChart(chart: HorizontalChart): Html {
  const labelWidth = 190, right = 40, plotWidth = 330, barHeight = 14, gap = 10;
  const rowHeight = chart.series.length * barHeight + gap;
  const top = 30, width = labelWidth + plotWidth + right, height = top + chart.rows.length * rowHeight + 10;
  const max = niceMax(Math.max(1, ...chart.rows.flatMap((r) => Object.values(r.values))));
  return html`<svg class="chart" id="${chart.id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc">
<title id="${chart.id}-title">${chart.title}</title>
<desc id="${chart.id}-desc">${chart.description}</desc>
${legend(chart.series, labelWidth, 8)}
${chart.rows.map((row, r) => {
  const y0 = top + r * rowHeight;
  return html`<g class="row" data-row="${row.key}"><text x="${labelWidth - 8}" y="${y0 + (rowHeight - gap) / 2 + 4}" text-anchor="end" font-size="${FONT}">${row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}</text>
${chart.series.map((s, i) => {
  const v = row.values[s.key] ?? 0;
  const w = (v / max) * plotWidth;
  return html`<g class="bar-item" data-series="${s.key}"><title>${row.label}, ${s.label}: ${v}</title><rect class="bar s-${s.key}" x="${labelWidth}" y="${y0 + i * barHeight}" width="${round(Math.max(w, v ? 1 : 0))}" height="${barHeight - 2}"></rect><text x="${round(labelWidth + w + 4)}" y="${y0 + i * barHeight + 10}" font-size="11">${v}</text></g>`;
})}</g>`;
})}
</svg>`;
}
