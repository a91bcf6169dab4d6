/**
 * Writes the log fixtures of tests/fixtures/logs/ (run by hand after a change:
 * `npx tsx tests/unit/logs/make-fixtures.ts`; fixtures.test.ts checks that the
 * files on disk are what this script makes). EVTX files come from the
 * test-only writer (tests/unit/evtx/writer.ts); exports are written the way
 * Event Viewer writes them (see lib/logs/fields.ts for what is verified and
 * what is assumed); zips with fflate, member names with backslashes as
 * Windows PowerShell writes them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { writeEvtx, type WriterEvent } from '../evtx/writer';

const SENSE = 'Microsoft-Windows-SENSE';
const SENSE_CHANNEL = 'Microsoft-Windows-SENSE/Operational';
const MDM = 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider';
const MDM_CHANNEL = `${MDM}/Admin`;
const PC = 'PC-0042.contoso.com';

const sense = (eventId: number, time: string, data: WriterEvent['data'], level = 2): WriterEvent => ({
  provider: SENSE,
  providerGuid: '{CC0E6C4E-5A2C-4D3B-8E1A-2F9B7C6D5E4F}',
  eventId,
  level,
  channel: SENSE_CHANNEL,
  computer: PC,
  time,
  data,
});

export const SENSE_EVENTS: WriterEvent[] = [
  sense(5, '2024-05-06T07:08:09.1234567Z', ['https://winatp-gw-weu.microsoft.com/']),
  sense(63, '2024-05-06T07:09:00Z', ['DiagTrack', 'Disabled', 'Automatic', '0x0']),
  sense(5, '2024-05-06T08:00:00Z', ['https://winatp-gw-weu.microsoft.com/']),
  // An ID that neither Microsoft's table nor the provider defines: truly not one of ours.
  sense(58, '2024-05-06T08:30:00Z', ['something'], 4),
  sense(5, '2024-05-07T09:10:11Z', ['https://us-v20.events.data.microsoft.com/']),
];

export const APPLICATION_EVENTS: WriterEvent[] = [
  { provider: 'WDATPOnboarding', eventId: 15, qualifiers: 0, level: 2, channel: 'Application', computer: PC, time: '2024-05-06T06:00:00Z', data: ['Failed to start SENSE service'] },
  { provider: 'Application Error', eventId: 1000, qualifiers: 0, level: 2, channel: 'Application', computer: PC, time: '2024-05-06T06:01:00Z', data: ['app.exe', '1.0'] },
  { provider: 'WDATPOnboarding', eventId: 99, qualifiers: 0, level: 2, channel: 'Application', computer: PC, time: '2024-05-06T06:02:00Z', data: [] },
];

export const MDM_EVENTS: WriterEvent[] = [
  {
    provider: MDM,
    eventId: 1819,
    level: 2,
    channel: MDM_CHANNEL,
    computer: PC,
    time: '2024-05-06T05:00:00Z',
    data: [
      { name: 'NodeId', value: '1' },
      { name: 'TokenName', value: 'SampleSharing' },
      { name: 'Result', value: 'The parameter is incorrect (0x87D1FDE8)' },
    ],
  },
  { provider: MDM, eventId: 404, level: 2, channel: MDM_CHANNEL, computer: PC, time: '2024-05-06T05:01:00Z', data: ['x'] },
];

const SENSEIR_EVENTS: WriterEvent[] = [
  { provider: 'Microsoft-Windows-SENSEIR', eventId: 5, level: 4, channel: 'Microsoft-Windows-SENSEIR/Operational', computer: PC, time: '2024-05-06T07:00:00Z', data: ['ir'] },
];

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >>> 8;
  }
  return out;
}

const utf8bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
const utf8 = (text: string) => new TextEncoder().encode(text);

const XML_EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<Events><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-SENSE' Guid='{CC0E6C4E-5A2C-4D3B-8E1A-2F9B7C6D5E4F}'/><EventID>5</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='2024-05-06T07:08:09.1234567Z'/><EventRecordID>101</EventRecordID><Correlation/><Execution ProcessID='4321' ThreadID='1234'/><Channel>Microsoft-Windows-SENSE/Operational</Channel><Computer>PC-0042.contoso.com</Computer><Security UserID='S-1-5-18'/></System><EventData><Data>https://winatp-gw-weu.microsoft.com/</Data></EventData><RenderingInfo Culture='en-US'><Message>Microsoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-weu.microsoft.com/</Message><Level>Error</Level><Task></Task><Opcode>Info</Opcode><Channel>Microsoft-Windows-SENSE/Operational</Channel><Provider>Microsoft-Windows-SENSE</Provider><Keywords></Keywords></RenderingInfo></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-SENSE'/><EventID>68</EventID><Level>3</Level><TimeCreated SystemTime='2024-05-06T07:10:00.0000000Z'/><EventRecordID>102</EventRecordID><Channel>Microsoft-Windows-SENSE/Operational</Channel><Computer>PC-0042.contoso.com</Computer></System><EventData><Data Name='ServiceName'>DiagTrack</Data><Data Name='ActualStartType'>Disabled</Data><Data Name='ExpectedStartType'>Automatic</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Service Control Manager' Guid='{555908d1-a6d7-4695-8e1e-26931d2012f4}' EventSourceName='Service Control Manager'/><EventID Qualifiers='16384'>7036</EventID><Level>4</Level><TimeCreated SystemTime='2024-05-06T07:11:00.0000000Z'/><EventRecordID>103</EventRecordID><Channel>System</Channel><Computer>PC-0042.contoso.com</Computer></System><EventData><Data Name='param1'>Windows Update &amp; more</Data><Data Name='param2'>running</Data></EventData></Event>
</Events>`;

const CSV_EXPORT = `Level,Date and Time,Source,Event ID,Task Category
Error,5/6/2024 7:08:09 AM,Microsoft-Windows-SENSE,5,None,"Microsoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-weu.microsoft.com/"
Information,5/6/2024 7:09:00 AM,Microsoft-Windows-SENSE,63,None,"Updating the start type of external service. Name: DiagTrack, actual start type: Disabled, expected start type: Automatic, exit code: 0x0"
Error,5/6/2024 1:15:00 PM,WDATPOnboarding,15,None,"Failed to start the SENSE service.
The service did not respond."
Information,5/6/2024 1:16:00 PM,Service Control Manager,7036,None,"The Windows Update service entered the running state."
`;

const CSV_FR = `Niveau,Date et heure,Source,ID de l’événement,Catégorie de la tâche
Erreur,06/05/2024 07:08:09,Microsoft-Windows-SENSE,5,Aucun,"Le service Microsoft Defender pour point de terminaison n’a pas pu se connecter au serveur à l’adresse https://winatp-gw-weu.microsoft.com/"
Avertissement,06/05/2024 13:20:00,Microsoft-Windows-SENSE,69,Aucun,"Le service est arrêté. Nom du service : DiagTrack"
Information,13/05/2024 08:00:00,Service Control Manager,7036,Aucun,"Le service Windows Update est entré dans l’état : en cours d’exécution."
`;

const CSV_DAMAGED = `Level,Date and Time,Source,Event ID,Task Category
Error,5/6/2024 7:08:09 AM,Microsoft-Windows-SENSE,5,None,"Microsoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-weu.microsoft.com/"
this line is no event
Error,5/6/2024 7:09:09 AM,Microsoft-Windows-SENSE,not-a-number,None,"x"
Error,5/6/2024 7:10:09 AM,Microsoft-Windows-SENSE,7,None,"Microsoft Defender for Endpoint service failed to read the onboarding parameters. Failure code: 0x80070005"
`;

const TAB_EXPORT = [
  'Level\tDate and Time\tSource\tEvent ID\tTask Category',
  'Error\t5/6/2024 7:08:09 AM\tMicrosoft-Windows-SENSE\t5\tNone\tMicrosoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-weu.microsoft.com/',
  'Warning\t5/6/2024 7:30:00 AM\tMicrosoft-Windows-SENSE\t15\tNone\tMicrosoft Defender for Endpoint can\'t start command channel with URL: https://winatp-gw-neu.microsoft.com/',
  'Information\t5/6/2024 7:31:00 AM\tMicrosoft-Windows-Kernel-General\t16\tNone\tThe access history in hive',
  'was cleared.',
  '',
].join('\r\n');

const DETAILS_EN = `Log Name:      Microsoft-Windows-SENSE/Operational
Source:        Microsoft-Windows-SENSE
Date:          5/6/2024 7:08:09 AM
Event ID:      5
Task Category: None
Level:         Error
Keywords:
User:          SYSTEM
Computer:      PC-0042.contoso.com
Description:
The description for Event ID 5 from source Microsoft-Windows-SENSE cannot be found. Either the component that raises this event is not installed on your local computer or the installation is corrupted.
Event Xml:
<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="Microsoft-Windows-SENSE" Guid="{cc0e6c4e-5a2c-4d3b-8e1a-2f9b7c6d5e4f}" />
    <EventID>5</EventID>
    <Level>2</Level>
    <TimeCreated SystemTime="2024-05-06T07:08:09.1234567Z" />
    <EventRecordID>77</EventRecordID>
    <Channel>Microsoft-Windows-SENSE/Operational</Channel>
    <Computer>PC-0042.contoso.com</Computer>
  </System>
  <EventData>
    <Data>https://winatp-gw-weu.microsoft.com/</Data>
  </EventData>
</Event>
Log Name:      Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin
Source:        Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider
Date:          5/6/2024 5:00:00 AM
Event ID:      1819
Task Category: None
Level:         Error
Computer:      PC-0042.contoso.com
Description:
Microsoft Defender for Endpoint CSP: Failed to Set Node's Value. NodeId: (1), TokenName: (SampleSharing), Result: (The parameter is incorrect).
`;

const DETAILS_FR = `Nom du journal : Microsoft-Windows-SENSE/Operational
Source :         Microsoft-Windows-SENSE
Date :           06/05/2024 07:09:00
ID de l’événement : 63
Catégorie de la tâche : Aucun
Niveau :         Information
Mots-clés :
Utilisateur :    Système
Ordinateur :     PC-0042.contoso.com
Description :
Mise à jour du type de démarrage du service externe. Nom : DiagTrack, type de démarrage réel : Disabled, type de démarrage attendu : Automatic, code de sortie : 0x0
`;

const ANALYZER_XML = `<?xml version="1.0" encoding="utf-8"?>
<MDEResults>
  <general><scriptVersion displayName="Script Version"><value>1.0</value></scriptVersion></general>
  <events>
    <event id="121001"><severity>Warning</severity><category>Connectivity</category><check>Proxy</check><checkresult>Connectivity test failed for &lt;b&gt;https://winatp-gw-weu.microsoft.com&lt;/b&gt;</checkresult><guidance>See &lt;a href="https://learn.microsoft.com/defender-endpoint/configure-proxy-internet"&gt;proxy settings&lt;/a&gt;</guidance></event>
    <event id="122001"><severity>Error</severity><category>Services</category><check>DiagTrack</check><checkresult>DiagTrack service is disabled</checkresult><guidance>Set it to automatic</guidance></event>
  </events>
</MDEResults>
`;

export function fixtures(): Record<string, Uint8Array> {
  const senseLog = writeEvtx(SENSE_EVENTS).bytes;
  const files: Record<string, Uint8Array> = {
    'sense.evtx': senseLog,
    'application.evtx': writeEvtx(APPLICATION_EVENTS).bytes,
    'mdm.evtx': writeEvtx(MDM_EVENTS).bytes,
    // Cut in the middle of its only chunk, after the first records.
    'sense-truncated.evtx': senseLog.slice(0, 4096 + 512 + 1400),
    'not-evtx.evtx': utf8('This is not an event log, just a text file someone renamed.\n'),
    'renamed-xml.evtx': utf8(XML_EXPORT),
    'export.xml': utf8(XML_EXPORT),
    'export-utf16.xml': utf16le(XML_EXPORT.replace('encoding="UTF-8"', 'encoding="UTF-16"')),
    // Cut inside the second event: the first one is whole.
    'export-truncated.xml': utf8(XML_EXPORT.slice(0, XML_EXPORT.indexOf('<Event xmlns', 200) + 300)),
    'export.csv': utf8bom(CSV_EXPORT),
    'export-fr.csv': utf8bom(CSV_FR),
    'export-damaged.csv': utf8bom(CSV_DAMAGED),
    'export.txt': utf16le(TAB_EXPORT),
    'details.txt': utf8(DETAILS_EN),
    'details-fr.txt': utf8bom(DETAILS_FR),
  };
  const bundle = zipSync({
    'MDEClientAnalyzerResult\\MDEClientAnalyzer.htm': utf8('<html><body>report</body></html>'),
    'MDEClientAnalyzerResult\\EventLogs\\sense.evtx': senseLog,
    'MDEClientAnalyzerResult\\EventLogs\\senseIR.evtx': writeEvtx(SENSEIR_EVENTS).bytes,
    'MDEClientAnalyzerResult\\EventLogs\\Application.EVTX': writeEvtx(APPLICATION_EVENTS).bytes,
    'MDEClientAnalyzerResult\\SystemInfoLogs\\MDEClientAnalyzer.xml': utf8(ANALYZER_XML),
    'MDEClientAnalyzerResult\\SystemInfoLogs\\MDEClientAnalyzer.txt': utf8('2024-05-06 07:00:00 [Warning] Proxy 121001: Connectivity test failed\n'),
    'MDEClientAnalyzerResult\\SystemInfoLogs\\dsregcmd.txt': utf8('+----------------------------------------------------------------------+\n| Device State |\n'),
  }, { level: 6, mtime: new Date('2024-05-06T00:00:00Z') });
  files['MDEClientAnalyzerResult.zip'] = bundle;
  files['nested.zip'] = zipSync({ 'inner/logs.zip': zipSync({ 'EventLogs/mdm.evtx': writeEvtx(MDM_EVENTS).bytes }, { mtime: new Date('2024-05-06T00:00:00Z') }) }, { level: 0, mtime: new Date('2024-05-06T00:00:00Z') });
  // A download cut short: no central directory at the end.
  files['truncated.zip'] = bundle.slice(0, Math.floor(bundle.length * 0.8));
  files['empty.zip'] = zipSync({ 'readme.md': utf8('nothing here\n') }, { mtime: new Date('2024-05-06T00:00:00Z') });
  // An EVTX header then 64 MiB of zeros: a log that inflates about 1000 times its size.
  const bomb = new Uint8Array(64 * 1024 * 1024);
  bomb.set(senseLog.subarray(0, 4096));
  files['bomb.zip'] = zipSync({ 'EventLogs/sense.evtx': bomb }, { level: 9, mtime: new Date('2024-05-06T00:00:00Z') });
  return files;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = path.join(here, '..', '..', 'fixtures', 'logs');

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  mkdirSync(FIXTURES_DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(fixtures())) writeFileSync(path.join(FIXTURES_DIR, name), bytes);
  console.log(`wrote ${Object.keys(fixtures()).length} fixtures to ${FIXTURES_DIR}`);
}
