import { assetUrl } from './assets';
import { html, type HtmlValue, type SafeHtml } from './html';

export interface LayoutOptions {
  title: string;
  body: HtmlValue;
  /** Extra <head> content (stylesheets); scripts go at the end via `scripts`. */
  head?: HtmlValue;
  scripts?: string[];
  bodyClass?: string;
}

/**
 * The page shell: no inline script or style anywhere (the Content-Security-Policy forbids them),
 * one stylesheet and one small script, both cached by content hash.
 */
export function layout(options: LayoutOptions): SafeHtml {
  const scripts = options.scripts ?? [assetUrl('app.js')];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<link rel="icon" href="${assetUrl('favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${assetUrl('app.css')}">
${options.head}
</head>
<body class="${options.bodyClass ?? ''}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="site-name" href="/">Policy timeline</a>
  <nav aria-label="Site"><a href="/">Search</a> <a href="/api/openapi.json">API</a></nav>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site-footer"><p>Events extracted from news articles; every entry links to its sources.</p></footer>
${scripts.map((src) => html`<script src="${src}" defer></script>`)}
</body>
</html>
`;
}
