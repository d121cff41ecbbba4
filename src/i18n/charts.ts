/** The words of a chart's caption (src/components/BarChart.astro). */
export const chartCaptionText = {
  unit: (unit: string) => `（单位：${unit}）`,
} as const;
