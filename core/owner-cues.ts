// Whose body is it? "Ministry of Foreign Affairs", "Ministry of Finance", "Communist Party" and
// "Central Committee" are also the names of other countries' bodies, and a story about China's chip
// controls may well mention "the Dutch Ministry of Foreign Affairs" or "Japan's Ministry of
// Finance". Another country's name or adjective right before such a name makes it that country's
// (unless the word is part of the entity's own name, "US Commerce Department"); so does a longer
// name it starts ("Ministry of Foreign Affairs and Trade", New Zealand's). A list of countries, not
// any capitalised word: "Wednesday's State Council meeting" and "Xi's Politburo" stay China's.

/** Countries and their adjectives that tech-policy news names beside their own ministries. */
const OTHER_COUNTRIES = new Set(
  ('us usa american america united states japan japanese dutch netherlands holland korea korean south north ' +
    'taiwan taiwanese india indian vietnam vietnamese germany german france french uk british britain ' +
    'australia australian canada canadian russia russian singapore singaporean malaysia malaysian indonesia ' +
    'indonesian thailand thai philippine philippines italy italian spain spanish brazil brazilian mexico mexican ' +
    'israel israeli iran iranian turkey turkish saudi pakistan pakistani bangladesh sri lanka lankan nepal ' +
    'mongolia mongolian kazakhstan new zealand zealand ireland irish belgium belgian sweden swedish norway ' +
    'norwegian finland finnish denmark danish poland polish austria austrian swiss switzerland europe european eu ' +
    'ukraine ukrainian egypt egyptian nigeria south african kenya argentina chile chilean cuba cuban laos cambodia ' +
    'myanmar soviet').split(' '),
);
/** The run of capitalised words right before the name ("New Zealand", "Japan's", "the Dutch"). */
const OWNER_BEFORE = /((?:[A-Z][\w.-]*[ \u00a0]){0,2}[A-Z][\w.-]*)(?:['’]s)?[ \u00a0]+$/;
const LONGER_NAME_AFTER = /^[ \u00a0]+and[ \u00a0]+[A-Z]/;

/** `text` is the page's own text, [start, end) the name; `entityName` the entity's English name. */
export function ownedByOthers(text: string, start: number, end: number, entityName: string): boolean {
  const name = text.slice(start, end);
  if (/^(?:ministry|department|bureau) of /i.test(name) && LONGER_NAME_AFTER.test(text.slice(end, end + 12))) return true;
  const run = OWNER_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!run) return false;
  // "U.S." is "us": dots dropped on both sides.
  const own = new Set(entityName.toLowerCase().replace(/\./g, '').split(/[^a-z]+/));
  return run.toLowerCase().replace(/\./g, '').split(/[ \u00a0]+/).some((w) => OTHER_COUNTRIES.has(w) && !own.has(w));
}
