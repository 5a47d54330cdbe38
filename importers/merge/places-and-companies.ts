import { companyFamily } from '../../db/vocabulary/company-family';
import type { MergeCandidate, MergeMention } from './types';

/** Same jurisdiction; two unplaced sides only count as the same place when they share a company. */
export function jurisdictionsMatch(a: MergeMention | MergeCandidate, b: MergeMention | MergeCandidate): boolean {
  if (a.jurisdiction !== b.jurisdiction) return false;
  return a.jurisdiction !== null || sharesCompany(a.companies, b.companies);
}

export function sharesCompany(a: string[], b: string[]): boolean {
  const families = new Set(a.map(companyFamily));
  return b.some((name) => families.has(companyFamily(name)));
}

/** Both sides name companies and none in common → different events; one side silent → no objection. */
export function companiesCompatible(a: string[], b: string[]): boolean {
  return a.length === 0 || b.length === 0 || sharesCompany(a, b);
}
