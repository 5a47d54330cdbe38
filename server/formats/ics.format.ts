import type { TimelineEvent } from '../schemas/event.schema';
import type { TimelineFormat } from './format';

/**
 * iCalendar (RFC 5545). Every dated event is an all-day VEVENT spanning the days its date covers:
 * a day-precision event one day, a month-precision event the whole month, a year-precision event the
 * whole year (DTEND is exclusive: the day after date_end). Undated events are left out. UIDs are
 * stable per event; text is escaped (\\ ; , newline) and lines folded at 75 octets.
 */
export const ICS_PRODID = '-//policy-timeline//timeline API//EN';

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Splits a content line into 75-octet pieces (never inside a UTF-8 sequence), continuation lines start with a space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = pieces.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const compact = (day: string): string => day.replace(/-/g, '');

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function stamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function vevent(e: TimelineEvent): string[] {
  const description = [
    `${e.type}${e.status ? ` (${e.status})` : ''}${e.date ? `, date precision: ${e.date.precision}` : ''}`,
    ...e.sources.map((s) => `"${s.quote}" — ${s.outlet ?? s.title}${s.url ? ` ${s.url}` : ''}`),
  ].join('\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:event-${e.id}@policy-timeline`,
    `DTSTAMP:${stamp(e.updated_at)}`,
    `DTSTART;VALUE=DATE:${compact(e.date_start!)}`,
    `DTEND;VALUE=DATE:${compact(dayAfter(e.date_end!))}`,
    `SUMMARY:${escapeText(e.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(e.type)}`,
  ];
  if (e.jurisdiction) lines.push(`LOCATION:${escapeText(e.jurisdiction.name)}`);
  const url = e.sources.find((s) => s.url)?.url;
  if (url) lines.push(`URL:${url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

export const icsFormat: TimelineFormat = {
  name: 'ics',
  mediaType: 'text/calendar',
  extensions: ['ics'],
  render(events, ctx) {
    const lines = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${ICS_PRODID}`,
      'CALSCALE:GREGORIAN',
      `X-WR-CALNAME:${escapeText(ctx.title)}`,
      ...events.filter((e) => e.date_start && e.date_end).flatMap(vevent),
      'END:VCALENDAR',
    ];
    return `${lines.map(foldLine).join('\r\n')}\r\n`;
  },
};
