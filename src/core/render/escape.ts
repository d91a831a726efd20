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

/**
 * Line breaks, tabs and other control characters (they would end a table row or a heading),
 * bidirectional marks and overrides (they would make a name read as something else), and
 * invisible characters (zero-width spaces and joiners, word joiners, the byte-order mark, the
 * Arabic letter mark and Unicode tag characters: two names that differ only by them would look
 * the same, and tags can smuggle unseen text).
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}]+/gu;

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
 * Makes untrusted text safe for any inline Markdown position, including a table cell.
 * The result shows the same characters as the input.
 */
export function escapeMarkdown(text: string): string {
  return wellFormed(text).replace(CONTROL_CHARACTERS, ' ').replace(SIGNIFICANT, neutralise);
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
