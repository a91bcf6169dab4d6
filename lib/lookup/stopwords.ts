/**
 * Words that say nothing about which entry is meant, in the normal form
 * (lower case, no accents). French and English function words, the filler of
 * a help request ("j'ai", "please", "comment"), and a few words every entry
 * carries ("microsoft", "defender") whose matches would only add noise.
 */
const FRENCH = `a au aux avec ce ces cet cette ceci cela ca chez comme comment dans de des du elle elles en entre et est etre
eu il ils je j jai j'ai la le les leur leurs lui ma mais me meme mes moi mon ne ni nos notre nous on ou par pas pour
qu que quel quelle quels quelles qui sa sans se ses si son sont sur ta te tes toi ton tu un une vos votre vous y
ai as avons avez ont suis es sommes etes etait etaient sera serait fait faire peut peux pouvez doit dois
ici la-bas alors apres avant aussi encore deja toujours jamais tres trop plus moins bien mal tout tous toute toutes
rien quoi dont ou donc car quand puis cela celui celle ceux celles voici voila
apres avant pendant depuis lors quand jusqu chaque autre autres fois
aide aidez merci svp stp bonjour salut probleme problemes souci soucis help besoin veux voudrais`;

const ENGLISH = `a an the and or but if of to in on at by for from with without into onto about as is are was were be been
being am do does did doing have has had having i me my we our you your he she it its they them their this that these
those there here what which who whom whose when where why how not no nor so than too very can could should would will
shall may might must just also only again still already ever never any some all each every both either neither
please thanks thank hello hi issue issues problem problems trouble help need want getting get got im i'm ive i've
dont don't doesnt doesn't isnt isn't cant can't wont won't
after before while during then once since until other another anymore keeps keep`;

const DOMAIN = `microsoft defender`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${FRENCH} ${ENGLISH} ${DOMAIN}`.split(/\s+/).filter(Boolean));

/** French elisions glued to the next word: "l'appareil" is "appareil". */
const ELISION = /^(?:l|d|n|s|j|c|m|t|qu|jusqu|lorsqu|puisqu)'/;

/** The words of a query worth searching for, in order, without duplicates. */
export function significantWords(normalized: string, max: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of normalized.matchAll(/[a-z0-9][a-z0-9_'.\-]*/g)) {
    let w = m[0].replace(ELISION, '').replace(/['.\-]+$/, '');
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.length < 3 || STOP_WORDS.has(w) || seen.has(w)) continue;
    // Bare short numbers (dates, counts) say nothing; long ones (1607, 577) are kept as keywords.
    if (/^[0-9]{1,2}$/.test(w)) continue;
    seen.add(w);
    out.push(w);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * A light suffix strip for query words (never for indexed text). Fuse matches
 * a pattern anywhere in a field, so a shorter stem finds every inflection:
 * "remontent" as "remont" finds "remonte", "integration" as "integr" finds
 * "integre" and "integrer". Stems keep at least five letters so short words
 * ("sense", "proxy") are left alone.
 */
const SUFFIXES = ['ent', 'ees', 'es', 'ez', 'ee', 's'];
const MIN_STEM = 5;

export function stem(word: string): string {
  if (/[0-9_]/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}
