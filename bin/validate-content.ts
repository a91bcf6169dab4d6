/**
 * Fails the build (and CI) on any bad entry, before Next starts compiling:
 * one line per problem, naming the file and the field. Every language edition
 * and their parity are checked together.
 */
import { readAllEntries, readVocabulary } from '../lib/content/loader';
import { ContentError } from '../lib/content/parse';
import { LANGS } from '../lib/content/schema';

try {
  const all = readAllEntries();
  const vocabulary = readVocabulary();
  console.log(`vocabulary: ${vocabulary.synonyms.length} synonym groups valid`);
  console.log(`content: ${LANGS.map((lang) => `${all[lang].length} ${lang}`).join(', ')} entries valid, editions in parity`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
