import { describe, expect, it } from 'vitest';
import {
  extractCodes,
  extractEvents,
  extractSyncml,
  extractSystemErrors,
  signedTwin,
  sourceOfName,
  win32FromHresult,
  type EventHit,
} from '../../../lib/lookup/extract';
import { normalize } from '../../../lib/lookup/normalize';

const CODE = 0x87d1fde8;
const codes = (s: string) => extractCodes(normalize(s)).map((c) => c.value);
const events = (s: string) => extractEvents(normalize(s)).map((e: EventHit) => ({ id: e.id, source: e.source }));

describe('extractCodes', () => {
  it('reads every form of a 32-bit code as one unsigned value', () => {
    for (const form of ['0x87D1FDE8', '0x87d1fde8', '0X87D1FDE8', '87D1FDE8', '87d1fde8', '-2016281112', '2278686184', '−2016281112']) {
      expect(codes(form), form).toEqual([CODE]);
    }
  });

  it('reads codes inside text and punctuation', () => {
    expect(codes('Error (0x87D1FDE8) on Onboarding')).toEqual([CODE]);
    expect(codes('hr=0x87d1fde8;')).toEqual([CODE]);
    expect(codes('hr=-2016281112')).toEqual([CODE]);
    expect(codes('code:-2016281112.')).toEqual([CODE]);
  });

  it('keeps short and unknown hex codes (the engine decides what they mean)', () => {
    expect(codes('0x5 and 0x80070005')).toEqual([5, 0x80070005]);
  });

  it('ignores GUIDs, hashes, dates, times, versions and KB numbers', () => {
    expect(codes('{cb2ff72d-d4e4-585d-33f9-f3a395c40be7}')).toEqual([]);
    expect(codes('sha256 87d1fde887d1fde887d1fde887d1fde8')).toEqual([]);
    expect(codes('<Keywords>0x8000000000000000</Keywords>')).toEqual([]);
    expect(codes('11/21/2026 10:02:13 KB4015217 4.18.2007.8 20261121')).toEqual([]);
    expect(codes('x87d1fde8 87d1fde8y')).toEqual([]);
  });

  it('ignores decimals out of the 32-bit range or glued to other digits', () => {
    expect(codes('99999999999')).toEqual([]);
    expect(codes('-2147483649')).toEqual([]);
    expect(codes('1.2278686184')).toEqual([]);
  });
});

describe('signedTwin', () => {
  const hit = (s: string) => extractCodes(normalize(s))[0];
  it('gives an unsigned decimal the value it has with a minus sign, and nothing for other forms', () => {
    const unsigned = hit('error 2016281112');
    expect(unsigned && signedTwin(unsigned)).toBe(CODE);
    for (const s of ['-2016281112', '0x87D1FDE8', '2278686184']) {
      const h = hit(s);
      expect(h, s).toBeDefined();
      // Already signed, hex, or above 2^31 (no negative number has that absolute value).
      expect(h && signedTwin(h), s).toBeUndefined();
    }
  });
});

describe('win32FromHresult', () => {
  it('unwraps HRESULT_FROM_WIN32', () => {
    expect(win32FromHresult(0x80070241)).toBe(577);
    expect(win32FromHresult(0x80070422)).toBe(1058);
    expect(win32FromHresult(CODE)).toBeUndefined();
  });
});

describe('extractSyncml', () => {
  it('reads SyncML statuses with or without parentheses', () => {
    for (const s of ['SyncML(425)', 'SyncML 425', 'syncml (425): the requested command failed', 'SyncML status 425']) {
      expect(extractSyncml(normalize(s)).map((h) => h.status), s).toEqual([425]);
    }
    expect(extractSyncml(normalize('asyncml 425'))).toEqual([]);
  });
});

describe('extractSystemErrors', () => {
  it('reads Win32 errors in French and English', () => {
    for (const [s, code] of [
      ['erreur système 577', 577],
      ['System error 577 has occurred.', 577],
      ['error 1058', 1058],
      ['Erreur 1058 au démarrage', 1058],
      ['error code: 1058', 1058],
    ] as const) {
      expect(extractSystemErrors(normalize(s)).map((h) => h.code), s).toEqual([code]);
    }
  });

  it('does not read a log level above an event ID as an error number', () => {
    expect(extractSystemErrors(normalize('Level: Error\nEvent ID: 5'))).toEqual([]);
    expect(extractSystemErrors(normalize('error code: 0x80070005'))).toEqual([]);
  });
});

