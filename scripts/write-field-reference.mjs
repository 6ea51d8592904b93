#!/usr/bin/env node
/**
 * npm run docs:fields: writes docs/fields.md from the schemas (src/lib/field-reference.ts), and copies the component
 * examples (docs/examples/*.mdx) into docs/editing.md (src/lib/editor-examples.ts). Tests fail when either is stale.
 */
import fs from 'node:fs';
import { runnerImport } from 'vite';

const load = async (id) => (await runnerImport(id, { configFile: false, logLevel: 'error' })).module;
const { fieldReference } = await load('./src/lib/field-reference.ts');
const { withExamples } = await load('./src/lib/editor-examples.ts');
fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/fields.md', fieldReference());
fs.writeFileSync('docs/editing.md', withExamples(fs.readFileSync('docs/editing.md', 'utf8')));
console.log('Wrote docs/fields.md and the examples in docs/editing.md');
