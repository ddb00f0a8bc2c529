// The reader's region (the Region control): which regions to offer, how to name them, and
// what choosing one changes. Pure.
//
// The regions come from the WASM (`knownRegions`, posted by the worker when it loads): the
// list the core reads its `locale` option with (generated/statistics/regions.txt, from CLDR),
// so the page never offers a region the core refuses nor misses one it knows. Their names are
// the browser's own (Intl.DisplayNames), which costs the download nothing.

/** @typedef {import('./pkg/gloss.js').KnownRegion} KnownRegion */
/** @typedef {{value: string, label: string}} RegionChoice */
/**
 * @typedef {{suggested: RegionChoice | null, all: RegionChoice[]}} RegionChoices
 *   `suggested`: the browser's region, when Gloss knows it (offered first, and left out of `all`)
 */

/** The choice that gives no region: figures read as written ("$" is USD, 3/4 is 4 March). */
export const NO_REGION = '';
export const NO_REGION_LABEL = 'As written (no region)';

/**
 * The locale tag the core's `locale` option takes for a region ("AU" → "en-AU": Gloss reads
 * English), or none.
 * @param {string} region
 * @returns {string | undefined}
 */
export function localeTag(region) {
  return region ? `en-${region}` : undefined;
}

/**
 * What choosing `r` changes, in a few words: "$ is AUD, day/month dates".
 * @param {KnownRegion} r
 */
export function regionEffect(r) {
  const dates = r.dayFirst ? 'day/month dates' : 'month/day dates';
  if (r.symbolDollar !== 'USD') return `$ is ${r.symbolDollar}, ${dates}`;
  if (r.currency !== 'USD') return `grand is ${r.currency}, ${dates}`;
  return dates;
}

/**
 * A region's name in English ("Australia"), or its code where the browser has no name for it.
 * @param {string} code
 * @param {{of: (code: string) => string | undefined} | null} names
 */
export function regionName(code, names) {
  try {
    return names?.of(code) || code;
  } catch {
    return code;
  }
}

/** The browser's names of regions, if it has them. */
export function browserRegionNames() {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
}

/**
 * The region subtag of a BCP 47 tag ("en-AU" → "AU", "zh-Hant-HK" → "HK", "en" → null), as the
 * core reads it (src/statistics/locale.rs `parse`).
 * @param {string} tag
 */
export function regionOfTag(tag) {
  const parts = String(tag).trim().split(/[-_]/);
  if (!/^[A-Za-z]{2,3}$/.test(parts[0] ?? '')) return null;
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
  return region ? region.toUpperCase() : null;
}

/**
 * The browser's region: the first of its languages ("en-AU") whose region Gloss knows.
 * @param {readonly string[]} languages navigator.languages
 * @param {readonly KnownRegion[]} known
 */
export function browserRegion(languages, known) {
  for (const tag of languages) {
    const region = regionOfTag(tag);
    if (region && isKnownRegion(known, region)) return region;
  }
  return null;
}

/**
 * @param {readonly KnownRegion[]} known
 * @param {unknown} region
 */
export function isKnownRegion(known, region) {
  return typeof region === 'string' && known.some((r) => r.region === region);
}

/**
 * The Region control's choices: the browser's region first, when Gloss knows it, then every
 * other region by name, each saying what it changes.
 * @param {readonly KnownRegion[]} known
 * @param {readonly string[]} languages navigator.languages
 * @param {{of: (code: string) => string | undefined} | null} names
 * @returns {RegionChoices}
 */
export function regionChoices(known, languages, names) {
  const mine = browserRegion(languages, known);
  /** @param {KnownRegion} r */
  const choice = (r) => ({ value: r.region, label: `${regionName(r.region, names)} (${regionEffect(r)})` });
  const all = known
    .filter((r) => r.region !== mine)
    .map(choice)
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const suggested = known.find((r) => r.region === mine);
  return { suggested: suggested ? choice(suggested) : null, all };
}

/**
 * The region a shared link or kept work asks for, if Gloss knows it; else none, and the
 * reader's message saying so (the code is cut short and only ever shown as text).
 * @param {unknown} region
 * @param {readonly KnownRegion[]} known
 * @returns {{region: string, problem: string | null}}
 */
export function checkedRegion(region, known) {
  if (region === undefined || region === NO_REGION) return { region: NO_REGION, problem: null };
  if (isKnownRegion(known, region)) return { region: /** @type {string} */ (region), problem: null };
  const shown = String(region).slice(0, 12);
  return {
    region: NO_REGION,
    problem: `This view was made for a region Gloss does not know (“${shown}”): its figures are read as written, with no region.`,
  };
}
