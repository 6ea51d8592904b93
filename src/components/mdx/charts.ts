/** The chart components for MDX, by the names their kinds declare (src/charts/registry.ts). */
import { chartKinds } from '../../charts/registry';
import { chartComponent } from '../../charts/chart-parts';

export const chartMdxComponents = Object.fromEntries(await Promise.all(chartKinds.map(async (k) => [k.mdx, await chartComponent(k.kind)] as const)));
