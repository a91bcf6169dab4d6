/**
 * Fails the build (and CI) on any bad entry, before Next starts compiling:
 * one line per problem, naming the file and the field.
 */
import { readEntries } from '../lib/content/loader';
import { ContentError } from '../lib/content/parse';

try {
  const entries = readEntries('fr');
  console.log(`content: ${entries.length} entries valid`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
