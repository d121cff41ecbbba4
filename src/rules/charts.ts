/**
 * Geometry of the site's one chart type, a horizontal bar chart, computed at
 * build time and drawn as inline SVG (no client JavaScript). Horizontal bars
 * suit Chinese category labels, which are read left to right and vary in
 * length. Every chart is also given as text (its accessible description) and
 * as a table next to it, so the picture never carries information alone.
 */

import { formatFixed } from '../format/numbers.ts';
import { chartCaptionText } from '../i18n/charts.ts';

export interface Datum {
  label: string;
  value: number;
}

export interface BarGeometry extends Datum {
  /** Top of the bar. */
  y: number;
  /** Bar length in user units (0 for a zero value; a zero bar still shows its number). */
  width: number;
  /** The number as printed at the end of the bar. */
  text: string;
}

export interface BarChart {
  width: number;
  height: number;
  /** x where bars start (labels are right-aligned to labelWidth - 8). */
  labelWidth: number;
  barHeight: number;
  bars: BarGeometry[];
  /** Scale maximum (a "nice" number ≥ the largest value). */
  max: number;
}

export interface ChartOptions {
  width?: number;
  barHeight?: number;
  gap?: number;
  fontSize?: number;
  /** Digits after the decimal point in printed values. */
  decimals?: number;
}

/** Visual width of a label in em: CJK and full-width characters count 1, others 0.6. */
export function labelEm(label: string): number {
  let em = 0;
  for (const ch of label) em += /[\u1100-\uFFFF]/.test(ch) ? 1 : 0.6;
  return em;
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ that is ≥ v (a readable scale end). */
export function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** Lays out one bar per datum, in the given order. */
export function barChart(data: readonly Datum[], options: ChartOptions = {}): BarChart {
  const { width = 640, barHeight = 24, gap = 10, fontSize = 16, decimals = 0 } = options;
  const labelWidth = Math.ceil(Math.max(2, ...data.map((d) => labelEm(d.label))) * fontSize) + 12;
  const max = niceMax(Math.max(0, ...data.map((d) => d.value)));
  // Leave room after the longest bar for its number.
  const valueRoom =
    Math.ceil(Math.max(3, ...data.map((d) => formatFixed(d.value, decimals).length)) * fontSize * 0.6) + 12;
  const span = Math.max(40, width - labelWidth - valueRoom);
  const bars = data.map((d, i) => ({
    ...d,
    y: gap + i * (barHeight + gap),
    width: Math.round((Math.max(0, d.value) / max) * span * 10) / 10,
    text: formatFixed(d.value, decimals),
  }));
  return { width, height: gap + data.length * (barHeight + gap), labelWidth, barHeight, bars, max };
}

/** The chart as one sentence of text, for its accessible description: "临清市 3，冠县 5。" */
export function chartText(data: readonly Datum[], unit = '', decimals = 0): string {
  return `${data.map((d) => `${d.label} ${formatFixed(d.value, decimals)}${unit}`).join('，')}。`;
}

/** The caption under a chart: its title, and its unit when it has one. */
export function chartCaption(title: string, unit = ''): string {
  return unit ? `${title}${chartCaptionText.unit(unit)}` : title;
}
