// HTML building blocks. Everything a repository controls (names, test ids, paths, branches)
// passes through escapeHtml or, for data handed to the chart script, through jsonForScript (both
// shared with the HTML report, in src/core/render/escape.ts).
import { escapeHtml } from '../../core/render/escape.js';

export { escapeHtml, jsonForScript } from '../../core/render/escape.js';

export function page(title: string, body: string, scripts: string[] = []): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · memleak</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/dashboard.css">
</head>
<body>
<header><a href="/" class="brand">memleak</a></header>
<main>
${body}
</main>
${scripts.map((src) => `<script src="${escapeHtml(src)}" defer></script>`).join('\n')}
</body>
</html>
`;
}
