import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A deterministic corpus of short fictional policy articles, written for these tests, large enough
 * that an import is still running when the test pulls the plug. Articles are built from a small
 * grammar (place, actor, action, company, date); every third one restates an earlier event, so the
 * merge path (an existing event gains a source) is exercised as well as event creation.
 */
const PLACES = [
  { name: 'Nebraska', dateline: 'LINCOLN, Neb.', body: 'the Nebraska legislature' },
  { name: 'Ohio', dateline: 'COLUMBUS, Ohio', body: 'the Ohio Senate' },
  { name: 'Texas', dateline: 'AUSTIN, Texas', body: 'the Texas House' },
  { name: 'France', dateline: 'PARIS', body: 'the French parliament' },
  { name: 'India', dateline: 'NEW DELHI', body: 'the Indian government' },
  { name: 'Australia', dateline: 'CANBERRA', body: 'the Australian parliament' },
];
const COMPANIES = ['TikTok', 'Meta', 'Snap', 'Google', 'Discord', 'Roblox'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November'];

interface Story {
  place: (typeof PLACES)[number];
  company: string;
  month: string;
  day: number;
  year: number;
}

function story(i: number): Story {
  return {
    place: PLACES[i % PLACES.length]!,
    company: COMPANIES[(i * 5) % COMPANIES.length]!,
    month: MONTHS[(i * 7) % MONTHS.length]!,
    day: 1 + ((i * 11) % 27),
    year: 2021 + (i % 4),
  };
}

function articleText(i: number): { title: string; text: string; published: string } {
  // Every third article retells story i-1 in other words, so it merges into that article's event.
  const s = story(i % 3 === 2 ? i - 1 : i);
  const when = `${s.month} ${s.day}, ${s.year}`;
  const published = `${s.year}-${String(MONTHS.indexOf(s.month) + 1).padStart(2, '0')}-${String(Math.min(28, s.day + 2)).padStart(2, '0')}`;
  if (i % 3 === 2) {
    return {
      title: `Lawmakers in ${s.place.name} move against ${s.company} (report ${i})`,
      published,
      text: [
        `Lawmakers in ${s.place.name} move against ${s.company} (report ${i})`,
        `${s.place.dateline} (Test Wire) — ${s.place.body} on ${when} passed a bill that bans ${s.company} on government devices, officials confirmed in follow-up number ${i}.`,
        `Supporters said the measure was overdue. Critics said it went too far and that agencies had not been consulted about the change.`,
      ].join('\n\n'),
    };
  }
  return {
    title: `${s.place.name} bans ${s.company} on state devices (story ${i})`,
    published,
    text: [
      `${s.place.name} bans ${s.company} on state devices (story ${i})`,
      `${s.place.dateline} (Test Wire) — ${s.place.body} on ${when} passed a bill that bans ${s.company} on government devices, in a vote reported as item ${i}.`,
      `The ban takes effect on ${MONTHS[(MONTHS.indexOf(s.month) + 2) % MONTHS.length]} 1, ${s.year + 1}, according to the text of the bill.`,
      `${s.company} said it disagreed with the decision and was reviewing its options.`,
    ].join('\n\n'),
  };
}

/** Writes `count` articles, one file each, and a manifest naming them in order; returns the manifest path. */
export function writeSyntheticCorpus(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  const entries = [];
  for (let i = 0; i < count; i++) {
    const { title, text, published } = articleText(i);
    const file = `article-${String(i).padStart(4, '0')}.txt`;
    writeFileSync(join(dir, file), `${text}\n`);
    entries.push({ file, title, published, url: null, outlet: 'Test Wire' });
  }
  const manifest = join(dir, 'manifest.json');
  writeFileSync(manifest, JSON.stringify(entries, null, 1));
  return manifest;
}
