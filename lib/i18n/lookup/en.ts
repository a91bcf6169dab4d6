/** The English strings of the lookup panel and its cards; same shape as the French ones (checked by the compiler). */
import type { LookupDictionary } from './index';
import { count, enIslands, plural } from '../islands/en';

export const enLookup: LookupDictionary = {
  kinds: {
    'script-event': {
      singular: 'Onboarding script event',
      plural: 'Onboarding script events',
      description: 'Source WDATPOnboarding, in Windows Logs > Application: what the onboarding script reported.',
    },
    'sense-event': {
      singular: 'SENSE event',
      plural: 'SENSE events',
      description: 'Microsoft > Windows > SENSE > Operational log: every event the sensor writes, from normal operation to errors to act on.',
    },
    'intune-error': {
      singular: 'Intune error code',
      plural: 'Intune error codes',
      description: 'Codes shown by Microsoft Intune, by failed OMA-URI.',
    },
    'mdm-event': {
      singular: 'MDM event',
      plural: 'MDM events',
      description: 'DeviceManagement-Enterprise-Diagnostics-Provider log (Admin).',
    },
    'compliance-case': {
      singular: 'Intune non-compliance case',
      plural: 'Intune non-compliance cases',
      description: 'Devices Intune reports as non-compliant although onboarding looks done.',
    },
    guide: {
      singular: 'Guide',
      plural: 'Guides and procedures',
      description: 'Step-by-step checks and fixes.',
    },
    'installer-exit': {
      singular: 'Install.ps1 exit code',
      plural: 'Installer exit codes (Install.ps1)',
      description: 'Exit codes of the installer script for Windows Server 2012 R2 and 2016 (microsoft/mdefordownlevelserver).',
    },
  },
  eventClasses: {
    notification: 'Normal operation',
    warning: 'Warning',
    error: 'Error to act on',
    undocumented: 'Undocumented by Microsoft',
  },
  sensorAreas: {
    'service-lifecycle': 'Service life cycle',
    onboarding: 'Onboarding and offboarding',
    'cloud-connection': 'Cloud connection',
    'cloud-configuration': 'Cloud configuration',
    telemetry: 'Connected User Experiences and Telemetry',
    'tracing-drivers': 'Event tracing and drivers',
    'quotas-network-battery': 'Quotas, network and battery',
    'response-collection': 'Response actions and data collection',
    'classification-ndr-dlp': 'Classification, NDR and DLP executables',
    'authentication-registration': 'Authentication and registration',
    csp: 'Configuration service provider (CSP)',
  },
  codes: {
    script: 'Script',
    sense: 'SENSE',
    mdm: 'MDM',
    case: 'Case',
    id: 'ID',
    installer: 'Install.ps1',
    exitCode: 'Exit code',
  },
  code: {
    types: {
      cmd: 'Command',
      powershell: 'PowerShell',
      registry: 'Registry key',
      path: 'Path',
      xml: 'Policy entry',
      text: 'Text',
    },
    elevated: 'Elevated prompt required',
    elevatedTitle: 'Run from a prompt opened with “Run as administrator”',
    copyLabel: (what: string) => `Copy: ${what}`,
  },
  search: {
    region: 'Search',
    label: enIslands.header.searchLabel,
    placeholder: '0x87D1FDE8, SENSE event 15, “failed to connect to the server at”…',
    hintText: 'Paste a code (hex or decimal), an event message, a block from Event Viewer, or describe the symptom.',
    hintKeys: { focus: 'or', focusEnd: 'to come back here,', enter: 'Enter', enterText: 'opens the first card,', escape: 'Esc', escapeText: 'clears.' },
    results: 'Results',
    statusNone: 'No known entry matches.',
    statusSuggestions: (n: number) => `No known entry matches exactly; ${count(n)} close ${plural(n, 'suggestion', 'suggestions')}.`,
    statusFound: (n: number, ambiguous: boolean) =>
      `${count(n)} ${plural(n, 'result', 'results')}${ambiguous ? ': say which log' : ''}.`,
    failed: 'The lookup failed on this text. Try a shorter excerpt.',
    reading: 'Reading…',
    indexFailed: 'The search index could not be loaded: reload the page.',
    largePaste: (chars: number, lines: number) =>
      `Pasted text: ${count(chars)} characters, ${count(lines)} ${plural(lines, 'line', 'lines')}, read in full. Too long to show in the box; here is how it starts.`,
    largePasteReplace: 'Type or paste to replace this text',
    clearPaste: 'Clear the pasted text',
  },
  card: {
    match: { code: 'Code recognised', message: 'Message recognised', text: 'Close match' },
    ambiguous: 'Which log?',
    codes: 'Codes',
    log: 'Log',
    source: 'source',
    cause: 'Cause',
    firstSteps: 'First steps',
    open: 'Open the full entry',
    openSteps: (n: number) => ` (${count(n)} ${plural(n, 'step', 'steps')})`,
    matchedOn: 'Matched on:',
  },
};
