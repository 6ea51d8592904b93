/**
 * The one list of article tags. An article's `tags` must come from here (the schema refuses any other), so that
 * related articles, the feed's categories and the kicker stay consistent. The first tag of an article is its kicker:
 * the small label above the headline ("uk retail" for uk-retail).
 * To add a tag, add it here with a one-line note, then use it.
 */
export const articleTags = {
  baltic: 'the Baltic Sea and the countries around it',
  cyber: 'cyber attacks and cyber defence',
  deterrence: 'deterring and answering attacks',
  infrastructure: 'cables, pipelines, power and other infrastructure',
  'international-law': 'treaties, the UN Charter and the law of armed conflict',
  'marks-and-spencer': 'Marks & Spencer',
  nato: 'the alliance and its members',
  ransomware: 'ransomware and extortion',
  russia: 'Russia and its suspected role',
  sabotage: 'sabotage and suspected sabotage',
  'uk-industry': 'British manufacturers (Jaguar Land Rover and others)',
  'uk-retail': 'British retailers (M&S, Co-op and others)',
} as const;

export type ArticleTag = keyof typeof articleTags;
export const articleTagNames = Object.keys(articleTags) as [ArticleTag, ...ArticleTag[]];
