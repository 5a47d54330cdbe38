import { humanize } from './display-date';
import type { PolicyDetail } from '../schemas/policy.schema';
import { eventCard, jurisdictionLabel } from './event-parts';
import { html } from './html';
import { layout } from './layout';

type PolicyEvent = PolicyDetail['events'][number];

/** The cue that linked an event, in words: why it is in this thread. */
export function cueWords(event: Pick<PolicyEvent, 'cue' | 'linked_by'>): string {
  const cue = event.cue as Record<string, unknown>;
  if (cue.kind === 'instrument') return `names the same ${String(cue.instrument)}: ${String(cue.name)}`;
  if (cue.kind === 'sequence') {
    const steps = `${humanize(String(cue.from_stage))} → ${humanize(String(cue.to_stage))}`;
    return `same jurisdiction and ${String(cue.target)}, steps that follow one another (${steps})${cue.same_article ? ', in the same article' : ''}`;
  }
  if (cue.kind === 'editor') return `linked by an editor (${String(cue.key_label)})`;
  return `linked by ${event.linked_by}`;
}

/**
 * One policy: its lifecycle drawn as steps (proposed → adopted → in force → enforcement → court →
 * ended; reached steps filled, the current one marked), then its events under the step each marks,
 * with the cue that linked each, and the same thread as a timeline, feed, calendar, CSV and embed.
 */
export function renderPolicyPage(policy: PolicyDetail) {
  const byId = new Map(policy.events.map((e) => [e.id, e]));
  const entry = (e: PolicyEvent) => html`<li class="policy-event">${eventCard(e)}<p class="cue">Why here: ${cueWords(e)}</p></li>`;
  const embed = `<iframe src="${policy.links.embed}" width="100%" height="650" style="border:0" title="${policy.name.replace(/"/g, "'")}" loading="lazy"></iframe>`;
  const body = html`<article class="policy-detail">
<p class="breadcrumb"><a href="/">← All events</a></p>
<h1>${policy.name}</h1>
<p class="event-meta">${jurisdictionLabel(policy.jurisdiction)}
${policy.stage ? html`<span class="tag stage">Stage: ${humanize(policy.stage)}</span>` : html`<span class="tag stage">No steps yet</span>`}
${policy.status ? html`<span class="tag status">${humanize(policy.status)}</span>` : null}
${policy.companies.length ? html`<span class="companies">${policy.companies.join(', ')}</span>` : null}</p>
<ol class="lifecycle" aria-label="Lifecycle">
${policy.steps.map(
  (step) => html`<li class="step${step.reached ? ' reached' : ''}${step.current ? ' current' : ''}" ${step.current ? html`aria-current="step"` : null}>
<span class="step-name">${humanize(step.stage)}</span><span class="step-count">${step.event_ids.length ? `${step.event_ids.length} event${step.event_ids.length === 1 ? '' : 's'}` : ''}</span></li>`,
)}
</ol>
${policy.steps
  .filter((s) => s.event_ids.length)
  .map((s) => html`<section class="policy-step" id="step-${s.stage}"><h2>${humanize(s.stage)}</h2><ol class="policy-events">${s.event_ids.map((id) => entry(byId.get(id)!))}</ol></section>`)}
${policy.responses.length
    ? html`<section class="policy-step" id="step-responses"><h2>Reactions</h2><ol class="policy-events">${policy.responses.map((id) => entry(byId.get(id)!))}</ol></section>`
    : null}
<section class="policy-formats">
<h2>This policy elsewhere</h2>
<p><a href="${policy.links.timeline}">JSON</a> · <a href="${policy.links.csv}">CSV</a> · <a href="${policy.links.ics}">Calendar</a> · <a href="${policy.links.atom}">Atom feed</a> · <a href="${policy.links.embed}">Embed</a> · <a href="/api/v1/policies/${policy.id}">Policy as JSON</a> · <a href="/api/v1/policies/${policy.id}/history">History</a></p>
<label for="policy-embed">Embed code</label>
<textarea id="policy-embed" class="citation" readonly rows="3">${embed}</textarea>
</section>
</article>`;
  return layout({ title: `${policy.name} · Policy timeline`, body });
}
