/**
 * Text bound for a terminal, made safe: what a log or a paste holds is shown,
 * never obeyed. A terminal acts on control characters (ESC starts sequences
 * that retitle the window, clear the screen, move the cursor, or, in some
 * terminals, write files), on C1 controls (0x9B is a one-byte CSI) and on
 * a carriage return (which lets a later text overwrite an earlier one), and
 * bidirectional overrides reorder what is read. Each is replaced by a
 * visible stand-in: C0 controls by their Control Pictures (ESC → ␛, BEL → ␇,
 * CR → ␍), DEL by ␡, the rest by `<U+XXXX>`. Line feeds and tabs stay.
 *
 * `allowed` lists exact sequences of our own (the CLI's colours) to keep.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

export function terminalSafe(text: string, allowed: readonly string[] = []): string {
  if (!allowed.length) return text.replace(UNSAFE, visible);
  // Our own sequences are cut out first, the pieces between them made safe, then joined back.
  const pattern = new RegExp(allowed.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += text.slice(last, m.index).replace(UNSAFE, visible) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + text.slice(last).replace(UNSAFE, visible);
}
