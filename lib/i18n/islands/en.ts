/** The English strings of the client islands; same shape as the French ones (checked by the compiler). */
import type { IslandsDictionary } from './index';

export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
export const count = (n: number) => n.toLocaleString('en-US');

export const enIslands: IslandsDictionary = {
  copy: {
    idle: 'Copy',
    copied: 'Copied ✓',
    failed: 'Failed',
    copiedStatus: 'Copied to the clipboard',
    failedStatus: 'Copy failed',
    linkLabel: (label: string) => `Copy the link to “${label}”`,
    linkCopied: 'Link copied',
  },
  runbook: {
    progressLabel: 'Procedure progress',
    progress: (done: number, total: number) => `${count(done)} of ${count(total)} ${plural(total, 'step', 'steps')} done`,
    reset: 'Reset',
    copyTicket: 'Copy for a ticket',
    copied: 'Copied',
    copyFailed: 'Copy failed',
    showAll: 'Show every cause',
    ticketValues: 'Values read:',
    ticketCommonSteps: 'Common steps:',
    ticketSteps: 'Steps:',
    ticketCause: 'Cause',
    ticketChosenCause: 'Chosen cause',
    colon: ': ',
  },
  theme: {
    label: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  header: {
    switchTo: 'Lire cette page en français',
    searchLabel: 'Error code, event ID, message or symptom',
    searchNav: 'Search',
    searchPlaceholder: 'Code, event, message…',
  },
  category: {
    filterLabel: 'Filter the list',
    filterPlaceholder: 'ID, title or words of the message',
    classLegend: 'Kind of event',
    allClasses: 'All',
    shown: (n: number, total: number) => `${count(n)} of ${count(total)} ${plural(total, 'entry', 'entries')} shown`,
    none: 'No entry matches this filter.',
    clear: 'Clear the filter',
  },
  entry: {
    carriedLabel: 'Values read from your search',
    carriedHeading: 'Values read from what you pasted:',
  },
  steps: {
    done: 'Step done:',
  },
};
