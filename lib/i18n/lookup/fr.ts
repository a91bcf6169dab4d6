/**
 * The French strings of the lookup panel and its cards (search box, result
 * cards, entry kinds, code labels, code blocks): what the lookup pages' client
 * code shows. Entry and category pages do not load them in the browser; fr.ts
 * takes these sections from here.
 */
import type { EntryKind } from '../../content/schema';
import { count, frIslands, plural } from '../islands/fr';

export const frLookup = {
  kinds: {
    'script-event': {
      singular: 'Événement du script d’intégration',
      plural: 'Événements du script d’intégration',
      description: 'Source WDATPOnboarding, dans Journaux Windows > Application : le résultat du script d’intégration.',
    },
    'sense-event': {
      singular: 'Événement SENSE',
      plural: 'Événements SENSE',
      description: 'Journal Microsoft > Windows > SENSE > Opérationnel : tous les événements qu’écrit le capteur, du fonctionnement normal aux erreurs à traiter.',
    },
    'intune-error': {
      singular: 'Code d’erreur Intune',
      plural: 'Codes d’erreur Intune',
      description: 'Codes affichés par Microsoft Intune, selon l’OMA-URI en échec.',
    },
    'mdm-event': {
      singular: 'Événement MDM',
      plural: 'Événements MDM',
      description: 'Journal DeviceManagement-Enterprise-Diagnostics-Provider (Administration).',
    },
    'compliance-case': {
      singular: 'Cas de non-conformité Intune',
      plural: 'Cas de non-conformité Intune',
      description: 'Appareils signalés non conformes par Intune alors que l’intégration semble faite.',
    },
    guide: {
      singular: 'Guide',
      plural: 'Guides et procédures',
      description: 'Procédures de vérification et de correction, pas à pas.',
    },
    'installer-exit': {
      singular: 'Code de sortie d’Install.ps1',
      plural: 'Codes de sortie du programme d’installation (Install.ps1)',
      description: 'Codes de sortie du script d’installation pour Windows Server 2012 R2 et 2016 (microsoft/mdefordownlevelserver).',
    },
  } satisfies Record<EntryKind, { singular: string; plural: string; description: string }>,
  eventClasses: {
    notification: 'Fonctionnement normal',
    warning: 'Avertissement',
    error: 'Erreur à traiter',
    undocumented: 'Non documenté par Microsoft',
  },
  sensorAreas: {
    'service-lifecycle': 'Cycle de vie du service',
    onboarding: 'Intégration et retrait',
    'cloud-connection': 'Connexion au cloud',
    'cloud-configuration': 'Configuration cloud',
    telemetry: 'Expériences des utilisateurs connectés et télémétrie',
    'tracing-drivers': 'Traçage d’événements et pilotes',
    'quotas-network-battery': 'Quotas, réseau et batterie',
    'response-collection': 'Actions de réponse et collecte de données',
    'classification-ndr-dlp': 'Exécutables de classification, NDR et DLP',
    'authentication-registration': 'Authentification et inscription',
    csp: 'Fournisseur de services de configuration (CSP)',
  },
  codes: {
    script: 'Script',
    sense: 'SENSE',
    mdm: 'MDM',
    case: 'Cas',
    id: 'ID',
    installer: 'Install.ps1',
    exitCode: 'Code de sortie',
  },
  code: {
    types: {
      cmd: 'Commande',
      powershell: 'PowerShell',
      registry: 'Clé de Registre',
      path: 'Chemin',
      xml: 'Entrée de stratégie',
      text: 'Texte',
    },
    elevated: 'Invite administrateur requise',
    elevatedTitle: 'À exécuter dans une invite ouverte avec « Exécuter en tant qu’administrateur »',
    copyLabel: (what: string) => `Copier : ${what}`,
  },
  search: {
    region: 'Recherche',
    label: frIslands.header.searchLabel,
    placeholder: '0x87D1FDE8, événement SENSE 15, « failed to connect to the server at »…',
    hintText: 'Collez un code (hexadécimal ou décimal), un message d’événement, un bloc de l’Observateur d’événements ou décrivez le symptôme.',
    hintKeys: { focus: 'ou', focusEnd: 'pour revenir ici,', enter: 'Entrée', enterText: 'ouvre la première fiche,', escape: 'Échap', escapeText: 'efface.' },
    results: 'Résultats',
    statusNone: 'Aucune entrée connue ne correspond.',
    statusSuggestions: (n: number) =>
      `Aucune entrée connue ne correspond exactement ; ${count(n)} ${plural(n, 'suggestion approchée', 'suggestions approchées')}.`,
    statusFound: (n: number, ambiguous: boolean) =>
      `${count(n)} ${plural(n, 'résultat', 'résultats')}${ambiguous ? ' : précisez la source' : ''}.`,
    failed: 'La recherche a échoué sur ce texte. Réessayez avec un extrait plus court.',
    reading: 'Lecture en cours…',
    indexFailed: 'L’index de recherche n’a pas pu être chargé : rechargez la page.',
    largePaste: (chars: number, lines: number) =>
      `Texte collé : ${count(chars)} caractères, ${count(lines)} ${plural(lines, 'ligne', 'lignes')}, lu en entier. Trop long pour être affiché dans la zone de saisie ; en voici le début.`,
    largePasteReplace: 'Tapez ou collez pour remplacer ce texte',
    clearPaste: 'Effacer le texte collé',
  },
  card: {
    match: { code: 'Code reconnu', message: 'Message reconnu', text: 'Correspondance approchée' },
    ambiguous: 'Source à préciser',
    codes: 'Codes',
    log: 'Journal',
    source: 'source',
    cause: 'Cause',
    firstSteps: 'Premières étapes',
    open: 'Ouvrir la fiche complète',
    openSteps: (n: number) => ` (${count(n)} ${plural(n, 'étape', 'étapes')})`,
    matchedOn: 'Trouvé d’après :',
  },
};
