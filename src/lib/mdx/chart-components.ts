/** The chart components editors can place in MDX; each takes dataset="<id of content/charts/<id>.yaml>". */
export const chartComponents = ['ProfitChart', 'IncidentTimeline', 'BalticMap'];
