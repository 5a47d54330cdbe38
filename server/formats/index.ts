import { atomFormat } from './atom.format';
import { csvFormat } from './csv.format';
import type { TimelineFormat } from './format';
import { icsFormat } from './ics.format';
import { jsonFormat } from './json.format';
import { timelinejsFormat } from './timelinejs.format';

export type { FormatContext, TimelineFormat } from './format';

/** Every timeline output format; the first is the default. A new format is a file and one line here. */
export const formats: TimelineFormat[] = [jsonFormat, timelinejsFormat, csvFormat, icsFormat, atomFormat];
