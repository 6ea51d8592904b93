/**
 * The chart's data as a flat table: one shape for the HTML table alternative, the CSV download and the JSON download.
 * Each chart kind provides a function that turns its chart entry into a ChartTable (see src/charts/registry.ts).
 */
export type Cell = string | number | null;

export interface ChartColumn {
  /** Key in each row, also the CSV header. snake_case. */
  key: string;
  /** Column heading shown to readers. */
  label: string;
  /** Right-aligned, tabular numbers. */
  numeric?: boolean;
  /**
   * Where the HTML table shows the column: 'key' columns straight after the first (the row's name), 'detail' columns
   * (coordinates, precision, source lists) last; the rest in between, in order. Downloads keep the order given.
   */
  priority?: 'key' | 'detail';
}

export interface ChartTable {
  /** Caption of the HTML table, e.g. "M&S profit before tax, £m". */
  caption: string;
  columns: ChartColumn[];
  rows: Record<string, Cell>[];
  /**
   * Optional: the chart's notes as readers see them, when a kind builds them from the data (the profit chart fills
   * its figures in from ms-financials). Downloads should carry these rather than the entry's own `notes`.
   */
  notes?: string[];
}
