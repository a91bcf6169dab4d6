/**
 * What the columns and labels of Event Viewer's exports are called, in
 * English and French Windows (and in PowerShell's Get-WinEvent output), what
 * their level words mean, and how their local dates read. Data, compared on
 * a normal form: lower case, no accents, one kind of apostrophe, one space.
 *
 * Verified: the English CSV header `Level,Date and Time,Source,Event ID,Task
 * Category` (five names; each row has a sixth, unnamed field: the
 * description) and the English "Copy details as text" labels. Assumed from
 * the French interface's vocabulary (not checked against a French export):
 * `Niveau`, `Date et heure`, `Source`, `ID de l’événement`, `Catégorie de la
 * tâche`, and the French block labels `Nom du journal`, `Ordinateur`,
 * `Xml de l’événement`…
 */

export type FieldRole = 'level' | 'time' | 'provider' | 'eventId' | 'task' | 'message' | 'channel' | 'computer' | 'recordId' | 'qualifiers' | 'xml' | 'ignored';

/** Label or column name (normal form) → what it holds. */
const LABELS: Record<string, FieldRole> = {
  // Event Viewer, English
  level: 'level',
  'date and time': 'time',
  date: 'time',
  source: 'provider',
  'event id': 'eventId',
  'task category': 'task',
  description: 'message',
  'log name': 'channel',
  computer: 'computer',
  'event xml': 'xml',
  keywords: 'ignored',
  user: 'ignored',
  opcode: 'ignored',
  // Event Viewer, French (assumed, see above)
  niveau: 'level',
  'date et heure': 'time',
  "id de l'evenement": 'eventId',
  "id d'evenement": 'eventId',
  "categorie de la tache": 'task',
  'categorie de tache': 'task',
  'nom du journal': 'channel',
  ordinateur: 'computer',
  "xml de l'evenement": 'xml',
  "xml d'evenement": 'xml',
  'mots-cles': 'ignored',
  'mots cles': 'ignored',
  utilisateur: 'ignored',
  'code operation': 'ignored',
  "code d'operation": 'ignored',
  // PowerShell (Get-WinEvent | Export-Csv or Format-List): property names, the same in every language
  id: 'eventId',
  eventid: 'eventId',
  providername: 'provider',
  logname: 'channel',
  containerlog: 'channel',
  timecreated: 'time',
  machinename: 'computer',
  recordid: 'recordId',
  message: 'message',
  leveldisplayname: 'level',
  taskdisplayname: 'task',
  qualifiers: 'qualifiers',
};

export function normalLabel(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/^\ufeff/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function roleOf(label: string): FieldRole | undefined {
  const key = normalLabel(label);
  return Object.hasOwn(LABELS, key) ? LABELS[key] : undefined;
}

/** Column roles of a header row, or undefined when it is not an event export's header. */
export function headerRoles(cells: readonly string[]): (FieldRole | undefined)[] | undefined {
  const roles = cells.map(roleOf);
  // PowerShell's Level column is a number; LevelDisplayName the word. Either reads.
  if (!roles.includes('eventId')) return undefined;
  if (!roles.includes('provider') && !roles.includes('channel')) return undefined;
  return roles;
}

/** Level words of Event Viewer, English and French, and the numbers themselves. */
const LEVELS: Record<string, number> = {
  critical: 1,
  critique: 1,
  error: 2,
  erreur: 2,
  warning: 3,
  avertissement: 3,
  information: 4,
  informations: 4,
  verbose: 5,
  commentaires: 5,
  detail: 5,
  'log always': 0,
};

export function levelOf(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const t = normalLabel(s);
  if (/^[0-9]$/.test(t)) return Number(t);
  return Object.hasOwn(LEVELS, t) ? LEVELS[t] : undefined;
}

export function eventIdOf(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  if (!/^[0-9]{1,10}$/.test(t)) return undefined;
  const n = Number(t);
  // Get-EventLog's InstanceId is the full 32-bit code: its low 16 bits are the event ID.
  return n > 0xffff ? n & 0xffff : n;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A date as an export prints it, as ISO 8601 local time (no `Z`: Event
 * Viewer prints the viewer's local time): ISO itself, `5/6/2024 7:08:09 AM`
 * (month first when there is AM/PM, as en-US prints), `06/05/2024 07:08:09`
 * (day first, as fr-FR and en-GB print), `06.05.2024 07:08:09`. A first
 * number above 12 is a day whatever the order; undefined when unreadable.
 */
export function parseLocalDate(s: string): string | undefined {
  const t = s.trim();
  const iso = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?\s*(Z)?$/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6]}${iso[7] ? `.${iso[7].slice(0, 7)}` : ''}${iso[8] ?? ''}`;
  const m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})[ T,]+(\d{1,2})[:h.](\d\d)(?:[:.](\d\d))?(?:[.,](\d+))?\s*([AaPp]\.?\s?[Mm]\.?)?$/.exec(t);
  if (!m) return undefined;
  let [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let year: number;
  let month: number;
  let day: number;
  if (a > 31) {
    [year, month, day] = [a, b, c];
  } else {
    year = c < 100 ? 2000 + c : c;
    const monthFirst = m[8] !== undefined ? a <= 12 : a <= 12 && b > 12;
    if (monthFirst) [month, day] = [a, b];
    else [day, month] = [a, b];
  }
  let hour = Number(m[4]);
  const ampm = m[8]?.toLowerCase().charAt(0);
  if (ampm === 'p' && hour < 12) hour += 12;
  if (ampm === 'a' && hour === 12) hour = 0;
  const minute = Number(m[5]);
  const second = Number(m[6] ?? '0');
  [a, b, c] = [month, day, hour];
  if (a < 1 || a > 12 || b < 1 || b > 31 || c > 23 || minute > 59 || second > 59) return undefined;
  const frac = m[7] ? `.${m[7].slice(0, 7)}` : '';
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${frac}`;
}
