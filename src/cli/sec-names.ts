import { isOrdinaryWord, isOrdinaryWordOrName } from '../build/ordinary-words';

/**
 * SEC conformed names ("COSTCO WHOLESALE CORP /NEW", "ELI LILLY & Co",
 * "Palantir Technologies Inc.") turned into the names news writes. A
 * deterministic normaliser (`secNames`) and, for the names it gets wrong, a
 * hand-checked table by ticker (`NAME_OVERRIDES` in ./sec-overrides.ts).
 */

/** Legal forms at the end of a conformed name, dropped from the news name (kept in the legal-ish alias). */
const LEGAL_SUFFIX = /(?:[,\s]+(?:&\s*co|inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.?l\.?c|l\.?p|plc|p\.?l\.?c|n\.?v|s\.?a|s\.?e|ag|se|sa)\.?)+$/i;

/** Words kept even at the end, but dropped for the news name when what is left is still a name: "Carlyle Group" → "Carlyle". */
const GROUP_SUFFIX = /[,\s]+(?:group|holdings?|holding co|hldgs|companies)\.?$/i;

/** State and "new" markers the SEC appends: "/DE/", "/NEW", "\MD\", "/NV". */
const SEC_MARKER = /\s*(?:[/\\]\s*[A-Z]{2,4}\s*[/\\]?|\((?:DE|NV|MD|NEW)\)|\/|,\s*National Association)\s*$/i;

/** Lower-case joining words inside a title-cased name. */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'by', 'to', 'de', 'a']);

/** Upper-case words that are initials, though long enough or vowelled enough to look like words. */
const ACRONYMS = new Set([
  'AGCO',
  'EOG',
  'NOV',
  'AMC',
  'CSX',
  'RTX',
  'AES',
  'CVS',
  'IBM',
  'UGI',
  'ONEOK',
  'NVR',
  'EPAM',
  'ICU',
  'ITT',
  'CACI',
  'AAON',
  'SEI',
  'UFP',
  'MSA',
  'MDU',
  'PPG',
  'PNC',
  'KLA',
  'NCR',
  'TTM',
  'WEX',
  'IDEX',
  'AECOM',
  'CBIZ',
  'FTAI',
  'ESAB',
  'OGE',
  'TEGNA',
  'ADT',
  'SLM',
  'BJS',
  'EMCOR',
  'AMETEK',
  'MKS',
  'IPG',
  'CF',
  'CMS',
  'DTE',
  'NRG',
  'PPL',
  'WEC',
  'AT&T',
  'USA',
  'US',
  'II',
  'III',
  'IV',
  'REIT',
  'LLC',
  'HP',
  'TE',
  'HF',
  'JB',
  'AG',
  'UMB',
  'BOK',
  'WSFS',
  'CNO',
  'CNX',
  'KBR',
  'MSC',
  'HNI',
  'APi',
  'SM',
  'EQT',
  'AMN',
  'RLI',
  'CVR',
  'NMI',
  'PJT',
  'SPX',
  'TPG',
  'WD',
  'EZCORP',
  'ACM',
  'OFG',
  'FNB',
  'CTS',
  'EVERTEC',
  'ASGN',
  'KB',
  'NETSTREIT',
  'TFS',
  'BRT',
  'TRI',
  'DXC',
  'QVC',
  'MGIC',
  'SLR',
  'UWM',
  'IES',
  'ICF',
  'LCI',
  'MRC',
  'MYR',
  'NBT',
  'NMIH',
  'PGT',
  'RBC',
  'SJW',
  'STAAR',
  'TTEC',
  'UFPI',
  'VSE',
  'WNS',
  'XPEL',
  'ZIM',
  'FMC',
  'BGC',
  'BRP',
  'DT',
  'CRH',
  'AXT',
  'ACV',
  'GMS',
  'LKQ',
  'JBT',
  'CSW',
  'ATN',
  'CRA',
  'NL',
  'AZZ',
  'OSI',
  'ODP',
  'AMERCO',
  'GATX',
  'SPS',
  'AMREP',
  'CPI',
  'ESCO',
  'CEVA',
  'EHTH',
  'DMC',
  'GEO',
  'CIRCOR',
  'HEICO',
  'TPI',
  'IDT',
  'VSE',
  'EPR',
  'CBL',
  'PBF',
  'RPM',
  'NI',
  'MP',
  'TKO',
  'WK',
  'GE',
  'GM',
  'GXO',
  'RXO',
  'XPO',
  'FTI',
  'EMX',
  'CDW',
  'PTC',
  'MSCI',
  'ANSYS',
  'TKO',
  'LPL',
  'BWX',
  'MKS',
  'ATI',
  'CCC',
  'JFROG',
  'EXL',
  'WW',
  'BXP',
  'QXO',
  'RH',
  'SS&C',
  'AMKOR',
  'EPAM',
]);

/** The tail of a name, after the SEC's markers and legal forms: "COSTCO WHOLESALE CORP /NEW" → "COSTCO WHOLESALE". */
export function stripLegalForm(conformed: string): string {
  let name = conformed.trim();
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name
      .replace(SEC_MARKER, '')
      .replace(LEGAL_SUFFIX, '')
      .replace(/[\s,.]+$/, '')
      .trim();
  }
  return name;
}

