#!/usr/bin/env node
/**
 * npm run check:content: checks everything under content/ as the build does (schemas, MDX references, images, the
 * own-words rule) without building, and prints one block of problems with file and line. Exit code 1 on any problem.
 * The TypeScript modules are loaded through Vite's module runner (the same way astro loads its config).
 */
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/lib/content-check/report.ts', { configFile: false, logLevel: 'error' });
const { ok, text } = module.contentReport();
(ok ? console.log : console.error)(text);
process.exit(ok ? 0 : 1);
