/**
 * The components editors can use in MDX without importing them. Articles get these through
 * <Content components={mdxComponents} />. Document any addition in README.md.
 */
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Fig from './Fig.astro';
import Figure from './Figure.astro';
import KnownUnknown from './KnownUnknown.astro';
import Term from './Term.astro';
import { chartMdxComponents } from './charts';

export const mdxComponents = { Aside, Cite, Fig, Figure, KnownUnknown, Term, ...chartMdxComponents };
