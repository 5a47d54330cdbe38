/**
 * Modal and hypothetical markers: what stands before a predicate to make it a possibility, not a
 * fact. "could face fines", "may ban", "if lawmakers pass it".
 *
 *   EXAMPLE modal-1: "Such a move could strain relations"       → could (right before the predicate)
 *   EXAMPLE modal-2: "Regulators might ban the app next year"   → might
 * ("may" only in lower case: "Regulators in May banned the app" names a month.)
 */
export const MODAL_BEFORE = /\b(?:[Mm]ight|[Cc]ould|may)\s+(?:\w+\s+){0,2}$/;

/**
 * The modal governs the predicate (up to four words between), or a condition opens the clause:
 * "the companies may and may not do under the Act, which the Diet enacted" states an enactment, so
 * the modal must stand right before the cue.
 *
 *   EXAMPLE hypothetical-1: "Such a ban might go to the courts"          → hypothetical
 *   EXAMPLE hypothetical-2: "If the bill passes, apps would need licences" → conditional
 *   ("found few, if any, allies while testifying" is no condition)
 */
export const HYPOTHETICAL_BEFORE_CUE = /\b(?:might|could|may)\s+(?:[\w-]+\s+){0,4}$|\bif\b(?!,?\s+(?:any|ever|not|anything|at all)\b)/;