const hasVowel = (word: string) => /[AEIOUY]/i.test(word);

/** Legal words as they are written in mixed case. */
const LEGAL_CASE: Record<string, string> = { INC: 'Inc', CORP: 'Corp', CO: 'Co', LTD: 'Ltd', LLC: 'LLC', LP: 'LP', PLC: 'plc', 'L.P': 'L.P', REIT: 'REIT' };

/** One upper-case word, in the case news prints it: "WHOLESALE" → "Wholesale", "CSX" → "CSX", "MCKESSON" → "McKesson", "O'REILLY" → "O'Reilly", "DILLARD'S" → "Dillard's". */
function caseWord(word: string, first: boolean): string {
  if (!/[A-Z]/.test(word) || /[a-z]/.test(word)) return word;
  // Punctuation around the word stays as it is: "CBIZ," "(DE)".
  const [, before, core, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
  if (!core) return word;
  if (before || after) return before + caseWord(core, first) + after;
  if (ACRONYMS.has(word)) return word;
  if (LEGAL_CASE[word]) return LEGAL_CASE[word];
  if (/[-/]/.test(word))
    return word
      .split(/([-/])/)
      .map((part, index) => (part === '-' || part === '/' ? part : ACRONYMS.has(part) || !hasVowel(part) ? part : titleWord(part, first && index === 0)))
      .join('');
  if (word.includes('&')) return word; // "AT&T", "S&P", "H&R"
  if (/\d/.test(word)) return word; // "3M", "B2GOLD" (an override names it)
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  // Initials: no vowel ("CSX", "NRG"), dotted ("U.S."), or short and not a word ("EOG", "AAR").
  if (!hasVowel(lower) || /^([A-Z]\.)+[A-Z]?\.?$/.test(word) || (lower.length <= 3 && !isOrdinaryWordOrName(lower) && !['bio', 'gas', 'oil'].includes(lower))) return word;
  return titleWord(word, first);
}

function titleWord(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  // A capital after an apostrophe only in names like O'Reilly, not in a possessive "'s".
  let cased = lower.replace(/(^|['’](?=\p{L}{2}))(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  // "Mc" names: McKesson, McCormick.
  cased = cased.replace(/^Mc(\p{L})/u, (_, letter: string) => `Mc${letter.toUpperCase()}`);
  return cased;
}

/** A conformed name in the case news prints it, word by word; names with lower-case letters keep theirs ("iRobot Corp", "Palantir Technologies Inc."). */
export function caseName(name: string): string {
  if (/[a-z]/.test(name.replace(/\b(?:Inc|Corp|Co|Ltd|Company|Corporation|Incorporated|Holdings|Group|Trust|Bancorp|Bancshares|Financial|Industries|Technologies)\b\.?/g, ''))) return name;
  return name
    .split(/(\s+)/)
    .map((word, index) => (/\s/.test(word) ? word : caseWord(word, index === 0)))
    .join('');
}

/** "GAP INC, THE" / "Hartford (The)": the article moves to the front. */
function leadingThe(name: string): string {
  const the = /^(.*?)[,\s]+\(?the\)?\.?$/i.exec(name);
  return the ? `The ${the[1]}` : name;
}

export interface SecNames {
  /** What news writes: "Costco Wholesale", "Eli Lilly", "Carlyle". */
  name: string;
  /** The longer form news also writes, when the name dropped a "Group", "Holdings" or "Companies": "Carlyle Group". */
  longer?: string;
}

/**
 * The deterministic part: the SEC's markers ("/DE/", "/NEW") and legal forms
 * (Inc., Corp, Co, Ltd, LP, plc) dropped, an all-capitals name title-cased
 * with initials kept ("CSX", "EOG", "AGCO"), "Mc" names and possessives
 * cased ("McKesson", "Dillard's"), a trailing ", The" moved to the front,
 * and a trailing "Group", "Holdings" or "Companies" dropped when what is
 * left is not an ordinary word, a surname, a place or a word under five
 * letters ("Carlyle Group" → "Carlyle", but "Match Group" and "Hub Group" stay).
 */
export function secNames(conformed: string): SecNames {
  const cleaned = conformed.replace(SEC_MARKER, '').replace(/\s+/g, ' ').trim();
  const full = stripLegalForm(leadingThe(caseName(cleaned)));
  let name = full;
  const shorter = stripLegalForm(full.replace(GROUP_SUFFIX, '').trim());
  // Not when what is left is an ordinary word, a surname or a place, or a short word ("Hub Group", "Alamo Group", "REV Group").
  const oneWord = !/\s/.test(shorter);
  if (shorter !== full && !isOrdinaryWord(shorter) && !(oneWord && (shorter.length < 5 || isOrdinaryWordOrName(shorter))) && !/\s(?:&|and|of)$/i.test(shorter)) name = shorter;
  return { name, ...(name !== full ? { longer: full } : {}) };
}
