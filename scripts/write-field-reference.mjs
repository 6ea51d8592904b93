#!/usr/bin/env node
/** npm run docs:fields: writes docs/fields.md from the schemas (src/lib/field-reference.ts). */
import fs from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/lib/field-reference.ts', { configFile: false, logLevel: 'error' });
fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/fields.md', module.fieldReference());
console.log('Wrote docs/fields.md');
