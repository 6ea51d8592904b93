/**
 * The MDX checker (src/lib/mdx/remark-check-article.ts) on parsed MDX: what it accepts, the exact words of each
 * problem it reports (file, line, what is wrong, what to do), and what it does to the tree (citation numbers, base path).
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { checkArticleTree } from '../../src/lib/mdx/remark-check-article';
import { ContentError, formatProblems } from '../../src/lib/editor-errors/problem';

const file = 'content/articles/zz-test.mdx';
const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx);
const check = (mdx: string, frontmatter: Record<string, unknown> = {}, base = '/') => {
  const tree = parse(mdx);
  return { tree, ...checkArticleTree(tree as never, { file, frontmatter, base }) };
};
const only = (mdx: string, frontmatter?: Record<string, unknown>) => {
  const { problems } = check(mdx, frontmatter);
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('checkArticleTree accepts', () => {
  it('known terms, sources, charts and internal links', () => {
    const { problems } = check(
      'A <Term slug="ransomware">ransomware</Term> attack.<Cite id="alliance-2025-11-05" />\n\n<ProfitChart chart="ms-profit" />\n\nSee [the glossary](/glossary/).',
    );
    expect(problems).toEqual([]);
  });
});

describe('checkArticleTree reports, with file and line', () => {
  it('a misspelt glossary term, with the closest slug', () => {
    expect(only('Intro.\n\nThey used <Term slug="double-extorsion">double extortion</Term>.')).toEqual({
      file,
      line: 3,
      message: 'unknown glossary term "double-extorsion": did you mean "double-extortion"?',
      fix: 'if not, add the term: npm run new -- term "double-extorsion" writes content/glossary/double-extorsion.yaml',
    });
  });

  it('a term nothing is close to, without a guess', () => {
    expect(only('<Term slug="zzzzqqq">x</Term>').message).toBe('unknown glossary term "zzzzqqq"');
  });

  it('the old dataset= on a chart, naming chart=', () => {
    expect(only('Text.\n\n<ProfitChart dataset="ms-profit" />')).toEqual({
      file,
      line: 3,
      message: '<ProfitChart dataset="ms-profit">: dataset= is the old name of chart=',
      fix: 'write <ProfitChart chart="ms-profit" />',
    });
  });

  it('a chart shown twice on a page: in the text twice, or in the text and as the lead visual', () => {
    expect(only('<ProfitChart chart="ms-profit" />\n\nText.\n\n<ProfitChart chart="ms-profit" />')).toEqual({
      file,
      line: 5,
      message: '<ProfitChart chart="ms-profit">: this chart is already on the page, at line 1',
      fix: 'show a chart once per page: remove one of them',
    });
    expect(only('Text.\n\n<IncidentTimeline chart="uk-cyber-timeline" only="jlr" />', { lead_visual: { chart: 'uk-cyber-timeline' } })).toMatchObject({
      line: 3,
      message: '<IncidentTimeline chart="uk-cyber-timeline">: this chart is already on the page, as the lead visual (lead_visual in the frontmatter)',
    });
    expect(check('<ProfitChart chart="ms-profit" />', { lead_visual: { chart: 'uk-cyber-timeline' } }).problems).toEqual([]);
  });

  it('timeline options that name nothing in the chart file, each with its line', () => {
    expect(check('<IncidentTimeline chart="uk-cyber-timeline" highlight="kido-nurseries" only="jlr russia" from="2025-08" to="2025-12" title="Claims about Russia and JLR" subtitle="JLR events, August to December 2025" description="A timeline of JLR events alone." />').problems).toEqual([]);
    expect(only('Text.\n\n<IncidentTimeline chart="uk-cyber-timeline" highlight="kido-nursery" />')).toMatchObject({
      file,
      line: 3,
      message: expect.stringMatching(/^<IncidentTimeline chart="uk-cyber-timeline"> highlight="…": unknown event, organisation or kind "kido-nursery"/),
    });
    expect(only('<IncidentTimeline chart="uk-cyber-timeline" only="nato" title="A title" subtitle="A subtitle" description="A description" />').message).toMatch(/only="…": unknown organisation or kind "nato"/);
    expect(only('<IncidentTimeline chart="uk-cyber-timeline" from="May 2025" title="A title" subtitle="A subtitle" description="A description" />').message).toMatch(/from="May 2025": write a date as YYYY-MM/);
  });

  it('a slice that narrows the chart without its own title and subtitle, on its line', () => {
    expect(only('Text.\n\n<IncidentTimeline chart="uk-cyber-timeline" only="jlr" />')).toMatchObject({
      file,
      line: 3,
      message: expect.stringMatching(/^<IncidentTimeline chart="uk-cyber-timeline"> only="jlr": this slice \(only="jlr"\) shows part of the chart, .* add title="…" .*, subtitle="…" .* and description="…"/),
      fix: 'see "Chart options" in docs/editing.md',
    });
    expect(only('<BalticMap chart="baltic-cables" from="2024-11" title="Damage from late 2024" />').message).toMatch(/^<BalticMap chart="baltic-cables"> from="2024-11": .* add subtitle="…" .* and description="…"/);
    expect(check('<IncidentTimeline chart="uk-cyber-timeline" highlight="jlr" />').problems).toEqual([]);
  });

  it('map options that name no incident in the chart file, with its line and the closest id', () => {
    expect(check('<BalticMap chart="baltic-cables" highlight="INC-2024-12-EAGLES INC-2025-12-FITBURG" compact="false" />').problems).toEqual([]);
    expect(only('Text.\n\n<BalticMap chart="baltic-cables" highlight="INC-2024-12-EAGLE" />')).toMatchObject({
      file,
      line: 3,
      message: expect.stringMatching(/^<BalticMap chart="baltic-cables"> highlight="…": unknown incident "INC-2024-12-EAGLE": did you mean "INC-2024-12-EAGLES"\?/),
      fix: 'see "Chart options" in docs/editing.md',
    });
    expect(only('<BalticMap chart="baltic-cables" compact="maybe" />').message).toMatch(/compact="maybe": write compact="true" or compact="false"/);
  });

  it('an unknown chart, with the closest id', () => {
    expect(only('<BalticMap chart="baltic-cable" />').message).toBe('unknown chart "baltic-cable" in <BalticMap>: did you mean "baltic-cables"?');
  });

  it('a chart without chart=', () => {
    expect(only('<IncidentTimeline />').message).toBe('<IncidentTimeline> needs a chart="…" (the id of a file in content/charts/)');
  });

  it('an unknown citation, with the closest id among the article\'s own sources', () => {
    const p = only('Fact.<Cite id="my-sourse" />', { sources: [{ id: 'my-source' }] });
    expect(p.message).toBe('unknown source id "my-sourse" in <Cite>: did you mean "my-source"?');
    expect(p.fix).toBe("cite an id from the article's sources (its frontmatter) or from content/data/sources.json");
  });

  it('an internal link to no page', () => {
    const p = only('See [x](/glossary/no-such-term/).');
    expect(p.message).toMatch(/^internal link "\/glossary\/no-such-term\/" points at no page/);
  });

  it('a Markdown image without alt text, and one outside content/images/', () => {
    const { problems } = check('Text.\n\n![](/missing.png)');
    expect(problems).toEqual([
      {
        file,
        line: 3,
        message: 'the image "/missing.png" has no alt text',
        fix: 'say what the image shows inside the brackets: ![Repair ship over the cable, December 2024](…). If it only decorates, use <Figure src="name.png" decorative credit="…" /> instead',
      },
      {
        file,
        line: 3,
        message: 'the image "/missing.png" is not in content/images/',
        fix: 'keep article images in content/images/ and write the path from the article, ![…](../images/name.png), or use <Figure src="name.png" alt="…" credit="…" /> for a caption and credit',
      },
    ]);
  });

  it('a Markdown image whose file is not in content/images/, with the closest name', () => {
    expect(only('![The Baltic Sea](../images/baltic-sea-locater.png)')).toEqual({
      file,
      line: 1,
      message: 'the image file "../images/baltic-sea-locater.png" does not exist (looked for content/images/baltic-sea-locater.png): did you mean "baltic-sea-locator.png"?',
      fix: 'check the file name and that the file is in content/images/; see docs/editing.md, "Images"',
    });
    expect(check('![The Baltic Sea and the countries around it](../images/baltic-sea-locator.png)').problems).toEqual([]);
  });

  it('an image from another site', () => {
    expect(only('![A map](https://example.org/map.png)').message).toBe('the image "https://example.org/map.png" is on another site');
    expect(only('<Figure src="https://example.org/map.png" alt="A map of the sea" credit="Someone" />')).toMatchObject({
      message: 'the image "https://example.org/map.png" is on another site',
      fix: 'the site makes no requests to other sites: save the file in content/images/ (if its licence allows) and write its name there',
    });
  });
});

describe('<Figure>', () => {
  const figure = (attrs: string) => `Text.\n\n<Figure src="baltic-sea-locator.png" ${attrs} />`;
  const credit = 'credit="Map: Grey Zone, from Natural Earth (public domain)"';

  it('accepts an image with alt text and credit, or one marked decorative', () => {
    expect(check(figure(`alt="The Baltic Sea and the countries around it" caption="Where it happened." ${credit}`)).problems).toEqual([]);
    expect(check(figure(`decorative ${credit}`)).problems).toEqual([]);
  });

  it('a file that does not exist, with the closest name', () => {
    expect(only('Text.\n\n<Figure src="baltic-sea-locater.png" alt="The Baltic Sea" credit="Grey Zone" />')).toEqual({
      file,
      line: 3,
      message: 'the image file "baltic-sea-locater.png" does not exist (looked for content/images/baltic-sea-locater.png): did you mean "baltic-sea-locator.png"?',
      fix: 'if not, put the file in content/images/, or fix the name (the images there: baltic-sea-locator.png)',
    });
  });

  it('a path instead of a name in content/images/', () => {
    expect(only('<Figure src="../images/baltic-sea-locator.png" alt="The Baltic Sea" credit="Grey Zone" />')).toEqual({
      file,
      line: 1,
      message: '<Figure src="…"> takes the file\'s name in content/images/, not a path: "../images/baltic-sea-locator.png"',
      fix: 'put the file in content/images/ and write src="baltic-sea-locator.png"',
    });
  });

  it('no alt text', () => {
    expect(only(figure(credit))).toEqual({
      file,
      line: 3,
      message: '<Figure src="baltic-sea-locator.png"> has no alt text',
      fix: 'add alt="…" saying what the image shows, for readers who cannot see it (a sentence, not "image" or "map"); if it only decorates, write decorative instead',
    });
  });

  it('an empty alt: a decorative image not marked as such', () => {
    expect(only(figure(`alt="" ${credit}`))).toEqual({
      file,
      line: 3,
      message: '<Figure src="baltic-sea-locator.png"> has an empty alt=""',
      fix: 'an empty alt hides the image from screen readers, which is only right for decoration: say what it shows in alt="…", or, if it only decorates, write decorative instead of alt=""',
    });
    expect(only(figure(`alt="  " ${credit}`)).message).toBe('<Figure src="baltic-sea-locator.png"> has an empty alt=""');
  });

  it('alt text and decorative both', () => {
    expect(only(figure(`alt="The Baltic Sea" decorative ${credit}`))).toEqual({
      file,
      line: 3,
      message: '<Figure src="baltic-sea-locator.png"> has alt text and is marked decorative',
      fix: 'choose one: keep alt="…" if the image tells the reader something, or only decorative if it adds nothing a reader needs',
    });
  });

  it('no credit', () => {
    expect(only(figure('alt="The Baltic Sea"'))).toEqual({
      file,
      line: 3,
      message: '<Figure src="baltic-sea-locator.png"> has no credit',
      fix: 'add credit="…": who made it and under what licence, e.g. credit="Map: Grey Zone, from Natural Earth (public domain)"',
    });
  });

  it('no src, a misspelt attribute, an attribute written as an expression', () => {
    expect(only('<Figure alt="The Baltic Sea" credit="Grey Zone" />')).toMatchObject({
      message: '<Figure> needs a src="…": the file\'s name in content/images/',
      fix: 'put the image in content/images/ and write src="name.png"',
    });
    expect(only(figure(`alt="The Baltic Sea" captoin="x" ${credit}`))).toMatchObject({
      message: '<Figure> has no attribute captoin=: did you mean "caption"?',
      fix: 'use src, alt, decorative, caption, credit, wide',
    });
    expect(only(figure(`alt={"The Baltic Sea"} ${credit}`)).message).toBe('<Figure alt={…}>: write the alt as text in quotes');
  });

  it('wide, written alone, asks for the wide column', () => {
    expect(check(figure(`alt="The Baltic Sea" wide ${credit}`)).problems).toEqual([]);
    expect(only(figure(`alt="The Baltic Sea" wide="yes" ${credit}`)).message).toBe('<Figure wide="…">: write wide alone, without a value');
  });
});

describe('checkArticleTree changes the tree', () => {
  it('numbers citations in order of first use and marks each source\'s first', () => {
    const { tree, citationOrder } = check('A.<Cite id="alliance-2025-11-05" /> B.<Cite id="kyivindependent-2025-11" /> C.<Cite id="alliance-2025-11-05" />');
    const cites: Record<string, unknown>[] = [];
    visit(tree as never, (n: { name?: string; attributes?: { name: string; value: unknown }[] }) => {
      if (n.name === 'Cite') cites.push(Object.fromEntries(n.attributes!.map((a) => [a.name, a.value])));
    });
    expect(citationOrder).toEqual(['alliance-2025-11-05', 'kyivindependent-2025-11']);
    expect(cites.map((c) => [c.n, c.first])).toEqual([['1', 'true'], ['2', 'true'], ['1', undefined]]);
  });

  it('prefixes internal links with the base path', () => {
    const { tree } = check('[g](/glossary/)', {}, '/grey-zone/');
    let url = '';
    visit(tree as never, 'link', (n: { url: string }) => {
      url = n.url;
    });
    expect(url).toBe('/grey-zone/glossary/');
  });
});

describe('the error the build shows', () => {
  it('is one block without a stack trace', () => {
    const error = new ContentError(check('<Term slug="double-extorsion">x</Term>').problems);
    expect(error.stack).toBe(`ContentError: ${error.message}`);
    expect(error.message).toBe(
      [
        'Content check: 1 problem to fix. The guide for editors is docs/editing.md.',
        '',
        'content/articles/zz-test.mdx:1',
        '  unknown glossary term "double-extorsion": did you mean "double-extortion"?',
        '  What to do: if not, add the term: npm run new -- term "double-extorsion" writes content/glossary/double-extorsion.yaml',
      ].join('\n'),
    );
    expect(formatProblems([])).toMatch(/0 problems/);
  });
});

describe('<Fig caveatInSentence>', () => {
  it('passes where the sentence states the caveat, in a paragraph or a list item', () => {
    expect(check('Intro. The day M&S found them, <Fig of="ms-intrusion-discovered.date" caveatInSentence />, comes from a single report. Next.').problems).toEqual([]);
    expect(check('- One source says <Fig of="ms-online-paused.date_alternative.date" noYear caveatInSentence />.').problems).toEqual([]);
  });

  it('reports a sentence that leaves the caveat out, and a figure that has none', () => {
    expect(only('Text.\n\nM&S found them on <Fig of="ms-intrusion-discovered.date" caveatInSentence />. That rests on a single report.')).toMatchObject({
      file,
      line: 3,
      message: expect.stringMatching(/^<Fig of="ms-intrusion-discovered.date" caveatInSentence>: .*marked single-source.*"M&S found them on 19 April 2025\.".*drop caveatInSentence/),
    });
    expect(only('A loan of <Fig of="jlr-loan-guarantee.impact.loan_guarantee_gbp_bn" caveatInSentence />, one source says.').message).toMatch(/has no caveat.*drop caveatInSentence/);
  });
});
