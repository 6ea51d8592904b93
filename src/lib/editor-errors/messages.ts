/** The wording of the commonest content problems, shared by the schemas and the MDX checker so they say the same. */
import { knownIds } from '../known-ids';
import { didYouMean } from './suggest';

export interface Said {
  message: string;
  fix: string;
}

/** As one sentence, for a schema's issue (which has room for one message). */
export const joined = (s: Said): string =>
  s.message.endsWith('?') ? `${s.message} ${s.fix.charAt(0).toUpperCase()}${s.fix.slice(1)}.` : `${s.message}: ${s.fix}.`;

/** A source id that is not in content/data/sources.json. */
export function unknownSource(id: string): Said {
  const hint = didYouMean(id, knownIds().sources);
  return {
    message: `unknown source id "${id}"${hint}`,
    fix: `${hint ? 'if not, ' : 'fix the spelling, or '}add the source to content/data/sources.json (npm run new -- source prints an entry to fill)`,
  };
}

/** A glossary slug with no file in content/glossary/. */
export function unknownTerm(slug: string): Said {
  const hint = didYouMean(slug, knownIds().glossary);
  return {
    message: `unknown glossary term "${slug}"${hint}`,
    fix: `${hint ? 'if not, ' : 'fix the spelling, or '}add the term: npm run new -- term "${slug}" writes content/glossary/${slug}.yaml`,
  };
}

export const unknownSourceMessage = (id: string): string => joined(unknownSource(id));
export const unknownTermMessage = (slug: string): string => joined(unknownTerm(slug));
