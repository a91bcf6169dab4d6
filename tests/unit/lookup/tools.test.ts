/**
 * Tool output as input: the onboarding script's own lines, wrappers that
 * report its result, and installers whose exit codes look like event IDs but
 * are not. Cases are our own, written from the formats in the field notes.
 */
import { describe, expect, it } from 'vitest';
import { createLookupEngine } from '../../../lib/lookup/engine';
import { normalize } from '../../../lib/lookup/normalize';
import { extractToolLines, strippedLine } from '../../../lib/lookup/tools';
import { FIXTURES } from './fixtures';

const lines = (text: string) => extractToolLines(normalize(text)).map((t) => [t.kind, t.code]);

describe('extractToolLines', () => {
  it("reads the onboarding script's own line and its wrappers' reports, in decimal or hex", () => {
    expect(lines('[Error Id: 15, Error Level: 1] Unable to start Microsoft Defender for Endpoint Service.')).toEqual([['script-result', 15]]);
    expect(lines('WARNING: Onboarding script returned 15')).toEqual([['script-result', 15]]);
    expect(lines('The onboarding script failed with error 0xf')).toEqual([['script-result', 15]]);
    expect(lines('WindowsDefenderATPOnboardingScript.cmd exited with code 65')).toEqual([['script-result', 65]]);
    expect(lines('onboarding failed with error 30 after the reboot')).toEqual([['script-result', 30]]);
    expect(lines("Le script d'intégration a renvoyé 10")).toEqual([['script-result', 10]]);
  });

  it("reads an installer's exit code as the installer's, never as a script event", () => {
    expect(lines('[SRV:03 22.07.20T08:21:33.440 Install.ps1:1077] Script will exit with code 15(0xf)')).toEqual([['installer-exit', 15]]);
    expect(lines('install exitcode: 1603')).toEqual([['passed-on', 1603]]);
    expect(lines('KB2919355 installation failed with exitcode: 2359302')).toEqual([['passed-on', 2359302]]);
    expect(lines('Offboarding script returned 15.')).toEqual([['passed-on', 15]]);
    expect(lines('Install.ps1 exit code 38 when uninstalling')).toEqual([['installer-exit', 38]]);
  });

  it('ignores numbers that no tool line frames', () => {
    expect(lines('the script ran 15 times and returned nothing')).toEqual([]);
    expect(lines('error level 3 on line 15')).toEqual([]);
  });

  it('strips the log prefix around the line that matters', () => {
    expect(strippedLine('[SRV:03 22.07.20T08:21:33.440 Install.ps1:940] WARNING: Onboarding script returned 15')).toBe('Onboarding script returned 15');
    expect(strippedLine('2026-11-21 10:02:13 ERROR: onboarding failed')).toBe('onboarding failed');
  });
});

describe('lookup of tool output', () => {
  const engine = createLookupEngine(FIXTURES);
  const INSTALL_LOG = [
    '[SRV:03 22.07.20T08:20:39.311 Install.ps1:940] Invoking onboarding script .\\WindowsDefenderATPOnboardingScript.CMD',
    '[SRV:03 22.07.20T08:21:33.440 Install.ps1:949] WARNING: Onboarding script returned 15',
    '[SRV:03 22.07.20T08:21:33.441 Install.ps1:1077] Script will exit with code 15(0xf)',
  ].join('\n');

  it('finds the script event in a deployment log and shows the line that matched', () => {
    const r = engine.lookup(INSTALL_LOG);
    expect(r.status).toBe('found');
    expect(r.results[0]).toMatchObject({ id: 'script-event-15', match: 'code', matchedOn: 'Onboarding script returned 15' });
    // The installer's own 15 adds no second reading and no "unknown code 0x0000000F".
    expect(r.results.filter((x) => x.match === 'code')).toHaveLength(1);
    expect(r.notice).toMatch(/installeur|installer/);
    expect(r.notice).not.toMatch(/0x0000000F/);
  });

  it("never reads an installer's exit code alone as a script event", () => {
    const r = engine.lookup('[SRV:03 22.07.20T08:21:33.441 Install.ps1:1077] Script will exit with code 15(0xf)');
    expect(r.results.filter((x) => x.match === 'code' || x.match === 'message')).toEqual([]);
  });

  it('reads the script line printed by the script itself', () => {
    const r = engine.lookup('[Error Id: 15, Error Level: 1] Unable to start Microsoft Defender for Endpoint Service. Error message: The service name is invalid.');
    expect(r.results[0]).toMatchObject({ id: 'script-event-15', match: 'code' });
  });

  it('keeps the words of a result no entry documents, and says so', () => {
    const r = engine.lookup('WARNING: Onboarding script returned 1.');
    expect(r.results.some((x) => x.match === 'code')).toBe(false);
    expect(r.notice).toMatch(/ 1 /);
  });
});
