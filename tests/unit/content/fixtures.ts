/** Builders for entry files: each bad-entry test changes one thing of a valid entry. */
import { stringify } from 'yaml';

export type Fm = Record<string, unknown>;

export function validSenseFrontmatter(overrides: Fm = {}): Fm {
  return {
    id: 'sense-event-5',
    kind: 'sense-event',
    title: 'Événement SENSE 5 : impossible de joindre le serveur',
    summary: 'Le capteur ne joint pas le service.',
    eventId: 5,
    log: 'Journaux des applications et des services > Microsoft > Windows > SENSE > Opérationnel',
    messages: ['Microsoft Defender pour point de terminaison service n’a pas pu se connecter au serveur à l’adresse _variable_'],
    eventClass: 'error',
    sensorArea: 'cloud-connection',
    steps: [{ id: 'check-connectivity', text: 'Vérifiez la connexion Internet.' }],
    related: [],
    source: { article: 'troubleshoot-onboarding', section: 'view-agent-onboarding-errors-in-the-device-event-log' },
    ...overrides,
  };
}

export function entryFile(fm: Fm, body = '## Ce que signifie cet événement {#ce-que-signifie-cet-evenement}\n\nTexte.\n'): string {
  return `---\n${stringify(fm)}---\n\n${body}`;
}
