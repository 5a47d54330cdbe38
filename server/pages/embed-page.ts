import { assetUrl, TIMELINEJS_BASE } from './assets';
import { html } from './html';

export interface EmbedPageInput {
  title: string;
  /** /api/v1/timeline?format=timelinejs&… with the page's filters. */
  sourceUrl: string;
  /** The same search on the full site, for the link under the timeline. */
  siteUrl: string;
}

/**
 * The page an <iframe> shows: TimelineJS from our own copy (/vendor/timelinejs), its options passed
 * as data attributes read by /static/embed.js (no inline script: the CSP forbids it).
 */
export function renderEmbedPage(input: EmbedPageInput) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.title}</title>
<link rel="icon" href="${assetUrl('favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${TIMELINEJS_BASE}/css/timeline.css">
<link rel="stylesheet" href="${assetUrl('embed.css')}">
</head>
<body class="embed">
<div id="timeline-embed" data-source="${input.sourceUrl}" data-script-path="${TIMELINEJS_BASE}/js/"></div>
<p class="embed-footer"><a href="${input.siteUrl}" target="_blank" rel="noopener">${input.title}: search and sources</a></p>
<noscript><p>The timeline needs JavaScript. <a href="${input.siteUrl}">See the events as a list.</a></p></noscript>
<script src="${TIMELINEJS_BASE}/js/timeline.js" defer></script>
<script src="${assetUrl('embed.js')}" defer></script>
</body>
</html>
`;
}
