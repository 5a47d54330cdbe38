import { COMPANIES } from './companies';

const PARENT = new Map(COMPANIES.map((c) => [c.name, c.parent]));

/** The top of a company's family (Instagram → Meta), so a brand and its parent count as shared. */
export function companyFamily(name: string): string {
  let current = name;
  for (let depth = 0; depth < 5; depth++) {
    const parent = PARENT.get(current);
    if (!parent) return current;
    current = parent;
  }
  return current;
}

/** Every name the gazetteer knows, its parents' too (a parent named only as one is still a family's top). */
const KNOWN = [...new Set(COMPANIES.flatMap((c) => (c.parent ? [c.name, c.parent] : [c.name])))];

/**
 * Every company name that shares a family with one of `names` (sharesCompany's test, turned into a
 * list to look up): the gazetteer's names whose family is one of theirs, and the families' tops and the
 * names themselves. A name outside the gazetteer is its own family, so it shares one with `names` only
 * when it is one of those tops or names: the list is exact for any name, known or not.
 */
export function familyNames(names: readonly string[]): string[] {
  const families = new Set(names.map(companyFamily));
  return [...new Set([...KNOWN, ...families, ...names])].filter((name) => families.has(companyFamily(name))).sort();
}
