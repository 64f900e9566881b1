import { html, type Html } from './html.js';

export interface PageShell {
  title: string;
  /** The nav entry to mark as current. */
  section?: 'home' | 'documents' | 'meetings' | 'activities' | 'search' | 'timeline' | 'compare' | 'downloads' | 'organizations' | 'series';
  corpusVersion: string;
  /** Alternate machine-readable representations of what the page shows. */
  alternates?: { href: string; type: string; title: string }[];
  body: Html;
}

const NAV: [NonNullable<PageShell['section']>, string, string][] = [
  ['home', '/', 'Home'],
  ['documents', '/documents', 'Documents'],
  ['meetings', '/meetings', 'Meetings'],
  ['activities', '/activities', 'Activities'],
  ['organizations', '/organizations', 'Organizations'],
  ['series', '/series', 'Series'],
  ['search', '/search', 'Search'],
  ['timeline', '/timeline', 'Timeline'],
  ['compare', '/compare', 'Compare'],
  ['downloads', '/downloads', 'Downloads'],
];

/** The frame of every page: one stylesheet and one deferred script, both local files (CSP: no inline script). */
export function page(shell: PageShell): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${shell.title} · SCO–ASEAN security cooperation corpus</title>
<link rel="stylesheet" href="/assets/explorer.css">
${(shell.alternates ?? []).map((a) => html`<link rel="alternate" type="${a.type}" href="${a.href}" title="${a.title}">\n`)}
<script src="/assets/explorer.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<p class="brand"><a href="/">SCO–ASEAN corpus</a></p>
<nav aria-label="Main"><ul>
${NAV.map(([key, href, label]) => html`<li><a href="${href}"${key === shell.section ? html` aria-current="page"` : ''}>${label}</a></li>`)}
</ul></nav>
</header>
<main id="main" tabindex="-1">
${shell.body}
</main>
<footer class="site"><p>Corpus version <code>${shell.corpusVersion}</code> · <a href="/docs">API documentation</a> · <a href="/openapi.json">OpenAPI</a> · curated data CC BY 4.0</p></footer>
</body>
</html>
`;
}
