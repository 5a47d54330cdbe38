import { classifyLine } from '../../../importers/readers/boilerplate';
import { findDateline } from '../../../importers/readers/dateline';
import { textBlocks } from '../../../importers/readers/text-blocks';

function bodies(text: string, title: string | null): string[] {
  return textBlocks(text, title).map((block) => `${block.kind}: ${text.slice(block.start, block.end)}`);
}

describe('boilerplate line rules', () => {
  it.each([
    ['A crowd gathers outside the court in the rain. (Reuters)', 'photo-credit'],
    ['Officials inspect the new turbine hall (AP Photo/Jane Roe)', 'photo-credit'],
    ['A test rig in the laboratory. (Some Institute/Sam Poe) ', 'photo-credit'],
    ['Protesters march through the capital. Ann LEE / AFP', 'photo-credit'],
    ['Photo: Jane Roe', 'photo-credit'],
    ['Share post:', 'site-prompt'],
    ['SUBSCRIBE NOW', 'site-prompt'],
    ['Become a member', 'site-prompt'],
    ['For more information, read the original story in The Daily Example.', 'site-prompt'],
    ['Sign up for our morning newsletter and get the news first', 'site-prompt'],
    ['Image source, Jane Roe', 'photo-credit'],
    ['Read more: Council backs the harbour plan', 'site-prompt'],
    ['Read: Ferry policy on hold till the harbour bill takes effect', 'site-prompt'],
    ['WATCH: The mayor explains the fare freeze', 'site-prompt'],
    ['Topics: Transport, Councils', 'site-prompt'],
    ['Reporting by Jane Roe; Editing by Sam Poe', 'site-prompt'],
    ['© 2024 Example Media. All rights reserved.', 'site-prompt'],
    ['This story originally appeared in The Example Times.', 'site-prompt'],
    ['Related articles', 'teaser-heading'],
    ['More from Example News:', 'teaser-heading'],
    ['You might also like', 'teaser-heading'],
    ['TT', 'stray-token'],
    ['• • •', 'stray-token'],
    ['WHAT HAPPENS NEXT?', 'capitals-heading'],
    ['By Jane Roe and Sam Poe', 'byline'],
    ['Published: 12 March 2024 09:30 GMT', 'date-line'],
    ['Tuesday, March 12, 2024', 'date-line'],
  ])('%s → %s', (line, rule) => {
    expect(classifyLine(line)?.name).toBe(rule);
  });

  // Negative cases: prose that looks a little like furniture must stay body.
  it.each([
    'It depends on who you ask.',
    'Yes.',
    'Here is what to know:',
    'By 2030, the union wants every member state to report its emissions.',
    'By Thursday, officials said, the list would be published.',
    'March 12, 2024 was the day the law took effect across the country.',
    'BEIJING (Reuters) - The ministry said on Monday it would review the rules.',
    'The regulator shared the post on its website on Friday.',
    'The agency said the related articles of the treaty would be amended.',
    'NASA and the ESA said they would share data on the mission.',
    'The editors said reporting by the paper had prompted the inquiry.',
    'More than 40 countries have signed the treaty.',
  ])('keeps prose: %s', (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});

describe('textBlocks', () => {
  it('drops captions repeated around a repeated headline, and keeps the first copy of a later pull quote', () => {
    const text = [
      'Dam Plan Approved',
      '',
      'Engineers at the dam site on Monday.',
      'Engineers at the dam site on Monday.',
      '',
      'Dam Plan Approved',
      '',
      'The ministry approved the dam plan on Monday after a two-year review.',
      '',
      '“We waited long enough,” the mayor said.',
      '',
      'Work starts in the spring.',
      '',
      '“We waited long enough,” the mayor said.',
    ].join('\n');
    expect(bodies(text, 'Dam Plan Approved')).toEqual([
      'headline: Dam Plan Approved',
      'body: The ministry approved the dam plan on Monday after a two-year review.',
      'body: “We waited long enough,” the mayor said.',
      'body: Work starts in the spring.',
    ]);
  });

  it('joins hard-wrapped lines into one paragraph and lets a boilerplate line split it', () => {
    const text = 'Title Line\n\nFirst line of a paragraph\ncontinues here.\nShare this article\nAnother paragraph.\n';
    expect(bodies(text, 'Title Line')).toEqual(['headline: Title Line', 'body: First line of a paragraph\ncontinues here.', 'body: Another paragraph.']);
  });

  it('ends the body at a teaser heading, but not before the story has begun', () => {
    const text = 'Title Line\n\nRelated\n\nThe story itself.\n\nRelated stories\n\nA teaser for something else.\n';
    expect(bodies(text, 'Title Line')).toEqual(['headline: Title Line', 'body: The story itself.']);
  });

  it('has no headline block when the title is not printed, and spans exclude surrounding spaces', () => {
    const text = '  Indented prose line.  \r\n\r\nSecond paragraph.\r\n';
    const blocks = textBlocks(text, 'Missing Title');
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['body', 'Indented prose line.'],
      ['body', 'Second paragraph.'],
    ]);
  });
});

describe('findDateline', () => {
  it.each([
    ['Title\n\nPublished: 12 March 2024\n\nText.', '2024-03-12'],
    ['Title\n\nUpdated on Sept. 3, 2023, 10:00 a.m. EDT\n\nText.', '2023-09-03'],
    ['LONDON, March 5, 2024 (Wire) — The ministry said on Tuesday…', '2024-03-05'],
    ['Title\n\nThe law was passed on March 5, 2024 by parliament.', null],
    ['Title\n\nNo date at all here.', null],
  ])('%j → %s', (text, expected) => {
    expect(findDateline(text)).toBe(expected);
  });
});
