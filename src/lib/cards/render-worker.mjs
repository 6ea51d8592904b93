/**
 * One card-drawing thread (see ./render.ts): SVG in, PNG bytes out, with the same resvg options as the main thread, so
 * a card drawn here is byte for byte the card drawn there. Plain JavaScript: worker threads load it without Vite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

parentPort?.on('message', (/** @type {{ id: number, svg: string }} */ { id, svg }) => {
  try {
    const png = new Resvg(svg, workerData.options).render().asPng();
    parentPort?.postMessage({ id, png });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
