/**
 * Turns validated entries into the plain records the lookup engine works on.
 * Kept apart from the engine so the engine never depends on how content is stored.
 */
import type { Entry } from '../content/parse';
import type { Step } from '../content/schema';
import { entryPath } from '../routes';
import { markdownToPlainText } from '../text/markdown';
import type { LookupRecord, LookupStep } from './types';

const FIRST_STEPS = 3;

function toStep(step: Step): LookupStep {
  return { id: step.id, text: step.text, commands: step.commands };
}

export function toLookupRecord(entry: Entry): LookupRecord {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    url: entryPath(entry.id, entry.lang),
    summary: entry.summary,
    ...(entry.eventId !== undefined ? { eventId: entry.eventId } : {}),
    ...(entry.caseNumber !== undefined ? { caseNumber: entry.caseNumber } : {}),
    ...(entry.provider ? { provider: entry.provider } : {}),
    ...(entry.log ? { log: entry.log } : {}),
    ...(entry.severity ? { severity: entry.severity } : {}),
    ...(entry.codes ? { codes: entry.codes } : {}),
    systemErrors: entry.systemErrors,
    omaUris: entry.omaUris,
    messages: entry.messages ?? { fr: [], en: [] },
    ...(entry.errorType ? { errorType: entry.errorType } : {}),
    ...(entry.cause ? { cause: entry.cause } : {}),
    symptoms: entry.symptoms,
    keywords: entry.keywords,
    ...(entry.question ? { question: entry.question } : {}),
    causes: entry.causes.map((c) => ({
      id: c.id,
      title: c.title,
      answer: c.answer,
      cause: c.cause,
      keywords: c.keywords,
      firstSteps: c.steps.slice(0, FIRST_STEPS).map(toStep),
    })),
    firstSteps: entry.steps.slice(0, FIRST_STEPS).map(toStep),
    stepCount: entry.steps.length + entry.causes.reduce((n, c) => n + c.steps.length, 0),
    bodyText: markdownToPlainText(entry.body),
  };
}

export function toLookupRecords(entries: Entry[]): LookupRecord[] {
  return entries.map(toLookupRecord);
}
