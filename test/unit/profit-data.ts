/** The M&S figures the profit chart tests lay out and render (as in content/data/ms-financials.json). */
import type { ProfitMeasure } from '../../src/charts/profit/layout';

export const msProfit: ProfitMeasure[] = [
  {
    key: 'statutory',
    label: 'Statutory profit before tax',
    before: { value: 391.9, period: '26 weeks to 28 Sep 2024' },
    after: { value: 3.4, period: '26 weeks to 27 Sep 2025' },
  },
  {
    key: 'adjusted',
    label: 'Adjusted profit before tax',
    before: { value: 413.1, period: '26 weeks to 28 Sep 2024' },
    after: { value: 184.1, period: '26 weeks to 27 Sep 2025' },
  },
];
