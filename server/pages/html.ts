import { escapeHtml } from '../formats/escape-html';

/**
 * The one way pages build HTML: a tagged template whose interpolations are escaped, unless they are
 * already SafeHtml (the output of another `html` call). Arrays are joined, null/undefined/false drop out.
 *
 *   html`<p>${article.text}</p>`  // '<script>' in the text arrives as '&lt;script&gt;'
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}
