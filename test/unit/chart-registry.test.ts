/**
 * Every chart kind is declared once (src/charts/<kind>/kind.ts, listed in src/charts/registry.ts) and is then present
 * everywhere it must be: its folder with the component and table it names, the content schema, the MDX components
 * and the MDX checker, the editors' guide, and the datasets it reads. A kind declared in one place and
 * missing from another fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chartKinds, chartKindSchemas, chartSchema, datasetsOfChart } from '../../src/charts/registry';
import { chartComponents } from '../../src/lib/mdx/chart-components';
import { mdxComponents } from '../../src/components/mdx/index';
import { chartComponent } from '../../src/charts/chart-parts';
import { datasetNames } from '../../src/lib/dataset-collections';

const kindFolders = fs
  .readdirSync('src/charts', { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join('src/charts', d.name, 'kind.ts')))
  .map((d) => d.name)
  .sort();
const chartFiles = fs.readdirSync('content/charts').filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));

describe('chart kinds', () => {
  it('are the folders of src/charts that declare one, each listed once in the registry', () => {
    expect(chartKinds.map((k) => k.kind).sort()).toEqual(kindFolders);
    expect(new Set(chartKinds.map((k) => k.mdx)).size).toBe(chartKinds.length);
  });

  it.each(chartKinds.map((k) => [k.kind, k] as const))('%s has its component and table in its folder', async (kind, k) => {
    expect(fs.existsSync(path.join('src/charts', kind, k.component))).toBe(true);
    expect(typeof (await import(`../../src/charts/${kind}/table.ts`)).chartTable).toBe('function');
    expect(await chartComponent(kind)).toBeTypeOf('function');
  });

  it.each(chartKinds.map((k) => [k.kind, k] as const))('%s: its schema takes kind: %s and the content schema knows it', (kind, k) => {
    expect(k.schema.shape.kind.value).toBe(kind);
    expect(chartKindSchemas.options).toContain(k.schema);
  });

  it('are the MDX components editors can use, and the ones the MDX checker accepts', () => {
    expect([...chartComponents].sort()).toEqual(chartKinds.map((k) => k.mdx).sort());
    for (const k of chartKinds) expect(mdxComponents).toHaveProperty(k.mdx);
  });

  it('are each documented with an example in the editors’ guide', () => {
    const guide = fs.readFileSync('docs/editing.md', 'utf8');
    for (const k of chartKinds) expect(guide).toMatch(new RegExp(`<!-- example: [a-z-]+ -->\\n\`\`\`mdx\\n<${k.mdx} chart="`));
  });

  it('read datasets that exist in content/data/, for every chart in content/charts/', () => {
    expect(chartFiles.length).toBeGreaterThan(0);
    for (const file of chartFiles) {
      const chart = chartSchema.parse(parse(fs.readFileSync(path.join('content/charts', file), 'utf8')));
      const read = datasetsOfChart(chart);
      expect(read.length).toBeGreaterThan(0);
      for (const name of read) {
        expect(datasetNames).toContain(name);
        expect(fs.existsSync(path.join('content/data', `${name}.json`))).toBe(true);
      }
    }
  });
});
