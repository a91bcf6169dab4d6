/**
 * Command line of `mde-lookup`, parsed without touching the process: the
 * binary passes argv in and decides what to do with the result, the tests
 * feed it arrays.
 */

export type LookupInput = { from: 'args'; text: string } | { from: 'stdin' };

export type CliCommand =
  | { command: 'help' }
  | { command: 'list'; json: boolean }
  | { command: 'lookup'; input: LookupInput; json: boolean; limit?: number }
  | { command: 'batch'; file: string; limit?: number };

export type ParsedArgs = { ok: true; value: CliCommand } | { ok: false; error: string };

export const USAGE = `Usage :
  mde-lookup "<texte>"                 fiches correspondant à un code, un ID d’événement, un message ou un symptôme
  mde-lookup -                         lit le texte sur l’entrée standard (bloc de l’Observateur d’événements, journal…)
  mde-lookup --json "<texte>"          la réponse en JSON : {"query","status","results",…}
  mde-lookup --list [--json]           toutes les entrées (tableau, ou {"entries":[…]})
  mde-lookup --batch FICHIER --json    un tableau JSON de requêtes → un tableau JSON de réponses, dans le même ordre

Options :
  --json          sortie JSON
  --limit N       au plus N résultats par requête
  -h, --help      cette aide
  --              la suite est du texte, même si elle commence par « - »

Statut de sortie : 0 si un code ou un message est reconnu (pour --batch : dans au moins une requête),
1 sinon, 2 en cas d’usage incorrect (option inconnue, fichier absent, JSON invalide…).`;

/** "-2016281112" is a signed error code, not an option. */
const NEGATIVE_NUMBER = /^-\d/;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let json = false;
  let list = false;
  let help = false;
  let stdin = false;
  let batch: string | undefined;
  let limit: number | undefined;
  const words: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-') {
      if (stdin) return { ok: false, error: '« - » (entrée standard) est donné deux fois' };
      stdin = true;
      continue;
    }
    if (!arg.startsWith('-') || NEGATIVE_NUMBER.test(arg)) {
      words.push(arg);
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };
    switch (flag) {
      case '--json':
        json = true;
        break;
      case '--list':
        list = true;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '--batch': {
        const file = value();
        if (!file) return { ok: false, error: '--batch attend un fichier : --batch FICHIER --json' };
        batch = file;
        break;
      }
      case '--limit': {
        const raw = value();
        const n = raw === undefined ? Number.NaN : Number(raw);
        if (!Number.isInteger(n) || n < 1) return { ok: false, error: `--limit attend un entier positif (reçu : ${raw ?? 'rien'})` };
        limit = n;
        break;
      }
      default:
        return { ok: false, error: `option inconnue : ${arg}` };
    }
  }

  if (help) return { ok: true, value: { command: 'help' } };
  const text = words.join(' ');
  const modes = [list, batch !== undefined, stdin || words.length > 0].filter(Boolean).length;
  if (modes > 1) return { ok: false, error: 'choisissez une seule action : un texte (ou « - »), --list ou --batch' };
  if (stdin && words.length) return { ok: false, error: '« - » lit le texte sur l’entrée standard : ne donnez pas de texte en plus' };
  if (list) {
    if (limit !== undefined) return { ok: false, error: '--limit ne s’applique pas à --list' };
    return { ok: true, value: { command: 'list', json } };
  }
  if (batch !== undefined) {
    if (!json) return { ok: false, error: '--batch produit du JSON : ajoutez --json' };
    return { ok: true, value: { command: 'batch', file: batch, ...(limit !== undefined ? { limit } : {}) } };
  }
  if (stdin) return { ok: true, value: { command: 'lookup', input: { from: 'stdin' }, json, ...(limit !== undefined ? { limit } : {}) } };
  if (!text.trim()) return { ok: false, error: 'rien à chercher : donnez un texte, « - », --list ou --batch (voir --help)' };
  return { ok: true, value: { command: 'lookup', input: { from: 'args', text }, json, ...(limit !== undefined ? { limit } : {}) } };
}

/** The queries of a --batch file: a JSON array of strings. */
export function parseBatch(content: string): { ok: true; queries: string[] } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `JSON invalide (${reason})` };
  }
  if (!Array.isArray(data)) return { ok: false, error: 'le fichier doit contenir un tableau JSON de chaînes' };
  const bad = data.findIndex((q) => typeof q !== 'string');
  if (bad >= 0) return { ok: false, error: `l’élément ${bad} n’est pas une chaîne` };
  return { ok: true, queries: data as string[] };
}
