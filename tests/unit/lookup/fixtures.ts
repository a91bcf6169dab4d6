/**
 * A small corpus shaped like the real one (same kinds, same kinds of
 * templates and branches) so each stage can be tested without the content,
 * which other writers change.
 */
import type { LookupRecord } from '../../../lib/lookup/types';

const SCRIPT_LOG = 'Journaux Windows > Application';
const SENSE_LOG = 'Journaux des applications et des services > Microsoft > Windows > SENSE > Opérationnel';

export function record(partial: Partial<LookupRecord> & Pick<LookupRecord, 'id' | 'kind' | 'title'>): LookupRecord {
  return {
    lang: 'fr',
    url: `/fr/${partial.id}`,
    alt: [],
    summary: '',
    systemErrors: [],
    omaUris: [],
    messages: { fr: [], en: [] },
    symptoms: [],
    keywords: [],
    causes: [],
    firstSteps: [{ id: 'step-1', text: 'Première étape.', commands: [] }],
    stepCount: 1,
    bodyText: '',
    ...partial,
  };
}

export const scriptEvent15 = record({
  id: 'script-event-15',
  kind: 'script-event',
  title: 'Événement 15 du script d’intégration : échec du démarrage du service SENSE',
  eventId: 15,
  provider: 'WDATPOnboarding',
  log: SCRIPT_LOG,
  errorType: { fr: 'Échec du démarrage du service SENSE', en: 'Failed to start SENSE service' },
  systemErrors: [577, 1058],
  symptoms: ['le service sense ne démarre pas', 'sc query sense affiche START_PENDING'],
  keywords: ['SENSE', 'START_PENDING', 'ELAM'],
  question: 'Que montre sc query sense ?',
  causes: [
    {
      id: 'cause-start-pending',
      title: 'Service bloqué dans un état intermédiaire',
      answer: 'START_PENDING',
      cause: 'Le service reste en attente.',
      keywords: ['START_PENDING', '1607'],
      firstSteps: [{ id: 'check-service-state', text: 'Vérifiez l’état du service.', commands: [{ code: 'sc query sense', type: 'cmd', elevated: true }] }],
    },
    {
      id: 'cause-elam-disabled',
      title: 'Erreur système 577 ou 1058',
      answer: 'Erreur 577 ou 1058',
      cause: 'Le pilote ELAM est désactivé.',
      keywords: ['577', '1058', 'ELAM'],
      firstSteps: [{ id: 'enable-elam', text: 'Réactivez le pilote ELAM.', commands: [] }],
    },
  ],
});

export const scriptEvent5 = record({
  id: 'script-event-5',
  kind: 'script-event',
  title: 'Événement 5 du script d’intégration : données de retrait impossibles à supprimer',
  eventId: 5,
  provider: 'WDATPOnboarding',
  log: SCRIPT_LOG,
  errorType: { fr: 'Des données de désintégrage ont été trouvées, mais n’ont pas pu être supprimées', en: "Offboarding data was found but couldn't be deleted" },
  symptoms: ['impossible de supprimer les données d’offboarding'],
});

export const senseEvent5 = record({
  id: 'sense-event-5',
  kind: 'sense-event',
  title: 'Événement SENSE 5 : impossible de joindre le serveur',
  eventId: 5,
  provider: 'SENSE',
  log: SENSE_LOG,
  messages: {
    fr: ['Microsoft Defender pour point de terminaison service n’a pas pu se connecter au serveur à l’adresse _variable_'],
    en: ['Microsoft Defender for Endpoint service failed to connect to the server at _variable_'],
  },
  symptoms: ['le capteur ne joint pas le serveur', 'problème de proxy'],
  keywords: ['proxy', 'WinHTTP'],
});

export const senseEvent7 = record({
  id: 'sense-event-7',
  kind: 'sense-event',
  title: 'Événement SENSE 7 : lecture des paramètres d’intégration impossible',
  eventId: 7,
  provider: 'SENSE',
  log: SENSE_LOG,
  messages: {
    fr: ['Microsoft Defender pour point de terminaison service n’a pas pu lire les paramètres d’intégration. Code d’échec : _variable_'],
    en: ['Microsoft Defender for Endpoint service failed to read the onboarding parameters. Failure code: _variable_'],
  },
});

export const senseEvent15 = record({
  id: 'sense-event-15',
  kind: 'sense-event',
  title: 'Événement SENSE 15 : impossible de démarrer le canal de commande',
  eventId: 15,
  provider: 'SENSE',
  log: SENSE_LOG,
  messages: {
    fr: ['Microsoft Defender pour point de terminaison ne peut pas démarrer le canal de commande avec l’URL : _variable_'],
    en: ["Microsoft Defender for Endpoint can't start command channel with URL: _variable_"],
  },
  symptoms: ['canal de commande impossible à démarrer'],
});

export const senseEvent30 = record({
  id: 'sense-event-30',
  kind: 'sense-event',
  title: 'Événement SENSE 30 : échec de la désactivation d’un mode',
  eventId: 30,
  provider: 'SENSE',
  log: SENSE_LOG,
  messages: {
    fr: ['Échec de la désactivation du mode $(build.sense.productDisplayName) dans Microsoft Defender pour point de terminaison. Code d’échec : %1'],
    en: ['Failed to disable $(build.sense.productDisplayName) mode in Microsoft Defender for Endpoint. Failure code: %1'],
  },
});

