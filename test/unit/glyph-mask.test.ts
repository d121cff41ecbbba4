import type { PathCommand } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { glyphMask } from '../../src/outputs/og/glyph-mask.ts';

/** A rectangle as a closed contour, in mask pixels (scale 1, y down), drawn clockwise or back. */
function rect(x0: number, y0: number, x1: number, y1: number, reverse = false): PathCommand[] {
  const corners = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  if (reverse) corners.reverse();
  // Font units are y up: the placement below flips y back.
  return [
    ...corners.map(([x, y], i): PathCommand => ({ command: i ? 'lineTo' : 'moveTo', args: [x, -y] })),
    { command: 'closePath', args: [] },
  ];
}

const at = { x: 0, y: 0, scale: 1 };
const rowOf = (mask: Uint8Array, width: number, y: number) => [...mask.subarray(y * width, (y + 1) * width)];

describe('glyph masks', () => {
  it('give each pixel the share of its area inside the outline', () => {
    const mask = glyphMask(rect(2.25, 3.5, 6.75, 8.5), at, 10, 10);
    expect(rowOf(mask, 10, 2)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Half the row's height: a quarter of a pixel short at each end.
    expect(rowOf(mask, 10, 3)).toEqual([0, 0, 96, 128, 128, 128, 96, 0, 0, 0]);
    expect(rowOf(mask, 10, 5)).toEqual([0, 0, 191, 255, 255, 255, 191, 0, 0, 0]);
    expect(rowOf(mask, 10, 8)).toEqual([0, 0, 96, 128, 128, 128, 96, 0, 0, 0]);
    expect(rowOf(mask, 10, 9)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('count overlapping contours once, as fonts mean them (non-zero winding)', () => {
    // Two strokes that overlap, with their top edges in the same pixel row.
    const one = glyphMask(rect(1, 1.5, 8, 4), at, 10, 6);
    const both = glyphMask([...rect(1, 1.5, 8, 4), ...rect(3, 1.5, 6, 4)], at, 10, 6);
    expect([...both]).toEqual([...one]);
  });

  it('leave a counter drawn the other way round empty', () => {
    const mask = glyphMask([...rect(1, 1, 9, 9), ...rect(3, 3, 7, 7, true)], at, 10, 10);
    expect(rowOf(mask, 10, 5)).toEqual([0, 255, 255, 0, 0, 0, 0, 255, 255, 0]);
  });

  it('follow quadratic curves (TrueType): a parabolic segment of base 30 px and control 40 px high covers 400 px²', () => {
    // The curve's apex is half the control's height, 20 px; the segment is 2/3 of base × apex.
    const segment: PathCommand[] = [
      { command: 'moveTo', args: [5, -25] },
      { command: 'quadraticCurveTo', args: [20, 15, 35, -25] },
      { command: 'closePath', args: [] },
    ];
    const area = glyphMask(segment, at, 40, 30).reduce((sum, v) => sum + v / 255, 0);
    // Straight pieces within 0.05 px of the curve lose at most about 0.05 px × the curve's 50 px length.
    expect(Math.abs(area - 400)).toBeLessThan(2.5);
  });

  it('follow cubic curves: a circle of radius 20 px covers π·400 px²', () => {
    // Cubic arcs with handles at 0.5523 of the radius stray from a circle by less than 0.03%.
    const k = 0.5523 * 20;
    const [cx, cy] = [25, -25];
    const circle: PathCommand[] = [
      { command: 'moveTo', args: [cx + 20, cy] },
      { command: 'bezierCurveTo', args: [cx + 20, cy + k, cx + k, cy + 20, cx, cy + 20] },
      { command: 'bezierCurveTo', args: [cx - k, cy + 20, cx - 20, cy + k, cx - 20, cy] },
      { command: 'bezierCurveTo', args: [cx - 20, cy - k, cx - k, cy - 20, cx, cy - 20] },
      { command: 'bezierCurveTo', args: [cx + k, cy - 20, cx + 20, cy - k, cx + 20, cy] },
      { command: 'closePath', args: [] },
    ];
    const area = glyphMask(circle, at, 50, 50).reduce((sum, v) => sum + v / 255, 0);
    // As above: within 0.05 px × the 126 px circumference.
    expect(Math.abs(area - Math.PI * 400)).toBeLessThan(6.3);
  });

  it('place the font origin and scale as asked, y up', () => {
    // A 100-unit square at 0.1 px per unit, origin 2 px from the left and 12 px from the top.
    const mask = glyphMask(rect(0, -100, 100, 0), { x: 2, y: 12, scale: 0.1 }, 15, 15);
    expect(rowOf(mask, 15, 1)).toEqual(new Array(15).fill(0));
    expect(rowOf(mask, 15, 2)).toEqual([0, 0, ...new Array(10).fill(255), 0, 0, 0]);
    expect(rowOf(mask, 15, 11)).toEqual([0, 0, ...new Array(10).fill(255), 0, 0, 0]);
    expect(rowOf(mask, 15, 12)).toEqual(new Array(15).fill(0));
  });
});
