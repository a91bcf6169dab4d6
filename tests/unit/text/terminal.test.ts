import { describe, expect, it } from 'vitest';
import { OWN_SEQUENCES } from '../../../lib/cli/format';
import { terminalSafe } from '../../../lib/text/terminal';

describe('terminalSafe', () => {
  it('shows C0 controls as Control Pictures, keeps line feeds and tabs', () => {
    expect(terminalSafe('a\u001b]0;title\u0007b\u001b[2Jc\rd\n\te')).toBe('a␛]0;title␇b␛[2Jc␍d\n\te');
    expect(terminalSafe('\u0000\u0008\u000b\u000c\u001f')).toBe('␀␈␋␌␟');
  });

  it('shows DEL, C1 controls and bidirectional overrides as visible stand-ins', () => {
    expect(terminalSafe('x\u007fy')).toBe('x␡y');
    expect(terminalSafe('\u009b2J')).toBe('<U+009B>2J');
    expect(terminalSafe('abc\u202eevil')).toBe('abc<U+202E>evil');
  });

  it('keeps only the exact sequences it is told are ours', () => {
    const bold = OWN_SEQUENCES[0] ?? '';
    const reset = OWN_SEQUENCES[OWN_SEQUENCES.length - 1] ?? '';
    expect(terminalSafe(`${bold}title${reset} \u001b]0;x\u0007`, OWN_SEQUENCES)).toBe(`${bold}title${reset} ␛]0;x␇`);
    expect(terminalSafe('\u001b[1;31m', OWN_SEQUENCES)).toBe('␛[1;31m');
  });

  it('leaves ordinary text, accents and symbols alone', () => {
    const s = 'Événement SENSE 5 — https://winatp-gw-weu.microsoft.com/ « échec » 12029 ✓';
    expect(terminalSafe(s)).toBe(s);
  });
});