export const senseEvent63 = record({
  id: 'sense-event-63',
  kind: 'sense-event',
  title: 'Événement SENSE 63 : mise à jour du type de démarrage d’un service externe',
  eventId: 63,
  provider: 'SENSE',
  log: SENSE_LOG,
  messages: {
    fr: ['Mise à jour du type de démarrage du service externe. Nom : %1, type de démarrage réel : %2, type de démarrage attendu : %3, code de sortie : %4'],
    en: ['Updating the start type of external service. Name: %1, actual start type: %2, expected start type: %3, exit code: %4'],
  },
});

export const senseEvent69 = record({
  id: 'sense-event-69',
  kind: 'sense-event',
  title: 'Événement SENSE 69 : le service est arrêté',
  eventId: 69,
  provider: 'SENSE',
  log: SENSE_LOG,
  messages: { fr: ['Le service est arrêté. Nom du service : %1'], en: ['The service is stopped. Service name: %1'] },
});

export const mdmEvent1819 = record({
  id: 'mdm-event-1819',
  kind: 'mdm-event',
  title: 'Événement MDM 1819 : échec de la définition de la valeur d’un nœud',
  eventId: 1819,
  provider: 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider',
  log: 'Microsoft\\Windows\\DeviceManagement-EnterpriseDiagnostics-Provider > Administration',
  messages: {
    fr: ['Microsoft Defender pour point de terminaison CSP : Échec de la définition de la valeur du nœud. NodeId : (%1), TokenName : (%2), Résultat : (%3).'],
    en: ["Microsoft Defender for Endpoint CSP: Failed to Set Node's Value. NodeId: (%1), TokenName: (%2), Result: (%3)."],
  },
});

export const intune87d1fde8 = record({
  id: 'intune-error-0x87d1fde8',
  kind: 'intune-error',
  title: 'Erreur Intune 0x87D1FDE8 : échec de la correction',
  codes: { hex: '0x87D1FDE8', decimal: -2016281112 },
  errorType: { fr: 'Échec de la correction', en: 'Remediation failed' },
  keywords: ['Intune', 'OMA-URI'],
  question: 'Quel OMA-URI est en échec ?',
  causes: [
    { id: 'cause-wrong-blob', title: 'Blob incorrect', answer: 'Onboarding ou Offboarding', cause: 'Blob.', keywords: ['Onboarding', 'Offboarding', 'PreviousOrgIds'], firstSteps: [] },
    { id: 'cause-policy-key', title: 'Clé absente', answer: 'Onboarding, Offboarding ou SampleSharing', cause: 'Clé.', keywords: ['Onboarding', 'Offboarding', 'SampleSharing'], firstSteps: [] },
    { id: 'cause-read-only-property', title: 'Lecture seule', answer: 'SenseIsRunning, OnboardingState ou OrgId', cause: 'RO.', keywords: ['SenseIsRunning', 'OnboardingState', 'OrgId'], firstSteps: [] },
  ],
});

export const intune87d101a9 = record({
  id: 'intune-error-0x87d101a9',
  kind: 'intune-error',
  title: 'Erreur Intune 0x87D101A9 : SyncML 425',
  codes: { hex: '0x87D101A9', decimal: -2016345687, syncml: 425 },
  errorType: {
    fr: 'SyncML(425) : échec de la commande demandée, car l’expéditeur ne dispose pas des autorisations de contrôle d’accès (ACL) appropriées sur le destinataire.',
    en: "SyncML(425): The requested command failed because the sender doesn't have adequate access control permissions (ACL) on the recipient.",
  },
});

export const guideAntivirus = record({
  id: 'guide-antivirus-policy',
  kind: 'guide',
  title: 'Vérifier que Microsoft Defender Antivirus n’est pas désactivé par une stratégie',
  systemErrors: [577, 1058],
  symptoms: ['DisableAntiSpyware empêche l’intégration', 'antivirus tiers installé'],
  keywords: ['ELAM', 'DisableAntiSpyware', 'DisableAntiVirus'],
});

export const guidePassive = record({
  id: 'guide-passive-mode',
  kind: 'guide',
  title: 'Passer manuellement Microsoft Defender Antivirus en mode passif',
  symptoms: ['passer Defender Antivirus en mode passif sur Windows Server', 'ForceDefenderPassiveMode 1'],
  keywords: ['mode passif', 'passive mode', 'ForceDefenderPassiveMode'],
  bodyText: 'Sur Windows Server, la clé de Registre ForceDefenderPassiveMode place l’antivirus en mode passif.',
});

export const guideDiagtrack = record({
  id: 'guide-diagnostic-data-service',
  kind: 'guide',
  title: 'Vérifier le service de données de diagnostic (diagtrack)',
  symptoms: ['service diagtrack désactivé', 'sc qc diagtrack START_TYPE'],
  keywords: ['diagtrack', 'AUTO_START'],
});

export const FIXTURES: LookupRecord[] = [
  scriptEvent5,
  scriptEvent15,
  senseEvent5,
  senseEvent7,
  senseEvent15,
  senseEvent30,
  senseEvent63,
  senseEvent69,
  mdmEvent1819,
  intune87d1fde8,
  intune87d101a9,
  guideAntivirus,
  guidePassive,
  guideDiagtrack,
];

/** Ten entries about nothing the tests ask for: word rarity (idf) needs a corpus around the records compared. */
export function unrelated(extra: Partial<LookupRecord> = {}): LookupRecord[] {
  return Array.from({ length: 10 }, (_, i) => record({ id: `other-${i}`, kind: 'guide', title: `Unrelated topic ${i}`, ...extra }));
}
