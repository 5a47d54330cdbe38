/**
 * Reads TimeML (.tml) files, the format of TimeBank, AQUAINT and the TempEval-3 corpora: the
 * document's creation time and its text with every gold TIMEX3 located in it. Tags are removed and
 * the five XML entities decoded, so offsets index the plain text the dates module reads.
 *
 *   <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">…</TIMEX3></DCT>
 *   <TEXT>Talks ended <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT>
 *   → { dct: '1998-08-07', text: 'Talks ended Friday.', timexes: [{ start: 12, end: 18, type: 'DATE', value: '1998-08-07', … }] }
 */
export interface GoldTimex {
  tid: string;
  type: string;
  value: string;
  start: number;
  end: number;
  text: string;
}

export interface TimemlDocument {
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** The creation time ('YYYY-MM-DD') and the TEXT element's plain text with its TIMEX3 spans. */
export function parseTimeml(xml: string): TimemlDocument {
  const dctTag = /<DCT>\s*(<TIMEX3\b[^>]*>)/.exec(xml)?.[1] ?? null;
  const dctValue = dctTag ? attribute(dctTag, 'value') : null;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error('no <TEXT> element');
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: Array<Omit<GoldTimex, 'end' | 'text'>> = [];
  // One pass over tags, entities and characters, so each TIMEX3 gets offsets in the decoded text.
  const token = /<(\/?)([A-Za-z0-9]+)\b[^>]*?(\/?)>|&(#x[0-9a-fA-F]+|#\d+|[a-z]+);|[^<&]+/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m[2] !== undefined) {
      if (m[2] !== 'TIMEX3' || m[3] === '/') continue;
      if (m[1] === '/') {
        const t = open.pop();
        if (t) timexes.push({ ...t, end: text.length, text: text.slice(t.start, text.length) });
      } else {
        open.push({ tid: attribute(m[0], 'tid') ?? '', type: attribute(m[0], 'type') ?? '', value: attribute(m[0], 'value') ?? '', start: text.length });
      }
    } else if (m[4] !== undefined) {
      const name = m[4];
      text += name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? `&${name};`);
    } else {
      text += m[0];
    }
  }
  return { dct, text, timexes: timexes.sort((a, b) => a.start - b.start) };
}
