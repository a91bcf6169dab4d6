/**
 * Every French string of the interface and the engine's own sentences (the
 * CLI's are in cli/, the log reports' in logs/, so pages do not ship them; the
 * sections client islands show are written in islands/ and lookup/ and taken
 * from there). The English dictionary has the same shape (checked by the
 * compiler): a missing translation is a type error, not a blank on a page.
 */
import type { EntryKind } from '../content/schema';

import { count, frIslands, plural } from './islands/fr';
import { frLookup } from './lookup/fr';

export const fr = {
  site: {
    name: 'Dépannage de l’intégration MDE',
    title: 'Intégration Defender pour point de terminaison — dépannage',
    titleTemplate: '%s · Dépannage MDE',
    description:
      'Codes d’erreur, événements et procédures pour résoudre les problèmes d’intégration des appareils à Microsoft Defender pour point de terminaison.',
    skipToContent: 'Aller au contenu',
    categoriesNav: 'Catégories',
    searchNav: frIslands.header.searchNav,
    shortName: 'Dépannage MDE',
    menu: 'Menu',
    closeMenu: 'Fermer le menu',
    searchPlaceholder: frIslands.header.searchPlaceholder,
    onThisPage: 'Sur cette page',
    navKinds: {
      'script-event': 'Script d’intégration',
      'sense-event': 'Événements SENSE',
      'intune-error': 'Erreurs Intune',
      'mdm-event': 'Événements MDM',
      'compliance-case': 'Conformité Intune',
      guide: 'Guides',
      'installer-exit': 'Install.ps1',
    } satisfies Record<EntryKind, string>,
    home: 'Accueil',
    breadcrumb: 'Fil d’Ariane',
    footer: {
      before:
        'Contenu rédigé d’après les articles de Microsoft Learn « Résoudre les problèmes d’intégration de Microsoft Defender pour point de terminaison », « Résolution des problèmes lors du passage à Microsoft Defender pour point de terminaison » et « Consulter les événements et les erreurs à l’aide de l’Observateur d’événements », © Microsoft, publiés sous licence',
      license: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
      after:
        '. Les codes de sortie du programme d’installation sont lus dans Install.ps1 (microsoft/mdefordownlevelserver, © Microsoft, licence MIT). Les explications sont réécrites ; les messages, codes, commandes et chemins sont repris à l’identique. Ce site n’est ni publié ni approuvé par Microsoft.',
    },
  },
  language: {
    label: 'Langue',
    switchTo: frIslands.header.switchTo,
  },
  theme: frIslands.theme,
  kinds: frLookup.kinds,
  eventClasses: frLookup.eventClasses,
  sensorAreas: frLookup.sensorAreas,
  codes: frLookup.codes,
  severity: {
    error: 'Erreur',
    warning: 'Avertissement',
    information: 'Information',
    critical: 'Critique',
  },
  home: {
    heading: 'Dépanner l’intégration à Microsoft Defender pour point de terminaison',
    lead: 'Collez ce que vous voyez — code Intune, ID d’événement, message complet, bloc de l’Observateur d’événements — ou décrivez le symptôme : la fiche de résolution s’affiche aussitôt.',
    entryCount: (n: number) => `${count(n)} ${plural(n, 'fiche', 'fiches')}`,
    categoriesHeading: 'Parcourir par catégorie',
    seeAll: (n: number) => `Voir ${plural(n, 'la fiche', `les ${count(n)} fiches`)}`,
  },
  lookupPage: {
    title: 'Recherche',
    description: 'Trouver la fiche de résolution d’un code d’erreur, d’un événement ou d’un message.',
  },
  search: frLookup.search,
  card: frLookup.card,
  entry: {
    log: 'Journal',
    provider: 'Source de l’événement',
    severity: 'Gravité',
    errorDescription: 'Description de l’erreur',
    errorType: 'Type d’erreur',
    omaUri: 'OMA-URI',
    message: 'Message de l’événement',
    copyMessage: 'Copier le message',
    cause: 'Cause',
    branches: 'Causes possibles',
    defaultQuestion: 'Quelle situation correspond à la vôtre ?',
    branchIf: 'Si :',
    procedure: 'Procédure',
    resolution: 'Résolution',
    details: 'Explications',
    related: 'Voir aussi',
    source: 'Source',
    sourceBefore: 'Rédigé d’après l’article Microsoft Learn',
    sourceSection: 'section',
    sourceAfter: ', sous licence CC BY 4.0.',
    articles: {
      'troubleshoot-onboarding': 'Résoudre les problèmes d’intégration de Microsoft Defender pour point de terminaison',
      'switch-to-mde-troubleshooting': 'Résolution des problèmes lors du passage à Microsoft Defender pour point de terminaison',
      'event-error-codes': 'Consulter les événements et les erreurs à l’aide de l’Observateur d’événements',
      'install-ps1': 'Install.ps1 (microsoft/mdefordownlevelserver, licence MIT)',
    },
    windowsWording: 'Tel que Windows l’écrit (Observateur d’événements)',
    eventClass: 'Nature de l’événement',
    area: 'Partie du capteur',
    exitCode: 'Code de sortie',
    exitName: 'Nom dans le script',
    logLine: 'Dernière ligne du journal',
    undocumented: 'Microsoft ne documente ni cause ni action pour cet événement : seul le message qu’écrit Windows est connu. Cette page ne donne aucun conseil qu’elle ne puisse sourcer.',
    noAction: 'La table de Microsoft présente cet événement comme une notification de fonctionnement normal : aucune action n’est nécessaire.',
    installerMessage: 'Ce qu’affiche le programme d’installation',
    providerSource:
      'La table des événements SENSE de Microsoft ne liste pas cet ID : le message est le modèle que le fournisseur Microsoft-Windows-SENSE enregistre dans Windows, tel que le donnent les copies publiques de son manifeste.',
    scriptSourceBefore: 'D’après le script d’installation',
    scriptSourceAfter: ', sous licence MIT.',
    carriedLabel: frIslands.entry.carriedLabel,
    carriedHeading: frIslands.entry.carriedHeading,
  },
  category: {
    entries: (n: number) => `${count(n)} ${plural(n, 'entrée', 'entrées')}`,
    code: 'Code',
    title: 'Titre',
    guide: 'Guide',
    message: 'Message',
    summary: 'En bref',
  },
  steps: {
    step: (n: number) => `Étape ${n}`,
    done: frIslands.steps.done,
    expected: 'Résultat attendu :',
    note: 'Remarque :',
    screenshotOnly: 'Le détail de cette étape n’existe que sous forme de capture d’écran dans l’article d’origine :',
    screenshotLink: 'voir la section sur Microsoft Learn',
  },
  code: frLookup.code,
  copy: frIslands.copy,
  runbook: frIslands.runbook,
  notFound: {
    title: 'Page introuvable',
    lead: 'Cette adresse ne correspond à aucune fiche. Cherchez le code, l’événement ou le message ci-dessous, ou revenez à',
    home: 'l’accueil',
    submit: 'Chercher',
  },
  engine: {
    systemError: 'Erreur système',
    readAsSigned: 'Lu comme (signe moins rétabli)',
    eventLabel: (id: number, source?: string) => `événement ${source ? `${source} ` : ''}${id}`,
    sources: { script: 'de WDATPOnboarding', sense: 'de SENSE', mdm: 'de MDM' },
    ambiguity: (eventId: number, where: string) =>
      `L’événement ${eventId} existe dans plusieurs journaux : dans lequel le voyez-vous ? ${where}.`,
    ambiguityOption: (log: string, title: string, provider?: string) => `« ${log} »${provider ? ` (source ${provider})` : ''} pour « ${title} »`,
    ambiguitySingle: (eventId: number, where: string) =>
      `Sans le nom de son journal, l’événement ${eventId} n’est pas reconnu avec certitude : l’article ne le documente que dans ${where}. Est-ce là que vous le voyez ?`,
    installerExit: (code: number) =>
      `Le code de sortie ${code} est celui de l’installeur (Install.ps1 ou msiexec), pas un événement du script d’intégration.`,
    or: ', ou ',
    noEntryForEvent: (id: number, source: string) => `Aucune entrée pour l’événement ${id} ${source}.`,
    noEntryForEventElsewhere: (id: number, source: string, elsewhere: string) =>
      `Aucune entrée pour l’événement ${id} ${source} : cet ID n’est documenté que pour ${elsewhere}. Vérifiez le journal.`,
    unknownCode: (codes: string) => `Le code ${codes} n’est documenté dans aucune entrée.`,
    onlyApproximate:
      'Aucune entrée connue ne correspond exactement à votre saisie : les résultats ci-dessous ne sont que des correspondances approchées du texte.',
    nothing: 'Aucune entrée connue ne correspond à votre saisie.',
    onlyWeak:
      'Aucune entrée ne correspond clairement à votre saisie : voici les plus proches, avec les mots qui les rapprochent. Précisez le code, l’ID d’événement ou le message si vous l’avez.',
    truncated: (read: number, total: number) =>
      `Texte tronqué : seuls les ${count(read)} premiers caractères sur ${count(total)} ont été analysés.`,
    failed: 'La recherche a échoué sur ce texte.',
  },
};
