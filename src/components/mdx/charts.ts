/** Chart components for MDX, keyed by the names in src/lib/mdx/chart-components.ts. Filled in as charts are built. */
export const chartMdxComponents = {};
