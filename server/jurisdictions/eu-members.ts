/**
 * The 27 EU member states (ISO 3166-1 alpha-2), since 1 February 2020. `jurisdiction=EU&include=members`
 * matches events of the EU itself and of each of these.
 */
export const EU_MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];
