/**
 * French strings of the command-line tool, apart from the
 * interface dictionary so that pages which never show them do not ship them.
 */
const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
const count = (n: number) => n.toLocaleString('fr-FR');

export const cliFr = {
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
};
