/**
 * The words the fixture pages are made of: filler words that no alias of the dataset matches
 * (checked with the shipped matcher, so a "no mention" page really has none), and mention texts
 * that the shipped matcher finds exactly once, spanning exactly the inserted text.
 */
import type { MatchAlias } from '../../src/core/matcher/types.ts';
import { buildMatcher } from '../../src/core/matcher/matcher.ts';
import type { Matcher } from '../../src/core/matcher/matcher.ts';

const WORDS = `
about above account across action activity actual address afternoon again against agency
agreed ahead almost along already also although always among amount analysis annual answer
anyone anything appear approach area argue around arrive article artist assume attack
attention audience available average away background balance basket beautiful because become
before begin behind believe benefit better between beyond billion board body book both break
bring brother budget build building business call camera campaign capital card care career
carry case catch cause center central century certain chair challenge chance change chapter
charge check child choice church citizen claim class clear close coach cold collection college
color comment common community company compare computer concern condition conference consider
contain continue control cost could country couple course court cover create crime cultural
current customer daughter decade decide deep defense degree describe design detail develop
difference difficult dinner direction discover discussion disease doctor door down draw dream
drive during each early east economic edge education effect effort eight either election else
employee energy enjoy enough enter entire environment especially evening event everybody
evidence exactly example executive exist expect experience expert explain factor fail family
father fear feeling field fight figure fill film final finally financial find fine finger
finish fire firm fish five floor fly focus follow food foot force forget form forward four
free friend front full fund future game garden general generation girl give glass goal good
great green ground group grow growth guess hair half hand hang happen happy hard have head
health hear heart heat heavy help here herself high himself history hold home hope hospital
hotel hour house however huge human hundred husband idea identify image imagine impact
important improve include increase indeed indicate industry information inside instead
interest interview into investment issue item itself join just keep kitchen know land language
large last late later laugh lawyer lead learn least leave left legal less letter level light
like likely line list listen little live local long look lose loss love machine magazine main
maintain major manage manager many market material matter maybe measure media medical meeting
member memory mention message method middle might military million mind minute miss model
modern moment money month more morning most mother mouth move movie much music must myself
name narrow nature near nearly necessary need network never news newspaper next nice night
none nothing notice number occur offer office officer often open operation option order other
others outside owner page pain painting paper parent part partner party pass past patient
pattern peace people perform perhaps period person phone physical pick picture piece place plan
plant play player point police policy popular population position positive possible power
practice prepare present pressure pretty prevent price private probably problem process produce
product program project property protect prove provide pull purpose push quality question
quickly quite race radio raise range rate rather reach read ready real reality reason receive
recent record reduce reflect region relate remain remember report represent require research
resource respond rest result return reveal rich right rise risk road rock role room rule safe
same save scene school science score season seat second section security seek seem sell send
senior sense series serious serve service seven several shake share shoot short shoulder show
side sign significant similar simple simply since sing single sister site situation size skill
small smile social society soldier some someone something sometimes song soon sort sound source
south space speak special specific speech spend sport spring staff stage stand standard star
start statement station stay step still stock stop store story strategy street strong student
study stuff style subject success suddenly suffer suggest summer support sure surface system
table take talk task teach teacher team technology television tell tend term test than thank
that their them theory there these thing think third those though thought thousand threat three
through throughout throw thus time today together tonight total tough toward town trade
traditional training travel treat treatment tree trial trip trouble true truth turn type under
understand unit until upon usually value various very victim view visit voice wait walk wall
want watch water weapon wear week weight well west western whatever wheel where whether which
while white whole whose wide wife will wind window wish with within without woman wonder word
work worker world worry would write writer wrong yard yeah year young yourself
`;

const REPORTED_WEAK = { surname: true, metonym: true, demonym: false } as const;

/** What fixture pages are generated from. */
export interface Vocabulary {
  /** Filler words, lower case; none is (part of) a mention on its own, in any case. */
  readonly words: readonly string[];
  /** Texts the matcher finds as exactly one mention in running text. */
  readonly mentions: readonly string[];
  /** English mention texts that also take a possessive ("Aliyev's"). */
  readonly possessive: ReadonlySet<string>;
}

function findsNothing(matcher: Matcher, word: string): boolean {
  const capital = word[0]!.toUpperCase() + word.slice(1);
  return [word, capital, word.toUpperCase()].every((w) => matcher.find(`x ${w} x`).length === 0);
}

function findsExactly(matcher: Matcher, text: string, entity: string, suffix = ''): boolean {
  const before = 'report from the ';
  const found = matcher.find(`${before}${text}${suffix} on monday`);
  return (
    found.length === 1 &&
    found[0]!.entity === entity &&
    found[0]!.start === before.length &&
    found[0]!.end === before.length + text.length
  );
}

/**
 * Picks filler words and mention texts for `aliases` (the dataset's, as given to the matcher).
 * Mentions are strong aliases of entities that are not look-alikes: the kind of name a page
 * about the story contains, highlighted with the default settings by Backstory and found by a
 * plain text search such as mark.js.
 */
export function buildVocabulary(
  aliases: readonly MatchAlias[],
  lookalikes: ReadonlySet<string>,
): Vocabulary {
  const matcher = buildMatcher(aliases, { weak: REPORTED_WEAK });
  const words = [...new Set(WORDS.split(/\s+/).filter(Boolean))].filter((w) =>
    findsNothing(matcher, w),
  );
  const mentions: string[] = [];
  const possessive = new Set<string>();
  for (const alias of aliases) {
    if (alias.block || alias.weak || alias.entity === '' || lookalikes.has(alias.entity)) continue;
    if (mentions.includes(alias.text) || !findsExactly(matcher, alias.text, alias.entity)) continue;
    mentions.push(alias.text);
    if (alias.lang === 'en' && findsExactly(matcher, alias.text, alias.entity, '’s')) {
      possessive.add(alias.text);
    }
  }
  if (words.length < 200 || mentions.length < 20) {
    throw new Error(
      `bench vocabulary: only ${words.length} filler words and ${mentions.length} mention texts survived the matcher check`,
    );
  }
  return { words, mentions, possessive };
}

/** The alias texts of `aliases` that Backstory highlights with default settings (no demonyms). */
export function highlightedAliasTexts(aliases: readonly MatchAlias[]): {
  caseSensitive: string[];
  caseInsensitive: string[];
} {
  const pick = (cs: boolean): string[] => [
    ...new Set(
      aliases
        .filter(
          (a) => !a.block && a.entity !== '' && a.weak !== 'demonym' && a.caseSensitive === cs,
        )
        .map((a) => a.text),
    ),
  ];
  return { caseSensitive: pick(true), caseInsensitive: pick(false) };
}
