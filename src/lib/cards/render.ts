/**
 * SVG to PNG with resvg, cached by content: the PNG for an SVG is kept under a hash of the SVG, the font files and the
 * resvg version, so a rebuild with no change copies cards instead of drawing them.
 * Drawing a card takes tens of milliseconds (most of it encoding the PNG), so a build with many cards draws them on
 * worker threads, one per core (./render-worker.mjs, the same options: the same bytes), with `renderAsync`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CARD_FONT_FAMILY, cardFonts } from './font';

const require = createRequire(import.meta.url);
const resvgVersion: string = require('@resvg/resvg-js/package.json').version;

type Rendered = { png: Buffer; cached: boolean };

export interface CardRenderer {
  /** PNG bytes for an SVG, and whether they came from the cache. */
  render(svg: string): Rendered;
  /** The same, drawn on a worker thread: call it for every card, then await them all and `close()`. */
  renderAsync(svg: string): Promise<Rendered>;
  /** Stops the worker threads (if any were started). */
  close(): Promise<void>;
  /** How many cards worker threads have drawn. */
  readonly drawnOnThreads: number;
}

/** Threads for drawing: one per core, at most four; GREYZONE_CARD_THREADS=0 draws on the main thread. */
function threadCount(): number {
  const asked = Number(process.env.GREYZONE_CARD_THREADS);
  if (process.env.GREYZONE_CARD_THREADS !== undefined && Number.isInteger(asked) && asked >= 0) return asked;
  return Math.min(os.availableParallelism(), 4);
}

export function cardRenderer(cacheDir: string): CardRenderer {
  const fonts = cardFonts();
  fs.mkdirSync(cacheDir, { recursive: true });
  const fontFiles = fonts.files.map((f, i) => {
    const file = path.join(cacheDir, `font-${i}.ttf`);
    if (!fs.existsSync(file) || fs.statSync(file).size !== f.data.length) fs.writeFileSync(file, f.data);
    return file;
  });
  const fontHash = crypto.createHash('sha256');
  for (const f of fonts.files) fontHash.update(f.data);
  const salt = `${resvgVersion}:${fontHash.digest('hex')}`;
  const options: ResvgRenderOptions = {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: CARD_FONT_FAMILY },
    fitTo: { mode: 'original' },
  };
  const fileOf = (svg: string) => path.join(cacheDir, `${crypto.createHash('sha256').update(salt).update(svg).digest('hex').slice(0, 32)}.png`);
  const draw = (svg: string, file: string): Rendered => {
    const png = new Resvg(svg, options).render().asPng();
    fs.writeFileSync(file, png);
    return { png, cached: false };
  };
  const pool = workerPool(options, threadCount());
  let drawnOnThreads = 0;
  return {
    get drawnOnThreads() {
      return drawnOnThreads;
    },
    render(svg) {
      const file = fileOf(svg);
      if (fs.existsSync(file)) return { png: fs.readFileSync(file), cached: true };
      return draw(svg, file);
    },
    async renderAsync(svg) {
      const file = fileOf(svg);
      if (fs.existsSync(file)) return { png: fs.readFileSync(file), cached: true };
      const png = await pool?.draw(svg);
      if (!png) return draw(svg, file);
      drawnOnThreads += 1;
      fs.writeFileSync(file, png);
      return { png, cached: false };
    },
    close: async () => pool?.close(),
  };
}

/**
 * Worker threads that draw SVGs, started on the first card; each takes the next card when it is done with one.
 * `draw` resolves to undefined when the threads cannot run (the caller then draws on the main thread).
 */
function workerPool(options: ResvgRenderOptions, size: number) {
  if (size < 1) return undefined;
  const script = new URL('./render-worker.mjs', import.meta.url);
  if (script.protocol !== 'file:' || !fs.existsSync(script)) return undefined;
  type Job = { id: number; svg: string; done: (png: Buffer | undefined) => void };
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  let workers: Worker[] | undefined;
  let broken = false;
  let next = 0;

  const fail = (job: Job) => job.done(undefined);
  const pump = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, svg: job.svg });
    }
  };
  const start = () => {
    workers = Array.from({ length: size }, () => {
      const worker = new Worker(script, { workerData: { options } });
      worker.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
        const job = busy.get(worker);
        busy.delete(worker);
        idle.push(worker);
        if (job) {
          if (m.png) job.done(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
          else fail(job);
        }
        pump();
      });
      worker.on('error', () => {
        // A thread that cannot run (no worker support, resvg not loadable there): everything left is drawn in-process.
        broken = true;
        const job = busy.get(worker);
        busy.delete(worker);
        if (job) fail(job);
        for (const waiting of queue.splice(0)) fail(waiting);
      });
      idle.push(worker);
      return worker;
    });
  };
  return {
    draw(svg: string): Promise<Buffer | undefined> {
      if (broken) return Promise.resolve(undefined);
      if (!workers) start();
      return new Promise((done) => {
        queue.push({ id: next++, svg, done });
        pump();
      });
    },
    async close() {
      await Promise.all((workers ?? []).map((w) => w.terminate()));
      workers = undefined;
      idle.length = 0;
    },
  };
}
