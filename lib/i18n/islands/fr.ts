/**
 * The French strings the client islands use (copy buttons, runbook, theme,
 * header, carried values). A module of its own so that pages without the
 * lookup ship these, not the whole dictionary of both languages; fr.ts takes
 * its sections from here, so each string is written once.
 */
export const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
export const count = (n: number) => n.toLocaleString('fr-FR');

export const frIslands = {
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
  theme: {
    label: 'Thème',
    system: 'Système',
    light: 'Clair',
    dark: 'Sombre',
  },
  header: {
    switchTo: 'Read this page in English',
    searchLabel: 'Code d’erreur, ID d’événement, message ou symptôme',
    searchNav: 'Recherche',
    searchPlaceholder: 'Code, événement, message…',
  },
  category: {
    filterLabel: 'Filtrer la liste',
    filterPlaceholder: 'ID, titre ou mots du message',
    classLegend: 'Nature de l’événement',
    allClasses: 'Toutes',
    shown: (n: number, total: number) => `${count(n)} sur ${count(total)} ${plural(total, 'entrée affichée', 'entrées affichées')}`,
    none: 'Aucune entrée ne correspond à ce filtre.',
    clear: 'Effacer le filtre',
  },
  entry: {
    carriedLabel: 'Valeurs relevées dans votre recherche',
    carriedHeading: 'Valeurs relevées dans ce que vous avez collé :',
  },
  steps: {
    done: 'Étape faite :',
  },
};
