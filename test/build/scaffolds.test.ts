/**
 * The scaffolds (scripts/new.mjs): `npm run new -- article "Title"`, `-- term "doxxing"` and `-- source` write (or
 * print) content that passes the content check and builds as it is, refuse to overwrite, and say what to do next.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, cleanEnv } from '../support/build-site.mjs';
import { fixtureContent } from '../support/fixture-site';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'greyzone-scaffolds-'));
const empty = path.join(work, 'empty');
fs.mkdirSync(empty);
const content = fixtureContent(work, empty);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [script, ...args], { env: { ...cleanEnv(), GREYZONE_CONTENT_DIR: content }, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};
const scaffold = (...args: string[]) => run('scripts/new.mjs', ...args);

describe('npm run new', () => {
  it('writes a draft article named after its title, and says what to do next', () => {
    const { status, out } = scaffold('article', 'The M&S hack: what it cost');
    expect(status, out).toBe(0);
    const file = path.join(content, 'articles', 'the-m-and-s-hack-what-it-cost.mdx');
    expect(out).toContain('articles/the-m-and-s-hack-what-it-cost.mdx');
    expect(out).toMatch(/npm run dev/);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toContain(`published: ${new Date().toISOString().slice(0, 10)}`);
    expect(text).toContain('title: "The M&S hack: what it cost"');
  });

  it('writes a glossary term', () => {
    const { status, out } = scaffold('term', 'doxxing');
    expect(status, out).toBe(0);
    expect(out).toContain('glossary/doxxing.yaml');
    expect(fs.readFileSync(path.join(content, 'glossary', 'doxxing.yaml'), 'utf8')).toMatch(/^slug: doxxing$/m);
  });

  it('refuses to overwrite', () => {
    const before = fs.readFileSync(path.join(content, 'glossary', 'doxxing.yaml'), 'utf8');
    const { status, out } = scaffold('term', 'doxxing');
    expect(status).toBe(1);
    expect(out).toMatch(/glossary\/doxxing\.yaml already exists; nothing was written/);
    expect(fs.readFileSync(path.join(content, 'glossary', 'doxxing.yaml'), 'utf8')).toBe(before);
  });

  it('prints a source entry that, pasted into sources.json, is valid', () => {
    const { status, out } = scaffold('source');
    expect(status, out).toBe(0);
    const entry = JSON.parse(out.match(/\{[\s\S]*?\}/)![0]) as { id: string };
    const file = path.join(content, 'data', 'sources.json');
    const sources = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];
    fs.writeFileSync(file, JSON.stringify([...sources, entry], null, 2));
    expect(out).toContain(`<Cite id="${entry.id}" />`);
  });

  it('wrote content that passes the content check and builds', () => {
    const check = run('scripts/check-content.mjs');
    expect(check.status, check.out).toBe(0);
    const { status, output } = buildSite({ outDir: path.join(work, 'dist'), contentDir: content, cacheDir: path.join(work, 'cache') });
    expect(status, output.slice(-3000)).toBe(0);
    expect(fs.existsSync(path.join(work, 'dist', 'glossary', 'doxxing', 'index.html'))).toBe(true);
  });
});
