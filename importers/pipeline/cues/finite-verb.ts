/**
 * A finite verb as news writes it: an auxiliary or modal, a common irregular past, or a regular past
 * ("-ed"). Where one stands before a word, that word is inside a predicate: a subordinator after it opens
 * an adverbial clause ("plan to open stores once the law takes effect"), and a participle after a noun
 * there is a reduced relative on that noun ("fined Zapchat for a model introduced in 2023"). Where none
 * does, the words before are still the subject ("The probe into Zenith opened in December").
 */
export const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|did|does|will|would|should|can|could|must|may|might|said|says|told|wrote|took|made|gave|began|sought|won|lost|left|held|[a-z]{3,}ed)\b/;
