// Markdown rendering of reports, shared by the action (comment, check run, job summary) and the CLI (report.md).
export { renderMarkdown, GITHUB_COMMENT_LIMIT } from './markdown.js';
export type { RenderOptions } from './markdown.js';
export { escapeMarkdown, clip, visibleText } from './escape.js';
export { formatAge } from './format.js';
export { repositoryPath } from './paths.js';
// The HTML report (report.html) and the figures every rendering shares.
export { renderHtml } from './html.js';
export type { HtmlOptions } from './html.js';
export { headlineSpan, memorySpans, spanText } from './figures.js';
