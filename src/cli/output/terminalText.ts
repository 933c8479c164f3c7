/**
 * Text from a workbook (sheet names, labels, cell text, file names, error details) on its way to a
 * terminal: control characters are shown, never passed on. A workbook can carry ESC (`_x001B_`,
 * `&#x1b;` in XML 1.1) and with it clear the screen, set the window title or hide the findings
 * after it; bidirectional overrides can make a line read differently from what it says.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function shown(ch: string): string {
  const code = ch.charCodeAt(0);
  // Line breaks and tabs inside a label ("Samlede\nomkostninger") read as a space.
  if (ch === '\n' || ch === '\r' || ch === '\t') return ' ';
  // C0 controls as Unicode's control pictures: ESC → ␛, NUL → ␀; DEL → ␡.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character made visible, safe to print on a terminal. */
export function visible(text: string): string {
  return text.replace(CONTROL, shown);
}
