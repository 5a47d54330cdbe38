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
