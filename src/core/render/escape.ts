// Everything the repository controls (test ids, file paths, function names, messages) passes
// through here before it reaches a comment, a check run or a job summary. Text is made inert
// rather than "cleaned": characters that Markdown, HTML or GitHub's reference filters would act
// on become numeric character references, which GitHub renders as the literal character and never
// parses as markup. @mentions, #123 and GH-123 references and bare URLs are broken with a
// zero-width space, because GitHub links those on the rendered text, after entities are decoded.

const ZERO_WIDTH_SPACE = '&#8203;';

/**
 * One pass over the text, so that the references this inserts are never escaped again:
 * inline-significant GFM characters (emphasis, links, code, tables, HTML, math, strike-through),
 * @ and # (mentions and issue references), GH-123, and the starts of bare URLs.
 */
const SIGNIFICANT = /[&<>"'\\`*_[\]()!~|${}]|[@#]|\b[gG][hH]-(?=\d)|:\/\/|\b[wW]{3}\./g;

/** Line breaks, tabs and other control characters: they would end a table row or a heading. */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Zl}\p{Zp}]+/gu;

/**
 * Characters that render as nothing: Unicode's Default_Ignorable_Code_Point (zero-width spaces
 * and joiners, the soft hyphen, the combining grapheme joiner, Hangul fillers, variation
 * selectors, bidirectional marks and overrides, the byte-order mark, tag characters, ...). Two
 * names that differ only by them would look the same, an override makes a name read as something
 * else, and tags can smuggle unseen text. The property, not a hand list, so the whole class goes.
 */
const INVISIBLE_CHARACTERS = /\p{Default_Ignorable_Code_Point}+/gu;

/** Half of a surrogate pair with no other half: not text, and encodeURIComponent throws on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces lone surrogates (Python writes them for file names that are not UTF-8) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

function neutralise(match: string): string {
  if (match.length === 1) {
    return match === '@' || match === '#' ? `${match}${ZERO_WIDTH_SPACE}` : `&#${match.codePointAt(0)};`;
  }
  // GH-, :// and www.: break the token after its first character.
  return `${match[0]}${ZERO_WIDTH_SPACE}${match.slice(1)}`;
}

/**
 * Untrusted text as GitHub shows it in plain-text places (check-run annotations) and the first
 * step of escapeMarkdown: control characters become a space and each run of invisible ones a
 * visible U+FFFD, so every character left is one a reader sees (and two names that differ differ
 * visibly, even at the end of a name, where a space would vanish).
 */
export function visibleText(text: string): string {
  return wellFormed(text).replace(CONTROL_CHARACTERS, ' ').replace(INVISIBLE_CHARACTERS, '\ufffd');
}

/**
 * Makes untrusted text safe for any inline Markdown position, including a table cell.
 * The result shows the same visible characters as the input (see visibleText).
 */
export function escapeMarkdown(text: string): string {
  return visibleText(text).replace(SIGNIFICANT, neutralise);
}

/** Shortens untrusted text to at most `max` characters (before escaping), marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * A URL path built from repository-controlled segments: every segment percent-encoded,
 * including the characters encodeURIComponent leaves alone: a `)` would end a Markdown link.
 */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(wellFormed(segment)).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/**
 * Text for a Mermaid label inside double quotes: Mermaid has no escape for quotes, and a fence
 * (```) inside the block would end it, so only a plain subset of characters is kept.
 */
export function mermaidLabel(text: string, max = 60): string {
  return clip(text.replace(/[^A-Za-z0-9 _.:/\-[\],=]/g, ' ').replace(/\s+/g, ' ').trim(), max);
}

/**
 * The characters of untrusted text that Markdown would act on inline, for a Markdown file read
 * outside GitHub (the CLI's report.md, the artifact's copy): a backslash before each, and nothing
 * else, so `tests/test_more.py::test_leak(s)` reads as itself. `_` only where it can open or
 * close emphasis (not inside a word, CommonMark's intraword rule), `&` only where it would start
 * a character reference, a backslash only before punctuation (elsewhere it is literal).
 * GitHub's own extras (mentions, references, emoji, math) are escapeMarkdown's business.
 */
const PLAIN_SIGNIFICANT = /\\(?=[!-/:-@[-`{-~])|[`*[\]<|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?[A-Za-z0-9]+;)/gu;

/** Untrusted text for any inline Markdown position (including a table cell) of a file read locally; shows the same visible characters as the input. */
export function escapePlainMarkdown(text: string): string {
  return visibleText(text).replace(PLAIN_SIGNIFICANT, (match) => `\\${match}`);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML element or a quoted attribute value: the five characters HTML acts on become references. */
export function escapeHtml(text: string | number): string {
  return wellFormed(String(text)).replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

/** JSON for a <script type="application/json"> block: "<" escaped so no "</script>" can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
