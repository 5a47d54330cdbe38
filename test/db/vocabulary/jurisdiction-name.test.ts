import { jurisdictionName, jurisdictionShortName } from '../../../db/vocabulary/jurisdiction-name';

describe('jurisdiction names (one module for the API and for titles)', () => {
  it('gives the API the full English name', () => {
    expect(['US', 'US-MT', 'EU', 'GB'].map(jurisdictionName)).toEqual(['United States of America', 'Montana', 'European Union', 'United Kingdom']);
  });

  it('gives titles the short name', () => {
    expect(['GB', 'US-MT', 'DK', 'EU'].map(jurisdictionShortName)).toEqual(['UK', 'Montana', 'Denmark', 'EU']);
  });

  it('never prints ISO’s inverted official forms in a title', () => {
    expect(['MD', 'FM', 'SY', 'LA'].map(jurisdictionShortName)).toEqual(['Moldova', 'Micronesia', 'Syria', 'Laos']);
  });
});
