import type { Problem } from '../http/problem';
import { html } from './html';
import { layout } from './layout';

/** A problem (404, 400) as a page a person can read, with a way back. */
export function renderErrorPage(problem: Problem) {
  const body = html`<div class="error-page">
<h1>${problem.title}</h1>
${problem.detail ? html`<p>${problem.detail}</p>` : null}
${problem.errors?.length ? html`<ul>${problem.errors.map((e) => html`<li><strong>${e.parameter}</strong>: ${e.reason}</li>`)}</ul>` : null}
<p><a href="/">Back to all events</a></p>
</div>`;
  return layout({ title: `${problem.title} · Policy timeline`, body });
}
