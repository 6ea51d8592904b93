/**
 * Every built page is valid HTML by html-validate's recommended rules (duplicate ids, bad nesting, missing labels, …).
 * The rules switched off in .htmlvalidate.json are listed with their reasons in the README ("Tests"); any other rule
 * that reports on a built page fails here.
 */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { distRoot } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  it.each(builtPages(distRoot))('/%s', async (page) => {
    const report = await validator.validateString(readPage(distRoot, page), `${page || 'index'}.html`);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
