/**
 * Every French string of the interface, the CLI and the engine's own
 * sentences. The English dictionary has the same shape (checked by the
 * compiler): a missing translation is a type error, not a blank on a page.
 */
import type { EntryKind } from '../content/schema';

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
const count = (n: number) => n.toLocaleString('fr-FR');

export const fr = {
  site: {
    name: 'Dépannage de l’intégration MDE',
    title: 'Intégration Defender pour point de terminaison — dépannage',
    titleTemplate: '%s · Dépannage MDE',
    description:
      'Codes d’erreur, événements et procédures pour résoudre les problèmes d’intégration des appareils à Microsoft Defender pour point de terminaison.',
    skipToContent: 'Aller au contenu',
    categoriesNav: 'Catégories',
    searchNav: 'Recherche',
    shortName: 'Dépannage MDE',
    menu: 'Menu',
    closeMenu: 'Fermer le menu',
    searchPlaceholder: 'Code, événement, message…',
    onThisPage: 'Sur cette page',
    navKinds: {
      'script-event': 'Script d’intégration',
      'sense-event': 'Événements SENSE',
      'intune-error': 'Erreurs Intune',
      'mdm-event': 'Événements MDM',
      'compliance-case': 'Conformité Intune',
      guide: 'Guides',
    } satisfies Record<EntryKind, string>,
    home: 'Accueil',
    breadcrumb: 'Fil d’Ariane',
    footer: {
      before:
        'Contenu rédigé d’après les articles de Microsoft Learn « Résoudre les problèmes d’intégration de Microsoft Defender pour point de terminaison » et « Résolution des problèmes lors du passage à Microsoft Defender pour point de terminaison », © Microsoft, publiés sous licence',
      license: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
      after:
        '. Les explications sont réécrites ; les messages, codes, commandes et chemins sont repris à l’identique. Ce site n’est ni publié ni approuvé par Microsoft.',
    },
  },
  language: {
    label: 'Langue',
    switchTo: 'Read this page in English',
  },
  theme: {
    label: 'Thème',
    system: 'Système',
    light: 'Clair',
    dark: 'Sombre',
  },
  kinds: {
    'script-event': {
      singular: 'Événement du script d’intégration',
      plural: 'Événements du script d’intégration',
      description: 'Source WDATPOnboarding, dans Journaux Windows > Application : le résultat du script d’intégration.',
    },
    'sense-event': {
      singular: 'Événement SENSE',
      plural: 'Événements SENSE',
      description: 'Journal Microsoft > Windows > SENSE > Opérationnel : les erreurs du capteur sur l’appareil.',
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
  } satisfies Record<EntryKind, { singular: string; plural: string; description: string }>,
  codes: {
    script: 'Script',
    sense: 'SENSE',
    mdm: 'MDM',
    case: 'Cas',
    id: 'ID',
  },
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
  search: {
    region: 'Recherche',
    label: 'Code d’erreur, ID d’événement, message ou symptôme',
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
    },
    carriedLabel: 'Valeurs relevées dans votre recherche',
    carriedHeading: 'Valeurs relevées dans ce que vous avez collé :',
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
    done: 'Étape faite :',
    expected: 'Résultat attendu :',
    note: 'Remarque :',
    screenshotOnly: 'Le détail de cette étape n’existe que sous forme de capture d’écran dans l’article d’origine :',
    screenshotLink: 'voir la section sur Microsoft Learn',
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
  copy: {
    idle: 'Copier',
    copied: 'Copié ✓',
    failed: 'Échec',
    copiedStatus: 'Copié dans le presse-papiers',
    failedStatus: 'La copie a échoué',
    linkLabel: (label: string) => `Copier le lien vers « ${label} »`,
    linkCopied: 'Lien copié',
  },
  runbook: {
    progressLabel: 'Progression de la procédure',
    progress: (done: number, total: number) =>
      `${count(done)} sur ${count(total)} ${plural(total, 'étape faite', 'étapes faites')}`,
    reset: 'Réinitialiser',
    copyTicket: 'Copier pour un ticket',
    copied: 'Copié',
    copyFailed: 'La copie a échoué',
    showAll: 'Afficher toutes les causes',
    ticketValues: 'Valeurs relevées :',
    ticketCommonSteps: 'Étapes communes :',
    ticketSteps: 'Étapes :',
    ticketCause: 'Cause',
    ticketChosenCause: 'Cause retenue',
    colon: ' : ',
  },
  notFound: {
    title: 'Page introuvable',
    lead: 'Cette adresse ne correspond à aucune fiche. Cherchez le code, l’événement ou le message ci-dessous, ou revenez à',
    home: 'l’accueil',
    submit: 'Chercher',
  },
  cli: {
    usage: `Usage :
  mde-lookup "<texte>"                 fiches correspondant à un code, un ID d’événement, un message ou un symptôme
  mde-lookup -                         lit le texte sur l’entrée standard (bloc de l’Observateur d’événements, journal…)
  mde-lookup --json "<texte>"          la réponse en JSON : {"query","status","results",…}
  mde-lookup --list [--json]           toutes les entrées (tableau, ou {"entries":[…]})
  mde-lookup --batch FICHIER --json    un tableau JSON de requêtes → un tableau JSON de réponses, dans le même ordre
  mde-lookup --file FICHIER [--file …] lit des journaux (.evtx, exports XML, CSV ou texte, zip du Client Analyzer)
  mde-lookup --file FICHIER --json     le rapport en JSON : {"files":[…],"entries":[…],"totals":{…}}

Options :
  --json          sortie JSON
  --limit N       au plus N résultats par requête
  --lang fr|en    langue des fiches et des URL (par défaut : celle du terminal, LANG/LC_ALL, sinon l’anglais)
  -h, --help      cette aide
  --              la suite est du texte, même si elle commence par « - »

Environnement : SITE_URL (par exemple https://mde.exemple.fr) rend les URL absolues, donc cliquables.

Statut de sortie : 0 si un code ou un message est reconnu (pour --batch : dans au moins une requête),
1 sinon, 2 en cas d’usage incorrect (option inconnue, fichier absent, JSON invalide…).
Avec --file : 1 aussi quand un fichier est endommagé (résultats partiels), 2 quand un fichier est illisible.`,
    prefix: 'mde-lookup : ',
    seeHelp: ' (voir --help)',
    fileNeedsPath: '--file demande un chemin : --file FICHIER',
    fileAndOther: '--file ne se combine pas avec un texte, « - », --list ou --batch',
    limitNotForFile: '--limit ne s’applique pas à --file',
    stdinTwice: '« - » (entrée standard) est donné deux fois',
    batchNeedsFile: '--batch attend un fichier : --batch FICHIER --json',
    limitNeedsInteger: (raw: string | undefined) => `--limit attend un entier positif (reçu : ${raw ?? 'rien'})`,
    langNeedsValue: (raw: string | undefined, langs: string) => `--lang attend ${langs} (reçu : ${raw ?? 'rien'})`,
    unknownOption: (arg: string) => `option inconnue : ${arg}`,
    oneAction: 'choisissez une seule action : un texte (ou « - »), --list ou --batch',
    stdinAndText: '« - » lit le texte sur l’entrée standard : ne donnez pas de texte en plus',
    limitNotForList: '--limit ne s’applique pas à --list',
    batchNeedsJson: '--batch produit du JSON : ajoutez --json',
    nothingToLookUp: 'rien à chercher : donnez un texte, « - », --list ou --batch (voir --help)',
    invalidJson: (reason: string) => `JSON invalide (${reason})`,
    notAnArray: 'le fichier doit contenir un tableau JSON de chaînes',
    notAString: (i: number) => `l’élément ${i} n’est pas une chaîne`,
    cannotRead: (file: string, code: string | undefined) => `impossible de lire ${file}${code ? ` (${code})` : ''}`,
    invalidContent: (n: number, first: string) => `contenu invalide (${n} problème(s)) : ${first}`,
    unexpected: (message: string) => `erreur inattendue : ${message}`,
    match: { code: 'code reconnu', message: 'message reconnu', text: 'correspondance approchée' },
    ambiguous: ' — source à préciser',
    elevated: '  (invite de commandes administrateur)',
    moreSteps: (n: number) => `… ${count(n)} ${plural(n, 'autre étape', 'autres étapes')} sur la fiche`,
    fields: { type: 'Type', recognised: 'Reconnu', entry: 'Fiche', log: 'Journal', cause: 'Cause', branch: 'Cas', question: 'Question' },
    sourceOf: (provider: string) => `source ${provider}`,
    firstSteps: 'Premières étapes',
    whichCase: 'Quel cas ?',
    status: {
      empty: 'Rien à chercher.',
      found: 'Correspondance exacte.',
      ambiguous: 'ID d’événement sans source : plusieurs fiches possibles.',
      none: 'Aucune correspondance exacte.',
      failed: 'La recherche a échoué.',
      error: 'La recherche a échoué sur ce texte (erreur interne).',
    },
    resultCount: (n: number) => `${count(n)} ${plural(n, 'résultat', 'résultats')}.`,
    listHeader: { id: 'ID', code: 'Code', title: 'Titre' },
    listFooter: (n: number) => `${count(n)} entrées. Détail : mde-lookup "<id ou code>" ; JSON : --list --json.`,
  },
  engine: {
    systemError: 'Erreur système',
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
  logs: {
    insertion: (n: number) => `Chaîne d’insertion ${n}`,
    unknownSource: '(source inconnue)',
    formats: {
      evtx: 'journal EVTX',
      xml: 'export XML de l’Observateur d’événements',
      csv: 'export CSV de l’Observateur d’événements',
      text: 'export texte de l’Observateur d’événements',
      analyzer: 'résultats du Client Analyzer (XML)',
      zip: 'archive zip',
      unknown: 'format inconnu',
    },
    level: (level: number | undefined) =>
      level === undefined ? '' : (['Toujours', 'Critique', 'Erreur', 'Avertissement', 'Information', 'Commentaires'][level] ?? `Niveau ${level}`),
    localTime: ' (heure locale)',
    utc: ' UTC',
    size: (bytes: number) =>
      bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo` : `${count(Math.ceil(bytes / 1024))} Ko`,
    problems: {
      unreadable: 'impossible de lire le fichier',
      empty: 'le fichier est vide',
      unknownFormat:
        'ce n’est pas un journal que ce portail sait lire : attendu un fichier .evtx, un export de l’Observateur d’événements (XML, CSV ou texte) ou un zip qui en contient',
      notEvtx: 'nommé .evtx, mais ce n’est pas un journal EVTX (il ne commence pas par la signature « ElfFile ») : rien n’a pu être lu',
      renamed: (ext: string, format: string) => `nommé ${ext}, mais c’est un ${format} : lu comme tel`,
      aborted: 'lecture annulée : résultats partiels',
      evtxHeaderTruncated: 'journal EVTX tronqué : l’en-tête du fichier est incomplet, aucun enregistrement n’a pu être lu',
      evtxTruncated: 'le fichier s’arrête au milieu d’un bloc (fichier tronqué) : les enregistrements complets ont été lus',
      evtxMissingChunks: (n: number) => `l’en-tête annonce ${count(n)} ${plural(n, 'bloc', 'blocs')} de plus que le fichier n’en contient (copie tronquée ?)`,
      evtxChecksum: (n: number) => `${count(n)} ${plural(n, 'somme de contrôle fausse', 'sommes de contrôle fausses')} (en-tête ou blocs) : les données ont été lues malgré tout`,
      evtxHeaderOdd: 'en-tête de fichier inhabituel (indicateurs, version ou taille de bloc) : lu malgré tout',
      evtxChunkFailed: (n: number) => `${count(n)} ${plural(n, 'bloc endommagé ignoré', 'blocs endommagés ignorés')} (signature ou table de chaînes illisible)`,
      evtxRecordFailed: (n: number) => `${count(n)} ${plural(n, 'enregistrement illisible', 'enregistrements illisibles')}`,
      evtxOther: 'l’analyseur EVTX signale un problème',
      xmlMalformed: (n: number) => `${count(n)} ${plural(n, 'événement au XML invalide ignoré', 'événements au XML invalide ignorés')}`,
      xmlTruncated: 'le fichier s’arrête au milieu d’un événement (fichier tronqué) : les événements précédents ont été lus',
      csvBadRows: (n: number) => `${count(n)} ${plural(n, 'ligne ignorée', 'lignes ignorées')} : pas un événement (pas d’ID d’événement)`,
      textBadBlocks: (n: number) => `${count(n)} ${plural(n, 'bloc ignoré', 'blocs ignorés')} : pas un événement (pas d’ID d’événement)`,
      recordTooLarge: (n: number, limit: string) => `${count(n)} ${plural(n, 'enregistrement ignoré', 'enregistrements ignorés')} : plus de ${limit}`,
      zipDamaged: 'archive zip endommagée (répertoire central absent ou illisible)',
      zipMemberDamaged: (name: string) => `${name} : endommagé dans l’archive, lu autant que possible`,
      zipTotalCap: (name: string, limit: string) => `${name} : lecture arrêtée après ${limit} décompressés (protection contre les bombes zip)`,
      zipRatioCap: (name: string, ratio: number) => `${name} : compressé plus de ${count(ratio)} fois, lecture arrêtée (protection contre les bombes zip)`,
      zipEntryCap: (limit: number) => `l’archive contient plus de ${count(limit)} fichiers : seuls les ${count(limit)} premiers ont été examinés`,
      zipTooDeep: (name: string) => `${name} : zip dans un zip dans un zip, non ouvert`,
      zipEncrypted: (name: string) => `${name} : chiffré, non lu`,
      zipMethod: (name: string) => `${name} : méthode de compression non prise en charge, non lu`,
      zipNoLogs: 'aucun journal d’événements dans l’archive (fichiers .evtx et exports de l’Observateur d’événements cherchés dans tous les dossiers)',
      othersCapped: (n: number, limit: number) => `plus de ${count(limit)} sortes d’autres événements : ${count(n)} ${plural(n, 'sorte comptée', 'sortes comptées')} dans les totaux seulement`,
      valuesCapped: (name: string, limit: number) => `${name} : plus de ${count(limit)} valeurs distinctes, les suivantes ne sont pas gardées`,
      detail: 'détail technique',
    },
    report: {
      title: 'Journaux d’événements lus',
      files: (n: number) => `${count(n)} ${plural(n, 'fichier', 'fichiers')}`,
      fileLine: (format: string, records: number, failures: number) =>
        `${format}, ${count(records)} ${plural(records, 'enregistrement lu', 'enregistrements lus')}, ${count(failures)} en échec`,
      inZip: (zip: string) => `dans ${zip}`,
      totals: (records: number, failures: number, matched: number, others: number) =>
        `${count(records)} ${plural(records, 'enregistrement lu', 'enregistrements lus')} (${count(failures)} en échec) ; ${count(matched)} ${plural(matched, 'événement', 'événements')} d’une entrée connue, ${count(others)} ${plural(others, 'autre', 'autres')}.`,
      entries: 'Entrées reconnues',
      noEntries: 'Aucun événement d’une entrée connue dans ces fichiers.',
      seen: (n: number) => `${count(n)} ${plural(n, 'fois', 'fois')}`,
      first: 'première fois',
      last: 'dernière fois',
      values: 'Valeurs lues',
      timeline: 'Chronologie',
      timelineCut: (shown: number, total: number) => `les ${count(shown)} derniers sur ${count(total)} événements d’entrées connues`,
      others: 'Autres événements (aucune entrée)',
      noOthers: 'Aucun autre événement.',
      source: 'Source',
      eventId: 'ID',
      levelHeader: 'Niveau',
      countHeader: 'Nombre',
      firstHeader: 'Première fois',
      lastHeader: 'Dernière fois',
      problems: 'Problèmes',
      findings: 'Constats du Client Analyzer',
      members: 'Journaux trouvés',
      damaged: 'Fichier endommagé : résultats partiels.',
      unreadable: 'Fichier illisible.',
    },
    ui: {
      region: 'Lire un fichier journal',
      heading: 'Lire un journal d’événements',
      drop: 'Déposez ici un fichier .evtx, un export de l’Observateur d’événements (XML, CSV, texte) ou le zip du Client Analyzer',
      choose: 'Choisir des fichiers',
      pasteHint: 'ou collez un fichier (Ctrl+V)',
      privacy: 'Les fichiers sont lus dans ce navigateur : rien n’est envoyé.',
      reading: (file: string) => `Lecture de ${file}…`,
      progress: (read: string, total: string, events: number) => `${read} sur ${total}, ${count(events)} ${plural(events, 'événement', 'événements')}`,
      progressLabel: 'Progression de la lecture',
      cancel: 'Annuler',
      cancelled: 'Lecture annulée : voici les résultats partiels.',
      failed: (reason: string) => `La lecture a échoué : ${reason}`,
      knownOnly: 'Entrées connues seulement',
      copyTicket: 'Copier pour un ticket',
      copyLabel: 'Copier le rapport pour un ticket',
      clear: 'Effacer',
      cards: 'Fiches',
    },
  },
};