describe('sourceOfName', () => {
  it('maps providers, logs and channels to our sources', () => {
    expect(sourceOfName('wdatponboarding')).toBe('script');
    expect(sourceOfName('application')).toBe('script');
    expect(sourceOfName('microsoft-windows-sense/operational')).toBe('sense');
    expect(sourceOfName('sense')).toBe('sense');
    expect(sourceOfName('microsoft-windows-devicemanagement-enterprise-diagnostics-provider/admin')).toBe('mdm');
    expect(sourceOfName('system')).toBe('other');
    expect(sourceOfName('service control manager')).toBe('other');
    expect(sourceOfName('')).toBeUndefined();
  });
});

describe('extractEvents: prose', () => {
  it('reads the source named next to the ID, in any order and language', () => {
    expect(events('SENSE event 15')).toEqual([{ id: 15, source: 'sense' }]);
    expect(events('événement SENSE 15')).toEqual([{ id: 15, source: 'sense' }]);
    expect(events('event 15 WDATPOnboarding')).toEqual([{ id: 15, source: 'script' }]);
    expect(events('onboarding script event 10')).toEqual([{ id: 10, source: 'script' }]);
    expect(events('événement 10 du script d’intégration')).toEqual([{ id: 10, source: 'script' }]);
    expect(events('MDM 1819')).toEqual([{ id: 1819, source: 'mdm' }]);
    expect(events('event 5 in the Application log')).toEqual([{ id: 5, source: 'script' }]);
    expect(events('ID d’événement 7 dans Microsoft-Windows-SENSE/Operational')).toEqual([{ id: 7, source: 'sense' }]);
  });

  it('reads "ID n" right after a log name, not after other words', () => {
    expect(events('Journal SENSE : ID 7')).toEqual([{ id: 7, source: 'sense' }]);
    expect(events('ID 27 SENSE')).toEqual([{ id: 27, source: 'sense' }]);
    expect(events('SENSE process id 4321')).toEqual([]);
  });

  it('leaves the source open when none is named', () => {
    expect(events('event 15')).toEqual([{ id: 15, source: undefined }]);
    expect(events('l’évènement 10 revient')).toEqual([{ id: 10, source: undefined }]);
    expect(events('Event ID: 15')).toEqual([{ id: 15, source: undefined }]);
  });

  it('does not take the SENSE service for the SENSE log', () => {
    expect(events('event 15, le service SENSE ne démarre pas')).toEqual([{ id: 15, source: undefined }]);
    expect(events('script d’onboarding : événement 15, sc query sense affiche START_PENDING')).toEqual([{ id: 15, source: 'script' }]);
  });

  it('does not lend a source across a clause break when another is named', () => {
    expect(events('Event ID 5 source SENSE, Event ID 15 source WDATPOnboarding')).toEqual([
      { id: 5, source: 'sense' },
      { id: 15, source: 'script' },
    ]);
    expect(events('journal SENSE, événement 29')).toEqual([{ id: 29, source: 'sense' }]);
  });

  it('reads lists of IDs with their shared source', () => {
    expect(events('SENSE events 5, 7 and 15')).toEqual([
      { id: 5, source: 'sense' },
      { id: 7, source: 'sense' },
      { id: 15, source: 'sense' },
    ]);
  });

  it('treats a number alone as an event ID only when it is the whole query', () => {
    expect(extractEvents(normalize(' 15 ')).map((e) => [e.id, e.via])).toEqual([[15, 'bare']]);
    expect(events('15 postes')).toEqual([]);
  });

  it('ignores numbers in URLs, dates, times, versions, KB numbers and exit codes', () => {
    for (const s of [
      'https://contoso.example/event/15?id=5',
      'le 15/11 à 10:15',
      'version 4.18.2007.8',
      'KB4015217',
      'Starting stopped external service. Name: DiagTrack, exit code: 5',
      'process id 4321',
      'NodeId: (15)',
    ]) {
      expect(events(s), s).toEqual([]);
    }
  });

  it('uses the one source the whole input names for an ID whose line names none', () => {
    const text = 'Dans le journal SENSE, plusieurs erreurs depuis ce matin.\nNotamment l’événement 7.';
    expect(events(text)).toEqual([{ id: 7, source: 'sense' }]);
  });
});

