import type { ArticleDetail } from '../schemas/event.schema';
import { displayDate } from './display-date';
import { highlightedText } from './highlighted-text';
import { html } from './html';
import { layout } from './layout';
import { safeHref } from './safe-href';

/** An article's text, escaped, with the quotes that produced events marked and linked to their events. */
export function renderArticlePage(article: ArticleDetail) {
  const original = safeHref(article.url);
  const body = html`<article class="article-detail">
<p class="breadcrumb"><a href="/">← All events</a></p>
<h1>${article.title}</h1>
<p class="article-meta">${article.outlet ?? 'Unknown outlet'}${
    article.published ? html`, <time datetime="${article.published}">${displayDate({ value: article.published, precision: 'day' })}</time>${article.published_inferred ? ' (inferred)' : ''}` : null
  }${original ? html` · <a class="external" href="${original}" rel="noopener noreferrer external">original article</a>` : article.url ? html` · ${article.url}` : null}</p>
${article.quotes.length
    ? html`<h2>Events from this article</h2><ol class="article-events">${article.quotes.map(
        (q) => html`<li><a href="/events/${q.event_id}">${q.event_title}</a> · <a href="#quote-${q.source_id}">quote in text</a></li>`,
      )}</ol>`
    : null}
<h2>Text</h2>
<div class="article-text">${highlightedText(article.text, article.quotes)}</div>
</article>`;
  return layout({ title: `${article.title} · Policy timeline`, body });
}
