/** Serves the built site (dist/) on loopback for the browser tests; tests read the address with inject('baseUrl'). */
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server.mjs';
import { distRoot } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(`${distRoot}/index.html`)) {
    throw new Error(`No built site in ${distRoot}: run "npm run build" first (npm test does it for you).`);
  }
  const server = await startStaticServer({ dir: distRoot, base: '/' });
  project.provide('baseUrl', server.url);
  return async () => server.close();
}