describe('extractEvents: Event Viewer text', () => {
  it('reads English "Copy details as text" blocks', () => {
    const block = `Log Name:      Microsoft-Windows-SENSE/Operational
Source:        Microsoft-Windows-SENSE
Date:          11/21/2026 10:02:13 AM
Event ID:      5
Level:         Error
Description:
Microsoft Defender for Endpoint service failed to connect to the server at https://x`;
    const found = extractEvents(normalize(block));
    expect(found.map((e) => [e.id, e.source, e.via])).toEqual([[5, 'sense', 'event-viewer']]);
  });

  it('reads French blocks with no-break spaces before the colons', () => {
    const block = 'Nom du journal\u00a0:Application\nSource\u00a0:       WDATPOnboarding\nID de l’événement\u00a0:15\nNiveau\u00a0: Erreur';
    expect(events(block)).toEqual([{ id: 15, source: 'script' }]);
  });

  it('reads several blocks in order', () => {
    const blocks = 'Log Name: Application\nSource: WDATPOnboarding\nEvent ID: 15\n\nLog Name: Microsoft-Windows-SENSE/Operational\nSource: SENSE\nEvent ID: 5';
    expect(events(blocks)).toEqual([
      { id: 15, source: 'script' },
      { id: 5, source: 'sense' },
    ]);
  });

  it('marks events of other logs as other', () => {
    expect(events('Log Name: System\nSource: Service Control Manager\nEvent ID: 7000')).toEqual([{ id: 7000, source: 'other' }]);
  });

  it('reads Get-WinEvent | Format-List output', () => {
    expect(events('TimeCreated  : 21/11/2026 10:02:13\nProviderName : Microsoft-Windows-SENSE\nId           : 63\nMessage      : Updating…')).toEqual([{ id: 63, source: 'sense' }]);
  });
});

describe('extractEvents: XML', () => {
  it('reads provider, channel and ID inside each <Event>', () => {
    const xml = `<Events>
<Event><System><Provider Name="Microsoft-Windows-SENSE" Guid="{cb2ff72d-d4e4-585d-33f9-f3a395c40be7}" /><EventID>15</EventID><Channel>Microsoft-Windows-SENSE/Operational</Channel></System></Event>
<Event><System><Provider Name="WDATPOnboarding" /><EventID Qualifiers="0">30</EventID><Channel>Application</Channel></System></Event>
<Event><System><Provider Name="Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider" /><EventID>1819</EventID><Channel>Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin</Channel></System></Event>
</Events>`;
    expect(events(xml)).toEqual([
      { id: 15, source: 'sense' },
      { id: 30, source: 'script' },
      { id: 1819, source: 'mdm' },
    ]);
  });
});

describe('extractEvents: tables', () => {
  it('reads Get-WinEvent rows with the source from the command line', () => {
    const table = `PS C:\\> Get-WinEvent -LogName Microsoft-Windows-SENSE/Operational -MaxEvents 2

TimeCreated                      Id LevelDisplayName Message
-----------                      -- ---------------- -------
11/21/2026 10:02:13 AM            5 Error            Microsoft Defender for Endpoint service failed to connect to the server at https://x
11/21/2026 9:58:40 AM             7 Error            Microsoft Defender for Endpoint service failed to read the onboarding parameters. Failure code: 5`;
    expect(events(table)).toEqual([
      { id: 5, source: 'sense' },
      { id: 7, source: 'sense' },
    ]);
  });

  it('reads rows without a command, leaving the source to their message', () => {
    const rows = 'TimeCreated Id LevelDisplayName Message\n21/11/2026 10:02:13 15 Erreur Microsoft Defender for Endpoint can’t start command channel';
    const found = extractEvents(normalize(rows));
    expect(found.map((e) => [e.id, e.source, e.via])).toEqual([[15, undefined, 'table']]);
    expect(normalize(rows).slice(found[0]?.scope.start, found[0]?.scope.end)).toContain('command channel');
  });

  it('reads Get-EventLog rows, whose Source column names the provider', () => {
    const table = `   Index Time          EntryType   Source                 InstanceID Message
   48213 Nov 21 10:05  Error       WDATPOnboarding                35 The script failed
   48190 Nov 21 10:04  Error       WDATPOnboa...                  30 The script failed`;
    expect(events(table)).toEqual([
      { id: 35, source: 'script' },
      { id: 30, source: 'script' },
    ]);
  });

  it('reads the FilterHashtable form of the command', () => {
    const table = "Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='WDATPOnboarding'}\n04/03/2026 09:15:42 65 Error Insufficient privileges";
    expect(events(table)).toEqual([{ id: 65, source: 'script' }]);
  });
});

describe('extractEvents: hostile input', () => {
  it('stays linear on a megabyte of event words without line breaks', () => {
    const text = normalize('event 15 '.repeat(120_000));
    const found = extractEvents(text);
    expect(found.length).toBeGreaterThan(100_000);
    expect(found.every((e) => e.scope.end - e.scope.start <= 4000)).toBe(true);
  });

  it('does not throw on markup, control characters or emoji', () => {
    for (const s of ['<script>alert("event 15")</script>', '\u0000event\u0000 15', '🔥 event 🔥 15 🔥', '<EventID>abc</EventID>', 'Event ID:']) {
      expect(() => extractEvents(normalize(s))).not.toThrow();
    }
  });
});
