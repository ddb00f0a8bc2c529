// Made-up news-like text of any size, for the big-document tests and the browser benchmark:
// fictional people, bodies, places and figures in news sentences, with page clutter (menus,
// share lines, captions) between the stories. Deterministic for a seed; no real text.

const FIRST = ['Maria', 'Tomas', 'Ines', 'Kofi', 'Harriet', 'Pavel', 'Aisha', 'Lucas', 'Mei', 'Oskar', 'Nadia', 'Rhys'];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Duarte',
  'Mensah',
  'Vale',
  'Novak',
  'Rahman',
  'Ferreira',
  'Tanaka',
  'Holm',
  'Petrova',
  'Price',
];
const ORGS = [
  'the Harbour Trust',
  'Northgate Bank',
  'the Coastal Energy Board',
  'Marlow Rail',
  'the Ministry of Transport',
  'Greyfield Council',
  'the Fisheries Authority',
  'Brightwater Water',
];
const PLACES = ['Porto', 'Whitby', 'Leeds', 'Gdansk', 'Bergen', 'Cork', 'Ghent', 'Lyon', 'Malmo', 'Aberdeen'];
const ROLES = ['chief executive', 'mayor', 'spokesperson', 'finance director', 'union leader', 'minister'];
const VERBS = ['said', 'told reporters', 'announced', 'warned', 'confirmed', 'admitted'];
const THINGS = ['fares', 'rents', 'water bills', 'ticket sales', 'exports', 'waiting times', 'house prices', 'wages'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CLUTTER = [
  'Home | News | Business | Climate | Sport | Opinion',
  'Share on Facebook Share on X Share via Email Copy link',
  'Sign up to our free newsletter for the week’s biggest stories',
  'Please enter a valid email address',
  'Advertisement',
  'Most read',
];

/** A small seeded generator (mulberry32). @param {number} seed */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One made-up story: headline, byline, paragraphs of news sentences, a caption and clutter.
 * @param {() => number} rnd
 * @param {number} paragraphs
 */
function story(rnd, paragraphs) {
  const pick = (/** @type {string[]} */ list) => list[Math.floor(rnd() * list.length)];
  const n = (/** @type {number} */ max) => 1 + Math.floor(rnd() * max);
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const sentence = () => {
    switch (Math.floor(rnd() * 6)) {
      case 0:
        return `${person()}, the ${pick(ROLES)} of ${pick(ORGS)}, ${pick(VERBS)} that ${pick(THINGS)} in ${pick(PLACES)} rose ${n(19)} per cent last year.`;
      case 1:
        return `${pick(ORGS).replace(/^the/, 'The')} will spend £${n(900)} million on ${n(40)} new projects in ${pick(PLACES)} by ${MONTHS[n(12) - 1]} ${2024 + n(6)}.`;
      case 2:
        return `About ${n(9)},${String(n(899) + 100)} people in ${pick(PLACES)} signed the petition on ${pick(DAYS)}, ${pick(LAST)} ${pick(VERBS)}.`;
      case 3:
        return `“We cannot wait another ${n(12)} months,” ${person()} ${pick(VERBS)} in ${pick(PLACES)}.`;
      case 4:
        return `The plan, first proposed in ${2000 + n(23)}, would cut ${pick(THINGS)} by ${n(30)}% and add ${n(3000)} jobs, according to ${pick(ORGS)}.`;
      default:
        return `Officials in ${pick(PLACES)} expect a decision within ${n(8)} weeks.`;
    }
  };
  const lines = [
    pick(CLUTTER),
    '',
    `${pick(PLACES)} ${pick(THINGS)} rise as ${pick(ORGS)} plans £${n(500)}m scheme`,
    `By ${person()}, ${pick(ROLES)} correspondent`,
    pick(CLUTTER),
    '',
  ];
  for (let p = 0; p < paragraphs; p++) {
    const count = 2 + Math.floor(rnd() * 3);
    lines.push(Array.from({ length: count }, sentence).join(' '), '');
    if (p === 1) lines.push(`${person()} in ${pick(PLACES)} (Photo: Staff)`, '');
  }
  return lines.join('\n');
}

/**
 * Made-up news text of at least `bytes` UTF-16 code units (cut at the end of a story line).
 * @param {number} bytes
 * @param {number} [seed]
 */
export function newsText(bytes, seed = 7) {
  const rnd = random(seed);
  const parts = [];
  let length = 0;
  while (length < bytes) {
    const s = story(rnd, 6 + Math.floor(rnd() * 6));
    parts.push(s);
    length += s.length + 2;
  }
  const text = parts.join('\n\n');
  const cut = text.indexOf('\n', bytes);
  return cut === -1 ? text : text.slice(0, cut);
}

/**
 * A made-up article of about `words` words (one story, many paragraphs).
 * @param {number} words
 * @param {number} [seed]
 */
export function newsArticle(words, seed = 11) {
  const rnd = random(seed);
  let text = story(rnd, 4);
  while (text.split(/\s+/).length < words) text += `\n\n${story(rnd, 4).split('\n').slice(6).join('\n')}`;
  return text;
}
