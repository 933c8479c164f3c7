/**
 * Text on its way to a terminal: control characters, invisible characters and the characters
 * that change the direction of a line are shown, never passed on. A workbook, a template or an
 * argument can carry ESC (`_x001B_`, `&#x1b;` in XML 1.1) and with it clear the screen, set the
 * window title or hide the findings after it; a zero-width space or a byte-order mark makes two
 * names look alike; bidirectional overrides and isolates make a line read differently from what
 * it says.
 *
 * Two layers use one set of characters: `visible` for a piece of text placed in a line (a label,
 * a path: its line breaks read as spaces), and `forTerminal` for everything the CLI writes (see
 * `terminalIO`), which keeps the line structure and the CLI's own colour and progress sequences.
 */
import type { CliIO } from '../io';

/**
 * Besides the C0 controls: DEL, the C1 controls, and the invisible or direction-changing characters: zero-width space,
 * non-joiner and joiner, LRM and RLM (U+200B–U+200F), the Arabic letter mark (U+061C), the
 * byte-order mark / zero-width no-break space (U+FEFF), the line and paragraph separators
 * (U+2028/9), the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).
 */
const INVISIBLE = '\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ufeff';

const IN_TEXT = new RegExp(`[\\u0000-\\u001f${INVISIBLE}]`, 'g');

/**
 * The CLI's own terminal sequences, kept as they are by `forTerminal`: the severity colours of the
 * text report and the progress line's "return and erase the line". Text from a file has passed
 * `visible` before, so no ESC of its own reaches this point.
 */
const OWN_SEQUENCE = '\\x1b\\[(?:3[136]|0)m|\\r\\x1b\\[2K';

/** In output, tab (U+0009) and line feed (U+000A) are the line structure: every other C0 control is hidden. */
const IN_OUTPUT = new RegExp(`${OWN_SEQUENCE}|[\\u0000-\\u0008\\u000b-\\u001f${INVISIBLE}]`, 'g');

/** `\u200b`: how a character that must not reach the terminal raw is written out. */
function escaped(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

function shownInText(ch: string): string {
  const code = ch.charCodeAt(0);
  // Line breaks and tabs inside a label ("Samlede\nomkostninger") read as a space.
  if (ch === '\n' || ch === '\r' || ch === '\t') return ' ';
  // C0 controls as Unicode's control pictures: ESC → ␛, NUL → ␀; DEL → ␡.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return escaped(code);
}

/** `text` with every control and invisible character made visible, safe to place in a line. */
export function visible(text: string): string {
  return text.replace(IN_TEXT, shownInText);
}

function shownInOutput(match: string): string {
  if (match.length > 1) return match; // one of the CLI's own sequences
  const code = match.charCodeAt(0);
  if (code === 0x0d) return '\u240d';
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  // Everything else as a JSON-style escape: inside a JSON string it reads back as the same text.
  return escaped(code);
}

/**
 * What the CLI may write to stdout or stderr: line breaks and tabs as they are, the CLI's own
 * colour and progress sequences as they are, every other control, invisible or direction-changing
 * character escaped. JSON stays valid and means the same (JSON already escapes C0 controls; the
 * others become `\uXXXX` escapes inside their strings).
 */
export function forTerminal(text: string): string {
  return text.replace(IN_OUTPUT, shownInOutput);
}

/** `io` with every line it prints passed through `forTerminal`. */
export function terminalIO(io: CliIO): CliIO {
  return { ...io, stdout: (t) => io.stdout(forTerminal(t)), stderr: (t) => io.stderr(forTerminal(t)) };
}
