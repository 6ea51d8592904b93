/** Element ids shared by the frame and the chart inside it, so aria attributes line up. */
export function chartIds(chartId: string) {
  return {
    figure: `chart-${chartId}`,
    title: `chart-${chartId}-title`,
    description: `chart-${chartId}-desc`,
    live: `chart-${chartId}-live`,
  };
}
