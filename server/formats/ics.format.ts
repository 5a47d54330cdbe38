import type { TimelineEvent } from '../schemas/event.schema';
import { BASIS_WORDS } from '../pages/display-date';
import { eventPageUrl, sourceName, typeWords } from './event-words';
import type { TimelineFormat } from './format';

/**
 * iCalendar (RFC 5545). Every dated event is an all-day VEVENT spanning the days its date covers:
 * a day-precision event one day, a month-precision event the whole month, a year-precision event the
 * whole year (DTEND is exclusive: the day after date_end). Undated events are left out, and so are
 * events whose date is only the day an article reported them (basis 'reported'): a calendar would
 * turn that day into the event's own. The calendar's description says so. UIDs are stable per event;
 * text is escaped (\\ ; , newline) and lines folded at 75 octets. Each event links to its page.
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

function vevent(e: TimelineEvent, siteUrl: string): string[] {
  const page = eventPageUrl(siteUrl, e.id);
  const description = [
    `${typeWords(e.type)}${e.status ? ` (${typeWords(e.status).toLowerCase()})` : ''}${e.date ? `, date precision: ${e.date.precision}, ${BASIS_WORDS[e.date.basis].meaning}` : ''}`,
    ...e.sources.map((s) => `"${s.quote}" — ${sourceName(s)}${s.url ? ` ${s.url}` : ''}`),
    `Event page: ${page}`,
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
  lines.push(`URL:${page}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

export const CALENDAR_NOTE = 'Dated policy events. Events no source dates (only the day an article reported them) are left out: see the site or the JSON for those.';

/** A calendar holds an event only on a day some source gives it (not the day an article ran). */
export function onCalendar(e: TimelineEvent): boolean {
  return Boolean(e.date_start && e.date_end && e.date && e.date.basis !== 'reported');
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
      `X-WR-CALDESC:${escapeText(CALENDAR_NOTE)}`,
      ...events.filter(onCalendar).flatMap((e) => vevent(e, ctx.siteUrl)),
      'END:VCALENDAR',
    ];
    return `${lines.map(foldLine).join('\r\n')}\r\n`;
  },
};
