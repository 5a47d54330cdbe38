import { findTemporalExpressions } from '../../../importers/dates';

const PUBLISHED = '2024-03-14';

/** Text that states no date: each must come back empty. */
const NOT_DATES = [
  'Investors hold 60% of the shares and staff 25%.',
  'Fines reach Aus $12.5 million (US$8 million) per breach.',
  'Agencies have 30 days to remove the app.',
  'After 1,200 charge cycles the cell kept 80% of its capacity.',
  'The sample was heated to 80 degrees Celsius.',
  'The briefing starts at 10 a.m. sharp.',
  'Section 230 shields platforms; Article 17 covers uploads.',
  'Regulators may not do so without a court order.',
  'Officials may ban the app if talks fail.',
  'Thousands joined a protest march through the capital.',
  'Students march on the ministry every spring.',
  'The company has 2100 employees and 1950 contractors.',
  'The model scored 2024 points on the benchmark.',
  'A total of 1999 complaints were filed.',
  'The platform is now blocked.',
  'He bought 24/7 access for 3/4 of the price.',
  'The law applies within 30 days.',
  'Over the last year, usage doubled.',
  'June Almeida and April Ross signed the letter.',
  'The senator wrote to April Ross about it.',
  'Black Friday sales beat Cyber Monday and Super Tuesday turnout.',
  'The Sunday Times reported the plan.',
  'Sales of the 2019 model continued.',
  '',
  '   ',
];

describe('negative cases', () => {
  it.each(NOT_DATES)('finds no date in %j', (text) => {
    expect(findTemporalExpressions(text, PUBLISHED)).toEqual([]);
  });
});
