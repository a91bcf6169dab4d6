/**
 * Output of the onboarding script and of the tools that wrap it, read as
 * first-class input. What people paste is often a deployment log: timestamps
 * and `Install.ps1:940` prefixes around the one line that matters.
 *
 * Two families of numbers look alike and mean different things (see
 * ../shared field notes): the onboarding script's own results are the
 * WDATPOnboarding events of the Application log ("Onboarding script returned
 * 15", "[Error Id: 15, Error Level: 1] …", an exit code in hex, "0xf"), while
 * an installer's exit code ("Script will exit with code 15(0xf)" from
 * Install.ps1, "install exitcode: 1603" from msiexec) is that installer's own
 * and never an event. The line around the number decides, never the number.
 *
 * Works on the normal form (normalize.ts). Each pattern is data: a regular
 * expression and what its capture means.
 */
import type { Span } from './extract';

/**
 * - `script-result`: the onboarding script's own result, i.e. its event;
 * - `installer-exit`: Install.ps1's exit ("Script will exit with code 38(0x26)", "Install.ps1 exit code 38");
 * - `passed-on`: another program's code that Install.ps1 logs and then exits with (msiexec's "install exitcode:
 *   1603", wusa's "… installation failed with exitcode: N", "Offboarding script returned N."): when the exit
 *   line repeats that number, the exit is that program's code, not one of the script's own.
 */
export type ToolLineKind = 'script-result' | 'installer-exit' | 'passed-on';

export type ToolLine = Span & {
  kind: ToolLineKind;
  /** The number the line reports (an event ID of the script, or an installer's exit code). */
  code: number;
  /** The whole line it was read from, for "which line matched". */
  line: Span;
};

type Pattern = { kind: ToolLineKind; re: RegExp };

const NUMBER = '(0x[0-9a-f]{1,8}|[0-9]{1,5})(?![0-9a-z_])';
/** Other programs' codes run to 32 bits (wusa's 2359302, msiexec's 1603). */
const ANY_NUMBER = '(0x[0-9a-f]{1,8}|-?[0-9]{1,10})(?![0-9a-z_])';

/** Lines of the onboarding script itself, and of tools reporting its result. */
const PATTERNS: Pattern[] = [
  // WindowsDefenderATPOnboardingScript.cmd prints "[Error Id: N, Error Level: L] <message>".
  { kind: 'script-result', re: new RegExp(`\\[error id ?: ?${NUMBER} ?, ?error level ?: ?[0-9]{1,3} ?\\]`, 'g') },
  // Wrappers (Install.ps1, deployment tools): "Onboarding script returned 15", "… exited with code 0xf".
  {
    kind: 'script-result',
    re: new RegExp(
      `(?:onboarding script|windowsdefenderatponboardingscript(?:\\.cmd)?|script d'integration|script d'onboarding)(?: \\([^)\\n]{0,60}\\))? (?:has )?(?:returned|returns|return code|exited with(?: exit)? code|exit code|failed with(?: exit code| error code| error| code)?|a retourne|a renvoye|renvoie|retourne|a echoue avec(?: le code| l'erreur| le code d'erreur)?|code de sortie|code retour) ?:? ?${NUMBER}`,
      'g',
    ),
  },
  // "onboarding failed with error 15", "l'intégration échoue avec l'erreur 15": the script's result in prose.
  {
    kind: 'script-result',
    re: new RegExp(
      `(?:onboarding|l'integration|l'onboarding) (?:has )?(?:failed|fails|failing|failed again|echoue|a echoue) (?:with|avec) (?:the )?(?:error|exit code|code|l'erreur|le code(?: d'erreur)?) ?:? ?${NUMBER}`,
      'g',
    ),
  },
  // Install.ps1 (microsoft/mdefordownlevelserver): "Script will exit with code 15(0xf)" — its own code, unless
  // the same number was passed on from another program just before (see `passed-on`).
  { kind: 'installer-exit', re: new RegExp(`script will exit with code ${NUMBER}(?: ?\\(0x[0-9a-f]{1,8}\\))?`, 'g') },
  // The same in people's words: "Install.ps1 exit code 38", "install.ps1 failed with exit code 38", "install.ps1 returned 38".
  {
    kind: 'installer-exit',
    re: new RegExp(`install\\.ps1(?: [a-z]{1,12}){0,3} (?:exit ?code|exited with(?: exit)? code|returned|returns|failed with(?: exit)? code|code de sortie|a retourne|renvoie) ?:? ?${NUMBER}`, 'g'),
  },
  // msiexec's result as Install.ps1 logs it: "install exitcode: 1603".
  { kind: 'passed-on', re: new RegExp(`(?:install|msiexec|uninstall) exit ?code ?:? ?${ANY_NUMBER}`, 'g') },
  // wusa.exe installing a prerequisite KB: "KB… installation failed with exitcode: N".
  { kind: 'passed-on', re: new RegExp(`installation failed with exit ?code ?:? ?${ANY_NUMBER}`, 'g') },
  // The offboarding script run by Install.ps1: "Offboarding script returned N."
  { kind: 'passed-on', re: new RegExp(`offboarding script returned ${ANY_NUMBER}`, 'g') },
];

function lineOf(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

function parseNumber(raw: string): number {
  return raw.startsWith('0x') ? Number.parseInt(raw.slice(2), 16) : Number(raw);
}

/** Every tool-output line in a normalized text, in order. Bounded regexes, one pass each. */
export function extractToolLines(text: string): ToolLine[] {
  const out: ToolLine[] = [];
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[1] ?? '';
      const code = parseNumber(raw);
      if (!Number.isSafeInteger(code)) continue;
      out.push({ kind, code, start: m.index, end: m.index + m[0].length, line: lineOf(text, m.index) });
    }
  }
  // One reading per place: the first pattern that matched a span wins.
  out.sort((a, b) => a.start - b.start);
  return out.filter((t, i) => !out.slice(0, i).some((u) => u.start < t.end && t.start < u.end));
}

/**
 * The meaningful part of a log line for display: without the
 * `[HOST:TID date Install.ps1:LINE]` prefix, a leading timestamp or a
 * `WARNING:`/`ERROR:` tag.
 */
export function strippedLine(line: string): string {
  return line
    .replace(/^\s*\[[^\]\n]{0,120}?\.ps1:[0-9]{1,6}\]\s*/i, '')
    .replace(/^\s*\d{2,4}[-/.]\d{1,2}[-/.T ]\d{1,2}[T ]?[\d:.]*\s*/, '')
    .replace(/^\s*(?:warning|error|erreur|avertissement)\s*:\s*/i, '')
    .trim();
}
