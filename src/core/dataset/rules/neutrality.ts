/**
 * A guard for the dataset's promise of neutrality: words that carry one side's framing
 * ("occupied", "liberated", "anti-terror", "regime", "aggression", "ethnic cleansing") may
 * appear in our own prose only when the same sentence attributes them ("what Azerbaijan calls
 * …", "Armenia described … as …") or puts them in quotation marks.
 */
import { splitSentences } from '../sentences.ts';

const loadedTerms =
  /\b(?:occupied|occupation|occupying|occupiers?|liberated|liberation|liberating|regime|(?:anti-|counter-)?terror(?:ist|ism)?|aggression|aggressor|aggressive|ethnic cleansing)\b/gi;

const attribution =
  /\b(?:calls?|called|terms?|termed|describ\w*|says?|said|according|accus\w*|refers?|referred|views?|viewed|regards?|regarded|consider\w*|names?|named|label\w*|characteri[sz]\w*|usage|fram\w*|officially|wording|words?|claim\w*|insists?|denies|denied|rejects?|rejected|charges?|argu\w*|spoke|speaks|warn\w*|condemn\w*|allege\w*)\b/i;

// Straight and right single quotes double as apostrophes, so only these count as quoting.
const quoted = /“[^”]*”|"[^"]*"|‘[^’]*’/g;

/** The first loaded term in `text` used without attribution, or undefined. */
export function unattributedLoadedTerm(text: string): string | undefined {
  for (const sentence of splitSentences(text)) {
    if (attribution.test(sentence)) continue;
    const unquoted = sentence.replace(quoted, '');
    const term = unquoted.match(loadedTerms)?.[0];
    if (term !== undefined) return term;
  }
  return undefined;
}
