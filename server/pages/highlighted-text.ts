import type { ArticleDetail } from '../schemas/event.schema';
import { html, type SafeHtml } from './html';
import { splitByQuotes } from './highlight-quotes';

type Quote = ArticleDetail['quotes'][number];

/** Article text as HTML: every run escaped, quote runs in <mark> with an anchor and a link to their event. */
export function highlightedText(text: string, quotes: Quote[]): SafeHtml {
  return html`${splitByQuotes(text, quotes).map((run) =>
    run.quote
      ? html`<mark id="quote-${run.quote.source_id}">${run.text}</mark><a class="quote-event" href="/events/${run.quote.event_id}" title="${run.quote.event_title}">event</a>`
      : html`${run.text}`,
  )}`;
}
