/** The chart components editors can place in MDX; each takes chart="<id of content/charts/<id>.yaml>". */
export const chartComponents = ['ProfitChart', 'IncidentTimeline', 'BalticMap'];
