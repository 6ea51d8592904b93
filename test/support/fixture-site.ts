/**
 * Sites built from fixture content: a copy of content/ (its data, glossary and charts, none of its articles) with a
 * fixture folder laid over it, built with `astro build` or served with `astro dev`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cleanEnv } from './build-site.mjs';

/** Copies content/'s data, glossary, charts and images to `<work>/content`, then lays `fixtureDir` over it; returns the folder. */
export function fixtureContent(work: string, fixtureDir: string): string {
  const content = path.join(work, 'content');
  for (const dir of ['data', 'glossary', 'charts', 'images']) {
    fs.cpSync(path.resolve('content', dir), path.join(content, dir), { recursive: true });
  }
  fs.mkdirSync(path.join(content, 'articles'), { recursive: true });
  fs.cpSync(fixtureDir, content, { recursive: true });
  return content;
}

export interface DevServer {
  url: string;
  /** A page's HTML; retried while the server restarts itself (Vite re-optimises dependencies on a first run). */
  get: (path: string) => Promise<string>;
  output: () => string;
  stop: () => Promise<void>;
}

/** The dev server keeps its content store in .astro/ at the project root (a build keeps it in its cache folder). */
const devDataStore = path.resolve('.astro/data-store.json');

/**
 * Starts `astro dev` on `port` over `contentDir` and resolves once it answers. The dev server's content store is
 * deleted before and after, so neither an earlier fixture nor this one leaks into the next `npm run dev`.
 */
export async function startDevServer(contentDir: string, cacheDir: string, port: number): Promise<DevServer> {
  const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');
  fs.rmSync(devDataStore, { force: true });
  const child: ChildProcess = spawn(process.execPath, [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', GREYZONE_CONTENT_DIR: contentDir, GREYZONE_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const get = async (p: string): Promise<string> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await (await fetch(`${url}${p}`)).text();
      } catch (error) {
        if (attempt >= 40) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => {
        fs.rmSync(devDataStore, { force: true });
        resolve();
      });
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) return { url, get, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`astro dev did not answer:\n${log}`);
}
