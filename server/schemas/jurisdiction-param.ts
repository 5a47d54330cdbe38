import countries from 'i18n-iso-countries';
import { z } from 'zod';

/** ISO 3166-1 alpha-2 ('US'), 'EU', or ISO 3166-2 ('US-MT'); case-insensitive on input. */
export const JURISDICTION_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/**
 * Codes people write that ISO 3166 spells otherwise, read as the ISO code. Each line: the code
 * written, the code meant, and why.
 */
export const JURISDICTION_ALIASES: Record<string, string> = {
  UK: 'GB', // the United Kingdom's ISO code is GB; UK is reserved for it and used everywhere
  EL: 'GR', // the EU's own code for Greece
};

/** 'uk' → 'GB', ' us-mt ' → 'US-MT': upper case, then an alias becomes its ISO code. */
export function normalizeJurisdiction(value: string): string {
  const code = value.trim().toUpperCase();
  return JURISDICTION_ALIASES[code] ?? code;
}

/**
 * Why a value is not a jurisdiction code, with the code it most likely meant, or null when it is one:
 *   'USA' → 'USA is not a code here: did you mean US (United States of America)?'
 *   'UNITED KINGDOM' → 'United Kingdom is a name, not a code: did you mean GB?'
 */
export function jurisdictionProblem(code: string): string | null {
  if (JURISDICTION_PATTERN.test(code)) return null;
  const alpha3 = /^[A-Z]{3}$/.test(code);
  const meant = alpha3 ? countries.alpha3ToAlpha2(code) : countries.getAlpha2Code(code, 'en');
  const name = meant ? countries.getName(meant, 'en') : undefined;
  if (meant && alpha3) return `${code} is a three-letter code: did you mean ${meant}${name ? ` (${name})` : ''}?`;
  if (meant) return `${name ?? code} is a name, not a code: did you mean ${meant}?`;
  return `${code} is not a jurisdiction code: expected an ISO 3166 code such as US, GB, EU or US-MT`;
}

/** One jurisdiction value of a query: normalized (UK → GB), checked, a helpful reason when it is not a code. */
export const jurisdictionItem = z
  .string()
  .max(100)
  .overwrite(normalizeJurisdiction)
  .superRefine((code, ctx) => {
    const problem = jurisdictionProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
