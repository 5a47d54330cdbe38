import fc from 'fast-check';

/**
 * Hostile inputs for the property tests: strings an attacker would try (SQL injection, markup, path
 * traversal, control characters, huge numbers, very long values) mixed with arbitrary Unicode, and
 * raw percent-encoded bytes that are not UTF-8 at all.
 */
export const SQL_INJECTION = [
  "' OR '1'='1",
  "1; DROP TABLE events; --",
  "1' UNION SELECT key_hash, label FROM api_keys --",
  "'); DELETE FROM event_history; --",
  '$1',
  "\\'; SELECT pg_sleep(5); --",
  '1 OR 1=1',
  "US' --",
  '%',
  '_',
];

export const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "javascript:alert('x')", '{{constructor.constructor("alert(1)")()}}', '&lt;b&gt;'];

export const TRAVERSAL = ['../../etc/passwd', '..\\..\\windows\\win.ini', '/etc/passwd', '....//....//etc/passwd', 'C:\\boot.ini', 'file:///etc/passwd', '\u0000.txt', 'a/../../b'];

export const NUMBERS = ['0', '-1', '99999999999999999999', '2147483648', '1e308', 'NaN', 'Infinity', '0x10', '1.5', '', ' ', '9'.repeat(400)];

/** A hostile string (as JS text). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SQL_INJECTION, ...MARKUP, ...TRAVERSAL, ...NUMBERS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 20 }).map((s) => `${s}${'x'.repeat(3000)}`),
  fc.tuple(fc.constantFrom(...SQL_INJECTION, ...MARKUP, ...TRAVERSAL), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
);

/** Percent-encodes every UTF-8 byte of a string (lone surrogates become U+FFFD on the way, as a browser would). */
export function encodeValue(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** Byte sequences that are not UTF-8, already percent-encoded. */
export const INVALID_UTF8 = ['%C3%28', '%FF%FE', '%E2%82', '%ED%A0%80', '%C0%AF', '%F8%88%80%80%80'];

/** A query or path value, percent-encoded: hostile text, or raw bytes that are not UTF-8. */
export const hostileEncoded: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.map(encodeValue) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...INVALID_UTF8), fc.string({ maxLength: 5 })).map(([bad, s]) => bad + encodeValue(s)) },
);

/** A hostile JSON value for one body field. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31),
  fc.array(hostileString, { maxLength: 60 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.integer({ min: 2, max: 60 }).map((depth) => nest(depth)),
  fc.jsonValue({ maxDepth: 4 }),
);

function nest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}
