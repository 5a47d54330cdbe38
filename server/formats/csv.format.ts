import { stringify } from 'csv-stringify/sync';
import type { TimelineEvent } from '../schemas/event.schema';
import type { TimelineFormat } from './format';

/**
 * CSV (RFC 4180) written by csv-stringify: a header, one row per event, CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break (quotes doubled). `bom=true` starts the file with a
 * UTF-8 byte order mark for spreadsheet programs that need one to read UTF-8. Lists (companies,
 * sources) are joined with "; ".
 *
 * Formula injection: a title or quote from an article may start with =, +, -, @, a tab or a carriage
 * return, which a spreadsheet runs as a formula. Such text cells get a leading ' (OWASP's advice,
 * csv-stringify's escape_formulas); numbers (a negative confidence) are left alone.
 */
const COLUMNS: { name: string; value(e: TimelineEvent): string | number | boolean | null }[] = [
  { name: 'id', value: (e) => e.id },
  { name: 'date', value: (e) => e.date?.value ?? null },
  { name: 'precision', value: (e) => e.date?.precision ?? null },
  { name: 'date_start', value: (e) => e.date_start },
  { name: 'date_end', value: (e) => e.date_end },
  { name: 'jurisdiction', value: (e) => e.jurisdiction?.code ?? null },
  { name: 'jurisdiction_name', value: (e) => e.jurisdiction?.name ?? null },
  { name: 'companies', value: (e) => e.companies.map((c) => c.name).join('; ') },
  { name: 'type', value: (e) => e.type },
  { name: 'status', value: (e) => e.status },
  { name: 'title', value: (e) => e.title },
  { name: 'confidence', value: (e) => e.confidence },
  { name: 'verified', value: (e) => e.verified },
  { name: 'source_count', value: (e) => e.sources.length },
  { name: 'source_urls', value: (e) => e.sources.map((s) => s.url).filter((u): u is string => u !== null).join('; ') },
  { name: 'first_quote', value: (e) => e.sources[0]?.quote ?? null },
];

const cast = {
  boolean: (value: boolean) => String(value),
  number: (value: number) => String(value),
};

export const csvFormat: TimelineFormat = {
  name: 'csv',
  mediaType: 'text/csv',
  extensions: ['csv'],
  render(events, ctx) {
    const rows = events.map((e) => COLUMNS.map((c) => c.value(e)));
    const csv = stringify(rows, { header: true, columns: COLUMNS.map((c) => c.name), record_delimiter: '\r\n', escape_formulas: true, cast });
    return `${ctx.bom ? '\uFEFF' : ''}${csv}`;
  },
};
