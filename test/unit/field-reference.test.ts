/** docs/fields.md is generated from the schemas (npm run docs:fields); it must match what they generate now. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference } from '../../src/lib/field-reference';
import { articleTagNames } from '../../src/schemas/tags';
import { editorExamples, withExamples } from '../../src/lib/editor-examples';

describe("the editor's guide", () => {
  it('holds the current text of every component example (run npm run docs:fields after changing one)', () => {
    const guide = fs.readFileSync('docs/editing.md', 'utf8');
    expect(guide).toBe(withExamples(guide));
    for (const { name } of editorExamples) expect(guide).toContain(`<!-- example: ${name} -->`);
  });
});

describe('the field reference', () => {
  it('is what the schemas generate (run npm run docs:fields after changing a schema)', () => {
    expect(fs.readFileSync('docs/fields.md', 'utf8')).toBe(fieldReference());
  });

  it('lists every tag, says the first is the kicker, and marks required fields', () => {
    const ref = fieldReference();
    for (const tag of articleTagNames) expect(ref).toContain(`| \`${tag}\` |`);
    expect(ref).toMatch(/The first tag is\s+the kicker/);
    expect(ref).toMatch(/\| `title` \| \*\*required\*\* \| text \|/);
    expect(ref).toMatch(/\| `draft` \| optional \(default: `false`\) \| true or false \|/);
  });
});
