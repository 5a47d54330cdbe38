/**
 * Thrown inside a reader for an input that cannot be read (missing, binary, too large, HTTP 500…).
 * readInputs turns it into a `{ ok: false, input, reason }` result, so one bad input never stops
 * the others. Anything else thrown is a bug, or a malformed manifest, and propagates.
 */
export class InputError extends Error {}
