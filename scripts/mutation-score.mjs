#!/usr/bin/env node
// Mutation score per area (issue 12): reads StrykerJS's JSON report (the mutation-testing-report
// schema, reports/mutation/mutation.json) and checks it against the thresholds below, one row per
// area of src/. docs/quality.md explains the figures.
//
//   node scripts/mutation-score.mjs                  check reports/mutation/mutation.json
//   node scripts/mutation-score.mjs --report <path>  check another report
//   node scripts/mutation-score.mjs --json           the figures as JSON
//   node scripts/mutation-score.mjs --markdown       the tables of docs/quality.md
//   node scripts/mutation-score.mjs --write <file>   those tables into <file>, between the
//                                                    mutation-score:begin/end comments
//   node scripts/mutation-score.mjs --survivors      undetected mutants not listed as equivalent
//
// Exits 1 when the overall score or an area with a threshold is under it (or has no results),
// 2 on a bad argument or a missing report. CI runs `npm run mutation && npm run mutation:check`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Minimum scores, in percent: the whole of src/ and the three capabilities of the core. */
const OVERALL = 85;
const AREAS = { 'src/chain': 90, 'src/aggregate': 90, 'src/weapons': 90 };

/** Why a listed mutant is equivalent, by kind. */
const WHY = {
  cache:
    'a cache or a memo: without it, or with it always rebuilt, the same answer is computed again',
  memo: 'only stops the last-query memo of reportingChain from being reused: the view is resolved again',
  namedFirst:
    'the name only labels an error about the options, which were checked under the same name a ' +
    'few lines before: a bad option has already thrown',
  bound: 'the bound on how many resolved views a dataset keeps: memory, not answers',
  pastEnd: 'one more turn reads and writes past the end of a typed array, which does nothing',
  sized: 'a pre-sized array and an empty one filled by index hold the same items',
  unread:
    'a value nothing reads: the tie, depth or top kept for an unresolved node, the date span of ' +
    'a timeless query, or slots past the last tie',
  marker: 'a marker only ever compared with itself and with -1',
  climbEnd:
    'the climb that looks for a cycle ends at the top (-1) or after as many steps as there are ' +
    'organisations, and -1 is never the start: a longer climb gives the same verdict',
  sameId:
    'two ties with one id are one record twice, which loadDataset refuses (DUPLICATE_ID); for ' +
    'distinct ids < and <= agree',
  selfTie: 'a tie from an organisation to itself: loadDataset refuses it (CYCLE), so it never runs',
  unknownRef:
    'a tie or an assignment naming an unknown record: loadDataset refuses it, so it never runs',
  key: 'a cache key: any separator, or none, still gives one key per date and set of lines',
  sameText: 'String() shows a symbol and null as the branch it skips does',
  joined:
    'the separator of a spec signature: without it, two specs collide only if a field name spells ' +
    'out the other spec, which no test writes (not strictly equivalent)',
  sortUndefined:
    'Array.prototype.sort puts undefined last itself and never compares it, and group keys are ' +
    'distinct, so the comparator never sees undefined or two equal keys',
  fastPath:
    'a fast path: the general path (a key read through its function, a row array fed in batches, ' +
    'currencies renumbered) gives the same groups',
  batch: 'when to flush the batch of rows read from an iterable: memory, not answers',
  compensation:
    'when |s| = |x| both branches give the same rounding error of s + x, so either can be taken',
  shape: 'a sum that starts at -0 (for V8 to give the object its final shape) adds up as one at +0',
  tie: 'an extreme replaced by an equal value is unchanged (-0 is kept as 0 either way)',
  sign: 'the sign is 1 or -1: multiplying and dividing by it are the same',
  noBest: 'merging a group with no extreme compares with undefined, which changes nothing',
  digit: 'a character below "0" gives a negative number instead of -1: callers only test < 0',
  redundant: 'a non-digit first digit makes the month or day negative, which < 1 refuses anyway',
  yearZero: 'a period code of 0 is year 0, which the date check refuses before',
  phantom: 'an extra currency slot that never gets a total is skipped when totals are read',
  sameLookup:
    'looking up undefined (a system id, an id in an id lookup, an index in a table) finds nothing, ' +
    'as the skipped branch gives',
  sameOption: 'rates: undefined reads as no rates',
  regexRun: 'removing combining marks one at a time or by runs removes the same marks',
  wordToken: 'a word always holds a token, so the fallback is never used',
  undefinedText:
    'the regular expression then tests the text "undefined", which matches no more than before',
  firstGap: 'only the first word has an empty gap before it, and nothing precedes it to glue to',
  digitsKey:
    'the catalogue keys and the query get the same placeholder, so the buckets are the same',
  swapLength: 'strings of different lengths never pass the comparison of their tails',
  distinct: 'called only for two different strings, whose first difference stops the loop',
  lastChar: 'at the last character b[i + 1] is undefined, so the next comparison fails anyway',
  allCalibre: 'a name of calibres only ends the loop on undefined, which is no plural either',
  joinedKey:
    'a key without its spaces is never in the catalogue (one-word keys are unchanged), and the ' +
    'check without calibre that follows gives the same answer; only a catalogue name with a ' +
    'plural-looking number and a calibre could tell (not strictly equivalent)',
  indexOrder:
    'system-level names are indexed before variant names, so the first entry of a key is the ' +
    'system-level one whenever levels differ',
  emptyKey:
    'an empty key is never looked up: an empty name is answered before any lookup, and a fuzzy ' +
    'query has at least five characters',
  looseDup: 'also files a name without calibre under the key the exact index already answers',
  strykerName: 'only a name within two edits of "Stryker was here" could tell',
  zeroLimit: 'with no typo allowed nothing but the exact key, already missed, could match',
  pruning: 'a pruning before the distance is computed: the capped distance gives the same verdict',
  swapOnlyTwo: 'a swap of neighbours is two Levenshtein edits: no other distance passes the test',
  repeatLookup: 'looks up again a key the exact index has just missed (or the empty key)',
  memoBound: 'the bound on the memo of raw names: memory, not answers',
  v8sort:
    'names and ids are distinct, and V8 sorts by whether the comparator is below 0: 0 and 1 give ' +
    'the same order',
  nonString: 'the resolver itself answers undefined for a value that is not a string',
  sameString: 'String() of a string is the string',
  undefinedId:
    'adds undefined to a set of ids (superseded ones, coalitions), which no record id equals',
  noSystem: 'a record without a system finds no catalogue entry and is skipped a few lines on',
  // src/export, src/model
  alwaysThere: 'an optional chain or a fallback on a value that always exists there',
  nanMonth: 'a year-only date compares NaN months, and every such comparison is false, as before',
  sameOutput: 'the other branch writes the same text or value',
  protoKey: 'no number or boolean is a key of Object.prototype',
  noSurrogate: 'text made from a number, a boolean or a bigint never holds a lone surrogate',
  finiteNumber: 'Number.isFinite is true only for numbers',
  undefinedFalse: 'undefined < 0 and isPartialDate(undefined) are both false',
  lengthGuard:
    'the anchored pattern refuses a string longer than 10 anyway; the length check spares scanning it',
  runtime: 'only without Intl.supportedValuesOf, which every supported Node (20 and later) has',
  noEntity:
    'indexOf(undefined) is -1 and ENTITY_CODES[-1] is undefined, so the fallback gives the 0 of the ' +
    'skipped branch',
  immerDefault: "immer's own default is autoFreeze: true; the option only states it",
  sharedGraph:
    'killed by the first use of the list in a test file (the unit tests); mutation runs share ' +
    'one module graph (isolate: false), where another file built it first (not equivalent: an ' +
    'artefact of the shared graph)',
  // src/import
  mandatoryGroup: 'every capture group of the pattern is mandatory: the defaults never apply',
  sameCall: 'dateOf(y, m, undefined) is dateOf(y, m)',
  shortRow: 'a row shorter than the header is refused first, and a missing cell reads as "" anyway',
  knownField: 'the columns option accepts only field names, so columns["undefined"] is never set',
  noNegZero: 'toPrecision never writes a sign for zero, so -0 never arises',
  insideBranch: 'this runs only when the row is not as wide as the header: < and <= agree there',
  blankDonor:
    'a blank donor gives the key "", which no lookup holds, and MISSING_VALUE is reported next',
  errorFirst: 'a bad value has already recorded an error, so no record is built either way',
  emptyPieces: 'empty pieces between separators are skipped',
  schemaFirst:
    'the option schema (or Number.isFinite) refuses a non-string or non-number before, with the ' +
    'same message',
  prefilter: 'a quick includes() before the match: no match reads as 0 line breaks anyway',
  pastEndByte: 'the byte past the end is undefined, neither CR nor LF',
  binarySearch:
    'a binary search started past the end reads undefined and converges to the same line',
  blankLines: 'blank records are dropped by the blank-row check anyway',
  csvErrors: 'with these options csv-parse raises no parse error but CSV_QUOTE_NOT_CLOSED',
  clamp: 'the clamp matters only past the last byte, and an unclosed quote always starts before it',
  // src/dataset
  indexText:
    'a number in a JSON path is an array index, which JSON.stringify writes as String does',
  nanText: 'NaN then falls through to String(NaN), also "NaN"',
  hole: 'a missing table salvaged with a stray entry: a string has no id, and holes are skipped',
  undefinedKnownId: 'an undefined id among the known ones reads as undefined either way',
  handOver:
    'what validation resolved is handed to the chain index, which resolves it itself when ' +
    'absent: speed, not answers',
  stable: 'Array.prototype.sort is stable: the tie-break by the order found repeats it',
  refreeze:
    'walks again into objects already frozen (a shared subtree): slower, and the same frozen tree',
  objectsOnly:
    'only objects reach the check: the root, a record or dataset this library built, and values ' +
    'pushed only when they are objects',
  forIn: 'for-in over an array visits its indexes, so the same elements are pushed as by for-of',
  filteredTwice:
    'a value that is not an object is then pushed, and skipped when it is popped by the check ' +
    'that opens the loop',
  compiled:
    'z.compile only makes parsing faster: the compiled and the plain schema give the same data ' +
    'and issues',
  rescan:
    'the search reads rows it has already read, or one past the end (undefined), in another ' +
    'order: ids are unique in a table, so it finds the same record (a draft holding one id twice ' +
    'is refused when the edit is validated)',
  sameContainer:
    'two issue paths that agree up to a position name keys of one container there, an array ' +
    '(numbers) or an object (strings), so a number is never compared with a string',
  preCheck:
    'a linear pre-check that skips the exact cycle search when the graph has none: without it the ' +
    'search runs and finds none',
  // src/dataset/integrity.ts
  pastEndRow: 'one more turn past the last row reads no row and no known id, which is skipped',
  knownIds:
    'parseDataset passes the known ids of every table whenever a row may be missing, and a ' +
    "present row's own id is read first",
  noBounds:
    'a record without explicit bounds gets no lifetime only to save an object: one from the ' +
    'start, ongoing or ended on an unknown date, is never exceeded',
  equalEnd:
    'which of two spans reaching equally far is kept as the one to beat: either is a correct ' +
    '"other" to name, and the same spans are flagged',
  extraTies:
    'ties outside a loop added to its search: they are on no cycle and start no earlier cycle, ' +
    'so a loop is found at the same moment (which of several loops is named may differ)',
  undefinedIndex:
    'an unknown id has no index, and the lifetime read at index undefined is undefined',
  oneLine: 'every holder span gets the same line label: any label groups them alike',
  unreadSlot: 'the superior of a tie left out is never read: only ties with a subordinate are',
  prefilterTies:
    'a count that spares the sweep for subordinates with one tie on a chain line: without it ' +
    'the sweep runs for them too and finds nothing',
  // src/internal
  strayEntry:
    'a list that starts with a stray entry: it is read as a node without edges, or never read, ' +
    'and changes no answer',
  pastEndNode: 'one more turn past the last node or edge reads undefined, which is skipped',
  revisit: 'starting again from a node already visited finds nothing new: its part is done',
  // src/edit
  noLeaf:
    'same() only answers "different" for more pairs of equal objects: compare then walks into ' +
    'them and finds no leaf that differs (metadata values are strings)',
  schemaArrays:
    'an array of the schema holds objects only or none, never null or a mix, and diff validates ' +
    'a dataset it did not make: the elements this handles never reach the comparison',
  positional:
    'elements with no id, party or date (pledges) are paired by position either way: their ' +
    'index, or one shared label numbered in order',
  relabel:
    'element keys are only compared with each other: another one-to-one labelling (another ' +
    'suffix, placeholder or count) pairs the same elements',
  recordRoot: 'compare starts at a record, an object, so an array is never at the root path',
  noEntry:
    'a stray key in the order list has no entry: turned() answers undefined for it and no event is made',
  implied:
    'implied by the rest of the condition: a missing version has no key, so the key check fails ' +
    'or the keys differ and `moved` is already true',
  noField:
    'an added change has no before field and a removed one no after field: reading it gives the ' +
    'undefined the branch sets',
  lastBreak: 'the break of the last case of a switch: falling off its end does the same',
  sameLength:
    'a length (of a table, a chunk or a copy) set to the one it has: nothing is cut, and immer ' +
    'records no change for a value written over itself',
  protoLength:
    "Array.prototype has a length of its own, so `'length' in Array.prototype` answers true as " +
    'the skipped branch does',
  trapBoolean: "a proxy trap's result is coerced to a boolean: undefined is false",
  emptyTarget:
    "the traps never read the proxy's target, and Array.isArray and the prototype are the same " +
    "for any array: only Node's util.inspect, which prints a proxy's target without its traps, " +
    'would show the stray entry (not strictly equivalent)',
  stringSet:
    'a Set of strings (table names, keys) answers false for a symbol or any other non-string, as ' +
    'the check it skips does',
  junkIndex:
    "immer's table- and chunk-level patches are then filed as assigned at NaN (or a string), " +
    'which no record index equals; path[1] is a number whenever path[2] is',
  wholeRecord:
    'below the common length immer reports a record assigned whole as a replace whose value is ' +
    'the record itself, so filed with the in-place patches it comes out as the same replace; and ' +
    'immer writes no in-place patches under a record it reports assigned, so the assigned set ' +
    'never overrides any',
  emptyChunkTurn:
    'one more turn, for the chunk that starts at the common length, has no index below that ' +
    'length to compare',
  sameChunk:
    'skips a chunk immer left as it was: every record in it is the same object on both sides, so ' +
    'the per-record check skips them too',
  oneKey: 'every caller names one required key, so the separator never shows',
  confirmed:
    'the check on the draft reads no row (undefined) at an undefined or past-the-end index, and ' +
    'fails as the skipped check does',
  cancelledLast:
    "'cancelled' has the highest ORDER, so no other stage is ahead of a cancelled record: the " +
    'comparison refuses it anyway',
  sameNumber: 'Number() of a number is the number',
  partyIds:
    'a party id is three capitals (a nation) or a lowercase kebab-case id, so a pattern anchored ' +
    'at one end only matches the same ids',
  keptSkip:
    'a record already kept is skipped here or by the walk through supersedes, which stops at a ' +
    'kept record at once',
  namedActive:
    'named is read only for organisations not in force, so adding ids in force, or undefined ' +
    '(which no id equals), keeps the same organisations',
  frozenChunks:
    'chunks are internal and read only by immer, which drafts an unfrozen chunk as it does a ' +
    'frozen one (and freezes it when it finalizes): speed, not answers',
  noChangedChunk:
    'last keeps its first value only when no chunk changed, i.e. the table was cut at a chunk ' +
    'boundary: the lengths then differ and the tail is 0 without reading it',
  grownFilled:
    'the copy grown to the new length first has holes only at rows the changed chunks then write',
  allChunks:
    'copying every chunk, not only the changed ones, writes the same rows again and only widens ' +
    'the hint (start 0, no tail)',
  wideHint:
    'a change hint only lets the scan for changed rows skip a head or a tail known to be ' +
    'unchanged (a tail only when the lengths agree): a shorter skip, none, or one from before ' +
    'row 0 (where undefined equals undefined) scans equal rows to the same change',
  sameChunks:
    'flatten of unchanged chunks finds no difference and returns undefined, as the skipped call gives',
  noChange:
    'immer returns the base itself only when nothing changed: settle then finds no changed table ' +
    'and no patch, and the same unchanged result is returned',
  fullParse:
    'the full parse then runs after every edit and gives the verdict the incremental check only ' +
    'anticipates: speed, not answers',
  exactCheck:
    'editIsValid says no only to a result the full parse refuses too (its group checks run ' +
    'integrity itself on the tables involved), so the throw is reached either way; no test, ' +
    'property or example, finds a valid edit it refuses (argued, not strictly proven)',
  sliceAll: 'at the limit, slice(0) copies the same entries',
  scanOrSet:
    'below or above the threshold, the middle is searched pairwise or through a set of the same ' +
    'records: the same membership',
  emptyChange:
    'an unchanged table gets a change with nothing added or removed, and its lookups read the ' +
    'same array: the same answers, only slower',
  lostCheck:
    'a lookup then finds a record the edit removed, but an id removed (and not added back) from a ' +
    'table anything refers to sends editIsValid to the full integrity check, which has the last ' +
    'word, and no rule looks up the ids of the other tables',
  scanOrMap:
    "when a large table's id lookup stops scanning and builds its map, or whether it ever does: " +
    'a scan and the map both find the first record with the id',
  deltaCap:
    "the cap on a derived lookup's delta only chooses between deriving and building the lookup " +
    'afresh: both give the same positions (memory and speed, not answers)',
  undefinedKey:
    'an entry under the id undefined, which nothing asks for: every lookup is of a string id',
  rightIndex:
    'the derived lookup also records the record just after the change, at the index where it is ' +
    'in both tables',
  recheck:
    'editIsValid checks more (more records, or the full integrity check) or says no sooner: valid ' +
    'records pass again, and a no only hands the edit to parseDataset, whose verdict is final ' +
    '(same answers, slower)',
  emptyGuard:
    'skips a pass over an empty set: the pass finds nothing in it (and checkIntegrity of empty ' +
    'tables reports nothing)',
  openBound:
    'an open start reads as -Infinity and an open end as Infinity, so the comparison the guard ' +
    'skips gives the same verdict',
  strykerList:
    'a string in place of a missing list has no sources, ammunition or id: every rule asked of it ' +
    'passes, and it matches no variant, as the empty list gives',
  strictShape:
    'an ammunition family (a strict schema) has no ammunition or variants, so the weapon-system ' +
    'rules it falls through to ask only what cites() asks',
  countDown:
    'ended is only compared with 0: counting down from 0 reaches 0 no more than counting up',
};

/**
 * Surviving mutants judged equivalent: no input through the public API can tell them from the
 * original. The score leaves them out, as the textbook mutation score does; Stryker's own score,
 * which cannot know them, is shown beside it.
 *
 * Each entry is `[file, mutator, code, replacement, why, context?, nth?]` and matches the mutants of
 * `file` by `mutator` whose mutated code, whitespace collapsed, is `code` and whose replacement is
 * `replacement` (`…` alone is any text; at one end, a prefix or a suffix); `context`, when given,
 * is the whole first line of the mutated code, trimmed, and `nth` which occurrence of `code` on
 * that line is meant. Line numbers move with every edit, the
 * code does not. An entry that matches no mutant, or one that a test kills, is reported, so that
 * the list stays true.
 */
const EQUIVALENT = [
  // src/chain
  ['src/chain/graph.ts', 'ConditionalExpression', 'cached', 'false', 'cache'],
  ['src/chain/explain.ts', 'ConditionalExpression', '!s', 'true', 'cache'],
  ['src/chain/explain.ts', 'ConditionalExpression', '!n', 'true', 'cache'],
  ['src/chain/posts.ts', 'ConditionalExpression', '!index', 'true', 'cache'],
  ['src/chain/subordinates.ts', 'ConditionalExpression', 'view.children', 'false', 'cache'],
  ['src/chain/summary.ts', 'ConditionalExpression', 'view.summary', 'false', 'cache'],
  ['src/chain/summary.ts', 'ConditionalExpression', 'done[start]', 'false', 'cache'],
  ['src/chain/summary.ts', 'ConditionalExpression', 'done[node]', 'false', 'cache'],
  [
    'src/chain/summary.ts',
    'BlockStatement',
    '{ base = { depth: depth[node] as number…',
    '{}',
    'cache',
  ],
  ['src/chain/subordinates.ts', 'ConditionalExpression', 'up >= 0', 'true', 'climbEnd'],
  [
    'src/chain/subordinates.ts',
    'EqualityOperator',
    'steps < graph.ids.length',
    'steps <= graph.ids.length',
    'climbEnd',
  ],
  [
    'src/chain/graph.ts',
    'EqualityOperator',
    '(tieRelationship[t] as Relationship).id < …',
    '(tieRelationship[t] as Relationship).id <= …',
    'sameId',
  ],
  ['src/chain/graph.ts', 'BlockStatement', '{ const oldest…', '{}', 'bound'],
  ['src/chain/graph.ts', 'ConditionalExpression', 'graph.views.size >= MAX_VIEWS', '…', 'bound'],
  ['src/chain/graph.ts', 'EqualityOperator', 'graph.views.size >= MAX_VIEWS', '…', 'bound'],
  ['src/chain/graph.ts', 'ConditionalExpression', 'oldest !== undefined', '…', 'bound'],
  ['src/chain/graph.ts', 'EqualityOperator', 'oldest !== undefined', '…', 'bound'],
  ['src/chain/reportingChain.ts', 'BlockStatement', '{ if (a === undefined…', '{}', 'memo'],
  [
    'src/chain/reportingChain.ts',
    'ConditionalExpression',
    'a === undefined || b === undefined',
    'true',
    'memo',
  ],
  ['src/chain/reportingChain.ts', 'ConditionalExpression', 'b === undefined', 'false', 'memo'],
  ['src/chain/reportingChain.ts', 'EqualityOperator', 'b === undefined', 'b !== undefined', 'memo'],
  ['src/chain/reportingChain.ts', 'ConditionalExpression', 'a === b', 'false', 'memo'],
  [
    'src/chain/reportingChain.ts',
    'ConditionalExpression',
    'last !== undefined && last.asOf === asOf && sameVia(last.via, via)',
    'false',
    'memo',
  ],
  [
    'src/chain/subordinates.ts',
    'StringLiteral',
    "'subordinates'",
    '""',
    'namedFirst',
    "const { graph, view } = viewFor('subordinates', ds, options);",
  ],
  [
    'src/chain/reportingChain.ts',
    'ConditionalExpression',
    '!Array.isArray(b) || a.length !== b.length',
    'true',
    'memo',
  ],
  [
    'src/chain/reportingChain.ts',
    'BooleanLiteral',
    '!Array.isArray(b)',
    'Array.isArray(b)',
    'memo',
  ],
  ['src/chain/reportingChain.ts', 'EqualityOperator', 'i < a.length', 'i <= a.length', 'memo'],
  ['src/chain/reportingChain.ts', 'ConditionalExpression', 'a[i] !== b[i]', 'true', 'memo'],
  ['src/chain/reportingChain.ts', 'BooleanLiteral', 'true', 'false', 'memo', 'return true;'],
  [
    'src/chain/reportingChain.ts',
    'ArrayDeclaration',
    '[...(via as readonly unknown[])]',
    '[]',
    'memo',
  ],
  ['src/chain/cycles.ts', 'EqualityOperator', 'node < n', 'node <= n', 'pastEnd'],
  [
    'src/chain/graph.ts',
    'EqualityOperator',
    'i < n',
    'i <= n',
    'pastEnd',
    'for (let i = 0; i < n; i++)',
  ],
  ['src/chain/graph.ts', 'EqualityOperator', 'node < n', 'node <= n', 'pastEnd'],
  ['src/chain/subordinates.ts', 'EqualityOperator', 'i < n', 'i <= n', 'pastEnd'],
  ['src/chain/summary.ts', 'EqualityOperator', 'start < n', 'start <= n', 'pastEnd'],
  ['src/chain/subordinates.ts', 'ConditionalExpression', 'p >= 0', 'true', 'pastEnd'],
  ['src/chain/graph.ts', 'ArrayDeclaration', 'new Array<string>(n)', 'new Array()', 'sized'],
  ['src/chain/graph.ts', 'ArrayDeclaration', 'new Array<Relationship>(m)', 'new Array()', 'sized'],
  ['src/chain/graph.ts', 'ArrayDeclaration', 'new Array<unknown>(n)', 'new Array()', 'sized'],
  ['src/chain/graph.ts', 'MethodExpression', 'sups.slice(0, m)', 'sups', 'unread'],
  [
    'src/chain/graph.ts',
    'UnaryOperator',
    '-1',
    '+1',
    'unread',
    'const parentTie = new Int32Array(n).fill(-1);',
  ],
  ['src/chain/graph.ts', 'UnaryOperator', '-1', '+1', 'unread', 'let tie = -1;'],
  [
    'src/chain/graph.ts',
    'UnaryOperator',
    '-1',
    '+1',
    'unread',
    'parentTie[node] = superior >= 0 ? tie : -1;',
  ],
  ['src/chain/graph.ts', 'ConditionalExpression', 'superior >= 0', 'true', 'unread'],
  ['src/chain/graph.ts', 'ObjectLiteral', '{ start: 0, end: 0 }', '{}', 'unread'],
  [
    'src/chain/summary.ts',
    'UnaryOperator',
    '-1',
    '+1',
    'unread',
    'base = { depth: -1, top: -1, problem: 3 };',
  ],
  [
    'src/chain/summary.ts',
    'UnaryOperator',
    '-1',
    '+1',
    'unread',
    'base = { depth: -1, top: -1, problem: p === NOT_ACTIVE ? 1 : 2 };',
  ],
  [
    'src/chain/summary.ts',
    'UnaryOperator',
    '-1',
    '+1',
    'marker',
    'const state = new Int32Array(n).fill(-1);',
  ],
  ['src/chain/summary.ts', 'UnaryOperator', '-1', '+1', 'marker', 'state[current] = -1;'],
  ['src/chain/summary.ts', 'ArrayDeclaration', '[]', '["Stryker was here"]', 'unread'],
  [
    'src/chain/cycles.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'unread',
    'const adjacency: number[][] = Array.from({ length: n }, () => []);',
  ],
  [
    'src/chain/cycles.ts',
    'OptionalChaining',
    'adjacency[node]?.push',
    'adjacency[node].push',
    'unread',
  ],
  [
    'src/chain/reportingChain.ts',
    'ConditionalExpression',
    'found === undefined',
    'false',
    'unread',
  ],
  ['src/chain/cycles.ts', 'ConditionalExpression', '!cycle', 'false', 'selfTie'],
  ['src/chain/graph.ts', 'ConditionalExpression', 'sub === undefined…', 'false', 'unknownRef'],
  ['src/chain/graph.ts', 'ConditionalExpression', 'sup === undefined', 'false', 'unknownRef'],
  ['src/chain/graph.ts', 'ConditionalExpression', 'sub < 0', 'false', 'unknownRef'],
  ['src/chain/graph.ts', 'ConditionalExpression', 'sup < 0', 'false', 'unknownRef'],
  ['src/chain/graph.ts', 'LogicalOperator', 'sub === undefined…', '…', 'unknownRef'],
  ['src/chain/posts.ts', 'ConditionalExpression', 'post && person', 'true', 'unknownRef'],
  ['src/chain/posts.ts', 'LogicalOperator', 'post && person', 'post || person', 'unknownRef'],
  ['src/chain/posts.ts', 'ConditionalExpression', 'h !== undefined', 'true', 'unknownRef'],
  ['src/chain/posts.ts', 'ArrayDeclaration', '[]', '["Stryker was here"]', 'unknownRef'],
  [
    'src/chain/posts.ts',
    'MethodExpression',
    '….filter((h): h is Holding => h !== undefined)',
    '….map(a => holding(index, a))',
    'unknownRef',
  ],
  [
    'src/chain/options.ts',
    'ConditionalExpression',
    "typeof authority !== 'string'",
    'false',
    'unknownRef',
  ],
  ['src/chain/options.ts', 'StringLiteral', "'*'", '""', 'key'],
  ['src/chain/options.ts', 'StringLiteral', "','", '""', 'key'],
  // src/aggregate
  [
    'src/aggregate/checks.ts',
    'ConditionalExpression',
    "typeof value === 'symbol'",
    'false',
    'sameText',
  ],
  ['src/aggregate/checks.ts', 'StringLiteral', "'symbol'", '""', 'sameText'],
  ['src/aggregate/checks.ts', 'ConditionalExpression', 'value === null', 'false', 'sameText'],
  [
    'src/aggregate/plan.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'joined',
    'const signature: string[] = [];',
  ],
  ['src/aggregate/plan.ts', 'StringLiteral', "'\\n'", '""', 'joined'],
  ['src/aggregate/plan.ts', 'ConditionalExpression', 'a === b', 'false', 'sortUndefined'],
  ['src/aggregate/plan.ts', 'ConditionalExpression', 'a === undefined', 'false', 'sortUndefined'],
  ['src/aggregate/plan.ts', 'ConditionalExpression', 'b === undefined', 'false', 'sortUndefined'],
  [
    'src/aggregate/plan.ts',
    'UnaryOperator',
    '-1',
    '+1',
    'sortUndefined',
    'if (b === undefined) return -1;',
  ],
  ['src/aggregate/plan.ts', 'EqualityOperator', 'a < b', 'a <= b', 'sortUndefined'],
  ['src/aggregate/engine.ts', 'ConditionalExpression', 'f0 === undefined', 'true', 'fastPath'],
  ['src/aggregate/engine.ts', 'ConditionalExpression', 'f1 === undefined', 'true', 'fastPath'],
  ['src/aggregate/engine.ts', 'ConditionalExpression', 'f2 === undefined', 'true', 'fastPath'],
  ['src/aggregate/engine.ts', 'ConditionalExpression', 'Array.isArray(rows)', 'false', 'fastPath'],
  ['src/aggregate/engine.ts', 'BlockStatement', '{ run(engine, rows); return; }', '{}', 'fastPath'],
  [
    'src/aggregate/moneyState.ts',
    'ConditionalExpression',
    'measure === this.measure',
    'false',
    'fastPath',
  ],
  ['src/aggregate/engine.ts', 'ConditionalExpression', 'batch.length === BATCH', '…', 'batch'],
  ['src/aggregate/engine.ts', 'EqualityOperator', 'batch.length === BATCH', '…', 'batch'],
  [
    'src/aggregate/engine.ts',
    'BlockStatement',
    '{ run(engine, batch); batch.length = 0; }',
    '{}',
    'batch',
  ],
  [
    'src/aggregate/engine.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'unread',
    'const path: KeyValue[] = [];',
  ],
  [
    'src/aggregate/moneyState.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'phantom',
    'return { label, field, index: new Map(), codes: [], create: moneyTotals };',
  ],
  [
    'src/aggregate/moneyState.ts',
    'EqualityOperator',
    'a[0] < b[0]',
    'a[0] <= b[0]',
    'sortUndefined',
  ],
  [
    'src/aggregate/moneyState.ts',
    'EqualityOperator',
    'Math.abs(s) >= Math.abs(x)',
    'Math.abs(s) > Math.abs(x)',
    'compensation',
  ],
  [
    'src/aggregate/summation.ts',
    'EqualityOperator',
    'Math.abs(s) >= Math.abs(x)',
    'Math.abs(s) > Math.abs(x)',
    'compensation',
  ],
  ['src/aggregate/summation.ts', 'UnaryOperator', '-0', '+0', 'shape'],
  ['src/aggregate/numericState.ts', 'UnaryOperator', '-0', '+0', 'shape'],
  [
    'src/aggregate/numericState.ts',
    'EqualityOperator',
    '(x - state.best) * state.sign > 0',
    '(x - state.best) * state.sign >= 0',
    'tie',
  ],
  [
    'src/aggregate/numericState.ts',
    'ArithmeticOperator',
    '(x - state.best) * state.sign',
    '…',
    'sign',
  ],
  [
    'src/aggregate/numericState.ts',
    'ConditionalExpression',
    'other.best !== undefined',
    'true',
    'noBest',
  ],
  ['src/aggregate/periods.ts', 'ConditionalExpression', 'd >= 0', 'true', 'digit'],
  ['src/aggregate/periods.ts', 'ConditionalExpression', 'm0 < 0', 'false', 'redundant'],
  ['src/aggregate/periods.ts', 'ConditionalExpression', 'd0 < 0', 'false', 'redundant'],
  ['src/aggregate/periods.ts', 'EqualityOperator', 'code < 0', 'code <= 0', 'yearZero'],
  ['src/aggregate/periods.ts', 'ConditionalExpression', 'name === undefined', 'true', 'cache'],
  ['src/aggregate/summarizeAid.ts', 'ConditionalExpression', '!j', 'true', 'cache'],
  [
    'src/aggregate/summarizeAid.ts',
    'ConditionalExpression',
    'record.system === undefined',
    'false',
    'sameLookup',
  ],
  [
    'src/aggregate/summarizeAid.ts',
    'ConditionalExpression',
    'options.rates === undefined',
    'false',
    'sameOption',
  ],
  // src/weapons
  ['src/weapons/normalize.ts', 'Regex', '/\\p{M}+/gu', '/\\p{M}/gu', 'regexRun'],
  [
    'src/weapons/normalize.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'wordToken',
    'for (const piece of match[0].match(TOKEN) ?? []) {',
  ],
  [
    'src/weapons/normalize.ts',
    'ConditionalExpression',
    'last !== undefined',
    'true',
    'undefinedText',
  ],
  ['src/weapons/normalize.ts', 'ConditionalExpression', "gap !== ''", 'true', 'firstGap'],
  [
    'src/weapons/normalize.ts',
    'StringLiteral',
    "''",
    '"Stryker was here!"',
    'firstGap',
    "afterDigit && !isDigits && (UNITS.has(piece) || !first || (gap !== '' && !/\\s/u.test(gap)));",
  ],
  [
    'src/weapons/resolver.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'digitsKey',
    "return (key.match(DIGIT_RUNS) ?? []).join(' ');",
  ],
  [
    'src/weapons/resolver.ts',
    'ConditionalExpression',
    'a.length !== b.length',
    'false',
    'swapLength',
  ],
  ['src/weapons/resolver.ts', 'ConditionalExpression', 'i < a.length', 'true', 'distinct'],
  ['src/weapons/resolver.ts', 'EqualityOperator', 'i < a.length', 'i <= a.length', 'distinct'],
  ['src/weapons/resolver.ts', 'ConditionalExpression', 'i + 1 < a.length', 'true', 'lastChar'],
  [
    'src/weapons/resolver.ts',
    'EqualityOperator',
    'i + 1 < a.length',
    'i + 1 <= a.length',
    'lastChar',
  ],
  [
    'src/weapons/resolver.ts',
    'ArithmeticOperator',
    'i + 1',
    'i - 1',
    'lastChar',
    'i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)',
    1,
  ],
  ['src/weapons/resolver.ts', 'ConditionalExpression', 'at > 0', 'true', 'allCalibre'],
  ['src/weapons/resolver.ts', 'EqualityOperator', 'at > 0', 'at >= 0', 'allCalibre'],
  [
    'src/weapons/resolver.ts',
    'ConditionalExpression',
    'last === undefined',
    'false',
    'undefinedText',
  ],
  [
    'src/weapons/resolver.ts',
    'StringLiteral',
    "' '",
    '""',
    'joinedKey',
    "if (last === undefined || !/\\ds$/.test(last) || known(tokens.join(' '))) return tokens;",
  ],
  [
    'src/weapons/resolver.ts',
    'StringLiteral',
    "' '",
    '""',
    'joinedKey',
    "return known(singular.join(' ')) || known(bare.join(' ')) ? singular : tokens;",
    1,
  ],
  [
    'src/weapons/resolver.ts',
    'ConditionalExpression',
    'b.variantId === undefined',
    'false',
    'indexOrder',
  ],
  [
    'src/weapons/resolver.ts',
    'ConditionalExpression',
    'a.variantId === undefined',
    'true',
    'indexOrder',
    'return a.variantId === undefined ? a : b;',
  ],
  [
    'src/weapons/resolver.ts',
    'StringLiteral',
    "' '",
    '""',
    'joinedKey',
    "if (bare.length !== tokens.length) put(loose, bare.join(' '), full);",
  ],
  ['src/weapons/resolver.ts', 'ConditionalExpression', "key === ''", 'false', 'emptyKey'],
  [
    'src/weapons/resolver.ts',
    'StringLiteral',
    "''",
    '"Stryker was here!"',
    'emptyKey',
    "if (key === '') return;",
  ],
  [
    'src/weapons/resolver.ts',
    'StringLiteral',
    "''",
    '"Stryker was here!"',
    'emptyKey',
    "if (key === '') return undefined;",
  ],
  [
    'src/weapons/resolver.ts',
    'ConditionalExpression',
    'bare.length !== tokens.length',
    'true',
    'looseDup',
  ],
  [
    'src/weapons/resolver.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strykerName',
    '...(system.aliases ?? []),',
  ],
  [
    'src/weapons/resolver.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strykerName',
    '...(system.designations ?? []),',
  ],
  [
    'src/weapons/resolver.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strykerName',
    '...(system.nativeNames ?? []),',
  ],
  [
    'src/weapons/resolver.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strykerName',
    '...(variant.aliases ?? []),',
  ],
  [
    'src/weapons/resolver.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strykerName',
    '...(variant.designations ?? []),',
  ],
  [
    'src/weapons/resolver.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strykerName',
    '...(variant.nativeNames ?? []),',
  ],
  [
    'src/weapons/resolver.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strykerName',
    'for (const candidate of byDigits.get(digitsOf(key)) ?? []) {',
  ],
  ['src/weapons/resolver.ts', 'ConditionalExpression', 'limit === 0', 'false', 'zeroLimit'],
  ['src/weapons/resolver.ts', 'ConditionalExpression', '!byDigits', 'true', 'cache'],
  [
    'src/weapons/resolver.ts',
    'ConditionalExpression',
    'Math.abs(candidate.length - key.length) > Math.min(best, limit)',
    'false',
    'pruning',
  ],
  [
    'src/weapons/resolver.ts',
    'MethodExpression',
    'Math.min(best, limit)',
    'Math.max(best, limit)',
    'pruning',
  ],
  ['src/weapons/resolver.ts', 'ObjectLiteral', '{ maxDistance: limit + 1 }', '{}', 'pruning'],
  ['src/weapons/resolver.ts', 'ConditionalExpression', 'd === 2', 'true', 'swapOnlyTwo'],
  [
    'src/weapons/resolver.ts',
    'ConditionalExpression',
    "bare !== key && bare !== ''",
    'true',
    'repeatLookup',
  ],
  [
    'src/weapons/resolver.ts',
    'LogicalOperator',
    "bare !== key && bare !== ''",
    '…',
    'repeatLookup',
  ],
  ['src/weapons/resolver.ts', 'ConditionalExpression', 'bare !== key', 'true', 'repeatLookup'],
  ['src/weapons/resolver.ts', 'ConditionalExpression', "bare !== ''", 'true', 'repeatLookup'],
  [
    'src/weapons/resolver.ts',
    'StringLiteral',
    "''",
    '"Stryker was here!"',
    'repeatLookup',
    "if (bare !== key && bare !== '') {",
  ],
  ['src/weapons/resolver.ts', 'ConditionalExpression', 'memo.size >= 1_000_000', '…', 'memoBound'],
  ['src/weapons/resolver.ts', 'EqualityOperator', 'memo.size >= 1_000_000', '…', 'memoBound'],
  ['src/weapons/dedupe.ts', 'EqualityOperator', 'key(a) < key(b)', 'key(a) <= key(b)', 'v8sort'],
  ['src/weapons/dedupe.ts', 'ConditionalExpression', 'key(a) > key(b)', '…', 'v8sort'],
  ['src/weapons/dedupe.ts', 'EqualityOperator', 'key(a) > key(b)', '…', 'v8sort'],
  [
    'src/weapons/dedupe.ts',
    'ConditionalExpression',
    "typeof raw === 'string'",
    'true',
    'nonString',
    "const match = typeof raw === 'string' ? resolve(raw) : undefined;",
  ],
  [
    'src/weapons/dedupe.ts',
    'ConditionalExpression',
    "typeof raw === 'string'",
    'false',
    'sameString',
    "name: typeof raw === 'string' ? raw : String(raw),",
  ],
  [
    'src/weapons/dedupe.ts',
    'StringLiteral',
    "'string'",
    '""',
    'sameString',
    "name: typeof raw === 'string' ? raw : String(raw),",
  ],
  ['src/weapons/fragmentation.ts', 'EqualityOperator', 'a.key < b.key', 'a.key <= b.key', 'v8sort'],
  ['src/weapons/fragmentation.ts', 'ConditionalExpression', 'a.key > b.key', '…', 'v8sort'],
  ['src/weapons/fragmentation.ts', 'EqualityOperator', 'a.key > b.key', '…', 'v8sort'],
  [
    'src/weapons/fragmentation.ts',
    'ConditionalExpression',
    'r.supersedes !== undefined',
    'true',
    'undefinedId',
  ],
  [
    'src/weapons/fragmentation.ts',
    'ConditionalExpression',
    'record.system === undefined',
    'false',
    'noSystem',
  ],
  [
    'src/weapons/fragmentation.ts',
    'ConditionalExpression',
    'system === undefined',
    'false',
    'unknownRef',
  ],
  // src/export
  [
    'src/export/arrow.ts',
    'ConditionalExpression',
    "typeof value === 'string'",
    'true',
    'noSurrogate',
  ],
  [
    'src/export/arrow.ts',
    'OptionalChaining',
    'children[j]?.values',
    'children[j].values',
    'alwaysThere',
  ],
  ['src/export/arrow.ts', 'ArrowFunction', '(_, i) => i', '() => undefined', 'sameOutput'],
  [
    'src/export/json.ts',
    'ConditionalExpression',
    "typeof value === 'number'",
    'true',
    'finiteNumber',
  ],
  ['src/export/sidc.ts', 'StringLiteral', "''", '"Stryker was here!"', 'alwaysThere'],
  ['src/export/sidc.ts', 'OptionalChaining', 'issue?.path', 'issue.path', 'alwaysThere'],
  ['src/export/sidc.ts', 'OptionalChaining', 'issue?.message', 'issue.message', 'alwaysThere'],
  ['src/export/sidc.ts', 'ConditionalExpression', 's.entity === undefined', 'false', 'noEntity'],
  ['src/export/chart.ts', 'ArrayDeclaration', '[]', '["Stryker was here"]', 'alwaysThere'],
  [
    'src/export/csv.ts',
    'ConditionalExpression',
    "case 'string': return value;",
    "case 'string':",
    'sameOutput',
  ],
  ['src/export/csv.ts', 'StringLiteral', "'boolean'", '""', 'sameOutput'],
  ['src/export/csv.ts', 'StringLiteral', "'undefined'", '""', 'sameOutput'],
  ['src/export/vegaLite.ts', 'ConditionalExpression', "k === 'string'", 'true', 'protoKey'],
  [
    'src/export/vegaLite.ts',
    'OptionalChaining',
    'labels?.[0]?.length',
    'labels?.[0].length',
    'alwaysThere',
  ],
  // src/model
  [
    'src/model/aid.ts',
    'ConditionalExpression',
    'record.quantity !== undefined',
    'true',
    'undefinedFalse',
  ],
  ['src/model/common.ts', 'ConditionalExpression', 'list === undefined', 'false', 'runtime'],
  ['src/model/common.ts', 'ConditionalExpression', 'currencyList === null', 'true', 'cache'],
  [
    'src/model/common.ts',
    'ConditionalExpression',
    "typeof Intl.supportedValuesOf === 'function'",
    'true',
    'runtime',
  ],
  [
    'src/model/common.ts',
    'ConditionalExpression',
    "typeof Intl.supportedValuesOf === 'function'",
    'false',
    'sharedGraph',
  ],
  [
    'src/model/common.ts',
    'EqualityOperator',
    "typeof Intl.supportedValuesOf === 'function'",
    "typeof Intl.supportedValuesOf !== 'function'",
    'sharedGraph',
  ],
  [
    'src/model/common.ts',
    'StringLiteral',
    "'function'",
    '""',
    'sharedGraph',
    "typeof Intl.supportedValuesOf === 'function'",
  ],
  ['src/model/date.ts', 'ConditionalExpression', 'value.length > 10', 'false', 'lengthGuard'],
  ['src/model/date.ts', 'ConditionalExpression', 'match[2] === undefined', 'false', 'nanMonth'],
  [
    'src/model/interval.ts',
    'ConditionalExpression',
    'interval.until !== undefined',
    'true',
    'undefinedFalse',
  ],
  [
    'src/model/common.ts',
    'EqualityOperator',
    'currencyList === null',
    'currencyList !== null',
    'sharedGraph',
  ],
  // src/import
  [
    'src/import/cells.ts',
    'StringLiteral',
    "''",
    '"Stryker was here!"',
    'mandatoryGroup',
    "const [all, sign = '', head = '', separator = '', tail = ''] = grouped;",
  ],
  [
    'src/import/cells.ts',
    'ConditionalExpression',
    'day === undefined',
    'false',
    'sameCall',
    'return day === undefined ? dateOf(year as string, month) : dateOf(year as string, month, day);',
  ],
  [
    'src/import/row.ts',
    'StringLiteral',
    "''",
    '"Stryker was here!"',
    'shortRow',
    "return at === undefined ? '' : (cells[at] ?? '');",
    2,
  ],
  ['src/import/row.ts', 'ConditionalExpression', 'value === 0', 'false', 'noNegZero'],
  [
    'src/import/row.ts',
    'EqualityOperator',
    'cells.length < context.width',
    'cells.length <= context.width',
    'insideBranch',
  ],
  ['src/import/row.ts', 'ConditionalExpression', "typeof field === 'string'", 'true', 'knownField'],
  ['src/import/row.ts', 'ConditionalExpression', 'field === undefined', 'false', 'knownField'],
  ['src/import/row.ts', 'ConditionalExpression', 'at === undefined', 'false', 'shortRow'],
  [
    'src/import/row.ts',
    'ConditionalExpression',
    "donorCell.trim() === ''",
    'false',
    'blankDonor',
    "const donor = donorCell.trim() === '' ? undefined : context.donor(donorCell);",
  ],
  [
    'src/import/row.ts',
    'MethodExpression',
    'donorCell.trim()',
    'donorCell',
    'blankDonor',
    "const donor = donorCell.trim() === '' ? undefined : context.donor(donorCell);",
  ],
  [
    'src/import/row.ts',
    'StringLiteral',
    "''",
    '"Stryker was here!"',
    'blankDonor',
    "const donor = donorCell.trim() === '' ? undefined : context.donor(donorCell);",
  ],
  [
    'src/import/row.ts',
    'ConditionalExpression',
    'read.ok',
    'true',
    'errorFirst',
    '} else if (read.ok) value = { amount: scaled(read.value, context.valueScale), currency };',
  ],
  ['src/import/row.ts', 'Regex', '/[;,\\s]+/', '/[;,\\s]/', 'emptyPieces'],
  [
    'src/import/donors.ts',
    'ConditionalExpression',
    "typeof target !== 'string'",
    'false',
    'schemaFirst',
  ],
  [
    'src/import/donors.ts',
    'ConditionalExpression',
    "typeof id !== 'string'",
    'false',
    'schemaFirst',
  ],
  ['src/import/donors.ts', 'ConditionalExpression', 'memo.has(raw)', 'false', 'cache'],
  ['src/import/donors.ts', 'ConditionalExpression', 'memo.size >= 100_000', 'true', 'memoBound'],
  ['src/import/donors.ts', 'ConditionalExpression', 'memo.size >= 100_000', 'false', 'memoBound'],
  [
    'src/import/donors.ts',
    'EqualityOperator',
    'memo.size >= 100_000',
    'memo.size > 100_000',
    'memoBound',
  ],
  [
    'src/import/donors.ts',
    'EqualityOperator',
    'memo.size >= 100_000',
    'memo.size < 100_000',
    'memoBound',
  ],
  [
    'src/import/csv.ts',
    'ConditionalExpression',
    "typeof valueScale !== 'number'",
    'false',
    'schemaFirst',
  ],
  [
    'src/import/table.ts',
    'OptionalChaining',
    'cell.match(BREAK)?.length',
    'cell.match(BREAK).length',
    'prefilter',
  ],
  ['src/import/table.ts', 'ArithmeticOperator', 'bytes.length - 1', 'bytes.length + 1', 'clamp'],
  [
    'src/import/table.ts',
    'ConditionalExpression',
    "(error as { code?: unknown }).code === 'CSV_QUOTE_NOT_CLOSED'",
    'true',
    'csvErrors',
  ],
  [
    'src/import/table.ts',
    'EqualityOperator',
    'i < bytes.length',
    'i <= bytes.length',
    'pastEndByte',
  ],
  [
    'src/import/table.ts',
    'ConditionalExpression',
    "cell.includes('\\n') || cell.includes('\\r')",
    'true',
    'prefilter',
  ],
  [
    'src/import/table.ts',
    'StringLiteral',
    "'\\n'",
    '""',
    'prefilter',
    "if (cell.includes('\\n') || cell.includes('\\r')) count += cell.match(BREAK)?.length ?? 0;",
  ],
  [
    'src/import/table.ts',
    'StringLiteral',
    "'\\r'",
    '""',
    'prefilter',
    "if (cell.includes('\\n') || cell.includes('\\r')) count += cell.match(BREAK)?.length ?? 0;",
  ],
  [
    'src/import/table.ts',
    'ArithmeticOperator',
    'starts.length - 1',
    'starts.length + 1',
    'binarySearch',
  ],
  [
    'src/import/table.ts',
    'BooleanLiteral',
    'true',
    'false',
    'blankLines',
    'skip_empty_lines: true,',
  ],
  // src/dataset
  [
    'src/dataset/issues.ts',
    'ConditionalExpression',
    "typeof key === 'number'",
    'false',
    'indexText',
  ],
  [
    'src/dataset/issues.ts',
    'StringLiteral',
    "'number'",
    '""',
    'indexText',
    "if (typeof key === 'number') out += `[${String(key)}]`;",
  ],
  ['src/dataset/issues.ts', 'ConditionalExpression', 'Number.isNaN(value)', 'false', 'nanText'],
  ['src/dataset/parse.ts', 'ArrayDeclaration', '[]', '["Stryker was here"]', 'hole'],
  [
    'src/dataset/parse.ts',
    'ConditionalExpression',
    'vid !== undefined',
    'true',
    'undefinedKnownId',
  ],
  ['src/dataset/parse.ts', 'ConditionalExpression', 'id !== undefined', 'true', 'undefinedKnownId'],
  [
    'src/dataset/parse.ts',
    'ArithmeticOperator',
    'a.order - b.order',
    'a.order + b.order',
    'stable',
  ],
  [
    'src/dataset/parse.ts',
    'ArrowFunction',
    '(resolved) => (refs = resolved)',
    '() => undefined',
    'handOver',
  ],
  ['src/dataset/parse.ts', 'ConditionalExpression', 'refs !== undefined', 'false', 'handOver'],
  ['src/dataset/parse.ts', 'ConditionalExpression', 'refs !== undefined', 'true', 'handOver'],
  [
    'src/dataset/parse.ts',
    'EqualityOperator',
    'refs !== undefined',
    'refs === undefined',
    'handOver',
  ],
  // src/dataset/integrity.ts
  ['src/dataset/integrity.ts', 'OptionalChaining', 'extra?.get', 'extra.get', 'knownIds'],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    'v.until === ENDED_DATE_UNKNOWN',
    'false',
    'noBounds',
    'if (v.from === undefined && (v.until === undefined || v.until === ENDED_DATE_UNKNOWN)) {',
  ],
  [
    'src/dataset/integrity.ts',
    'EqualityOperator',
    'span.end > second.end',
    'span.end >= second.end',
    'equalEnd',
  ],
  [
    'src/dataset/integrity.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strayEntry',
    'const adjacency: number[][] = Array.from({ length: n }, () => []);',
  ],
  [
    'src/dataset/integrity.ts',
    'OptionalChaining',
    'adjacency[e.from]?.push',
    'adjacency[e.from].push',
    'alwaysThere',
  ],
  [
    'src/dataset/integrity.ts',
    'UnaryOperator',
    '-1',
    '+1',
    'extraTies',
    'const componentOf = new Int32Array(n).fill(-1);',
  ],
  [
    'src/dataset/integrity.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strayEntry',
    'const inside: Edge[][] = components.map(() => []);',
  ],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    'c !== -1 && c === componentOf[e.to]',
    'true',
    'extraTies',
  ],
  [
    'src/dataset/integrity.ts',
    'LogicalOperator',
    'c !== -1 && c === componentOf[e.to]',
    'c !== -1 || c === componentOf[e.to]',
    'extraTies',
  ],
  ['src/dataset/integrity.ts', 'ConditionalExpression', 'c !== -1', 'true', 'extraTies'],
  [
    'src/dataset/integrity.ts',
    'UnaryOperator',
    '-1',
    '+1',
    'extraTies',
    'if (c !== -1 && c === componentOf[e.to]) inside[c]?.push(e);',
  ],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    'c === componentOf[e.to]',
    'true',
    'extraTies',
  ],
  [
    'src/dataset/integrity.ts',
    'OptionalChaining',
    'inside[c]?.push',
    'inside[c].push',
    'alwaysThere',
  ],
  [
    'src/dataset/integrity.ts',
    'EqualityOperator',
    'span.end > best.end',
    'span.end >= best.end',
    'equalEnd',
  ],
  [
    'src/dataset/integrity.ts',
    'ArrayDeclaration',
    'new Array<Lifetime | undefined>( ds.organisations.length, )',
    'new Array()',
    'sized',
  ],
  [
    'src/dataset/integrity.ts',
    'ArrayDeclaration',
    'new Array<string | undefined>(ds.organisations.length)',
    'new Array()',
    'sized',
  ],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    'index === undefined',
    'false',
    'undefinedIndex',
  ],
  ['src/dataset/integrity.ts', 'StringLiteral', "''", '"Stryker was here!"', 'oneLine'],
  [
    'src/dataset/integrity.ts',
    'UnaryOperator',
    '-1',
    '+1',
    'unreadSlot',
    'const supOf = new Int32Array(rels.length).fill(-1);',
  ],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    'sub !== undefined',
    'true',
    'undefinedIndex',
  ],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    'sup !== undefined',
    'true',
    'undefinedIndex',
  ],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    'CHAIN.has(r.authority)',
    'true',
    'prefilterTies',
  ],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    '(tiesPerSubordinate[sub] as number) < 2',
    'false',
    'prefilterTies',
  ],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    'a.system !== undefined',
    'true',
    'sameLookup',
  ],
  ['src/dataset/integrity.ts', 'ConditionalExpression', 'own !== undefined', 'true', 'alwaysThere'],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    '!hasCycle(n, selected, subOf, supOf)',
    'false',
    'preCheck',
  ],
  [
    'src/dataset/integrity.ts',
    'EqualityOperator',
    'i < rels.length',
    'i <= rels.length',
    'pastEndRow',
  ],
  [
    'src/dataset/parse.ts',
    'UnaryOperator',
    '-1',
    '+1',
    'sameContainer',
    "if (typeof a === 'number') return -1;",
  ],
  ['src/dataset/integrity.ts', 'ConditionalExpression', 'issues.length === 0', 'true', 'handOver'],
  ['src/dataset/integrity.ts', 'ConditionalExpression', 'issues.length === 0', 'false', 'handOver'],
  [
    'src/dataset/integrity.ts',
    'EqualityOperator',
    'issues.length === 0',
    'issues.length !== 0',
    'handOver',
  ],
  // src/internal
  [
    'src/internal/cycles.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strayEntry',
    'const stack: number[] = [];',
  ],
  [
    'src/internal/cycles.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strayEntry',
    'const work: [number, number][] = [];',
  ],
  [
    'src/internal/cycles.ts',
    'EqualityOperator',
    'root < nodeCount',
    'root <= nodeCount',
    'pastEndNode',
  ],
  ['src/internal/cycles.ts', 'ConditionalExpression', 'index[root] !== -1', 'false', 'revisit'],
  [
    'src/internal/cycles.ts',
    'EqualityOperator',
    'edge < next.length',
    'edge <= next.length',
    'pastEndNode',
  ],
  ['src/internal/cycles.ts', 'ConditionalExpression', 'state.has(start)', 'false', 'revisit'],
  ['src/internal/cycles.ts', 'EqualityOperator', 'i < nodeCount', 'i <= nodeCount', 'pastEnd'],
  ['src/internal/immer.ts', 'ObjectLiteral', '{ autoFreeze: true }', '{}', 'immerDefault'],
  ['src/internal/immer.ts', 'BooleanLiteral', 'true', 'false', 'sharedGraph'],
  ['src/internal/references.ts', 'BlockStatement', '{ shared.set(…', '{}', 'handOver'],
  [
    'src/internal/references.ts',
    'ObjectLiteral',
    '{ organisations: tables.organisations, refs }',
    '{}',
    'handOver',
  ],
  [
    'src/internal/references.ts',
    'BlockStatement',
    '{ const entry = shared.get(…',
    '{}',
    'handOver',
  ],
  [
    'src/internal/cycles.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strayEntry',
    'const path: Edge[] = [];',
  ],
  ['src/internal/references.ts', 'ConditionalExpression', 'known !== undefined', 'false', 'cache'],
  [
    'src/internal/references.ts',
    'ConditionalExpression',
    'Object.isFrozen(rows)',
    'false',
    'cache',
  ],
  [
    'src/internal/references.ts',
    'ConditionalExpression',
    'entry?.organisations === tables.organisations',
    'false',
    'handOver',
  ],
  // src/edit
  ['src/edit/fields.ts', 'ConditionalExpression', '!isObject(a) || !isObject(b)', 'true', 'noLeaf'],
  [
    'src/edit/fields.ts',
    'MethodExpression',
    'Object.keys(b).filter((k) => b[k] !== undefined)',
    'Object.keys(b)',
    'noLeaf',
  ],
  ['src/edit/fields.ts', 'ConditionalExpression', 'b[k] !== undefined', 'true', 'noLeaf'],
  [
    'src/edit/fields.ts',
    'ConditionalExpression',
    'keys.length === other.length && keys.every((k) => same(a[k], b[k]))',
    'false',
    'noLeaf',
  ],
  ['src/edit/fields.ts', 'ArrowFunction', '(k) => same(a[k], b[k])', '() => undefined', 'noLeaf'],
  ['src/edit/fields.ts', 'ConditionalExpression', '!isObject(element)', 'false', 'schemaArrays'],
  [
    'src/edit/fields.ts',
    'StringLiteral',
    '`#${index}`',
    '``',
    'schemaArrays',
    'if (!isObject(element)) return `#${index}`;',
  ],
  ['src/edit/fields.ts', 'StringLiteral', '`#${index}`', '``', 'positional', 'return `#${index}`;'],
  [
    'src/edit/fields.ts',
    'ConditionalExpression',
    "typeof element.asOf === 'string'",
    'true',
    'positional',
  ],
  [
    'src/edit/fields.ts',
    'ConditionalExpression',
    "typeof element.from === 'string'",
    'true',
    'relabel',
  ],
  ['src/edit/fields.ts', 'StringLiteral', "''", '"Stryker was here!"', 'relabel'],
  ['src/edit/fields.ts', 'ArithmeticOperator', 'n + 1', 'n - 1', 'relabel'],
  ['src/edit/fields.ts', 'ConditionalExpression', 'n === 0', 'false', 'relabel'],
  [
    'src/edit/fields.ts',
    'MethodExpression',
    '[...(before as unknown[]), ...(after as unknown[])].some((e) => isObject(e))',
    '[...(before as unknown[]), ...(after as unknown[])].every(e => isObject(e))',
    'schemaArrays',
  ],
  ['src/edit/fields.ts', 'ConditionalExpression', 'path.length > 0', 'true', 'recordRoot'],
  ['src/edit/fields.ts', 'EqualityOperator', 'path.length > 0', 'path.length >= 0', 'recordRoot'],
  [
    'src/edit/events.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'noEntry',
    'readonly order: string[] = [];',
  ],
  [
    'src/edit/events.ts',
    'ConditionalExpression',
    'before !== undefined',
    'true',
    'implied',
    'if (before !== undefined && kb !== undefined) {',
  ],
  [
    'src/edit/events.ts',
    'ConditionalExpression',
    'after === undefined',
    'false',
    'implied',
    'if (after === undefined || moved || (before.until === undefined && after.until !== undefined)) {',
  ],
  [
    'src/edit/events.ts',
    'ConditionalExpression',
    'after !== undefined',
    'true',
    'implied',
    'if (after !== undefined && ka !== undefined) {',
  ],
  [
    'src/edit/events.ts',
    'ConditionalExpression',
    'before === undefined',
    'false',
    'implied',
    'before === undefined ||',
  ],
  ['src/edit/events.ts', 'StringLiteral', "''", '"Stryker was here!"', 'relabel'],
  ['src/edit/events.ts', 'OptionalChaining', 'before?.members', 'before.members', 'alwaysThere'],
  [
    'src/edit/events.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'alwaysThere',
    'const previous = new Map((before?.members ?? []).map((m) => [key(m), m]));',
  ],
  ['src/edit/events.ts', 'OptionalChaining', 'after?.members', 'after.members', 'alwaysThere'],
  [
    'src/edit/events.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'alwaysThere',
    'const next = new Map((after?.members ?? []).map((m) => [key(m), m]));',
  ],
  ['src/edit/events.ts', 'ConditionalExpression', "change.kind === 'added'", 'false', 'noField'],
  ['src/edit/events.ts', 'StringLiteral', "'added'", '""', 'noField'],
  ['src/edit/events.ts', 'ConditionalExpression', "change.kind === 'removed'", 'false', 'noField'],
  ['src/edit/events.ts', 'StringLiteral', "'removed'", '""', 'noField'],
  [
    'src/edit/events.ts',
    'ConditionalExpression',
    'record.supersedes !== undefined',
    'true',
    'sameLookup',
  ],
  ['src/edit/events.ts', 'ConditionalExpression', 'at === undefined', 'false', 'sameLookup'],
  ['src/edit/events.ts', 'ConditionalExpression', 'default: break;', 'default:', 'lastBreak'],
  ['src/edit/draft.ts', 'ConditionalExpression', 'n === this.length', 'false', 'sameLength'],
  ['src/edit/draft.ts', 'ConditionalExpression', 'chunks.length > count', 'true', 'sameLength'],
  [
    'src/edit/draft.ts',
    'EqualityOperator',
    'chunks.length > count',
    'chunks.length >= count',
    'sameLength',
  ],
  ['src/edit/draft.ts', 'ConditionalExpression', 'last.length > keep', 'true', 'sameLength'],
  [
    'src/edit/draft.ts',
    'EqualityOperator',
    'last.length > keep',
    'last.length >= keep',
    'sameLength',
  ],
  [
    'src/edit/draft.ts',
    'ConditionalExpression',
    "key === 'length'",
    'false',
    'protoLength',
    "if (key === 'length') return true;",
  ],
  [
    'src/edit/draft.ts',
    'ArrowFunction',
    '() => false',
    '() => undefined',
    'trapBoolean',
    'setPrototypeOf: () => false,',
  ],
  [
    'src/edit/draft.ts',
    'ArrowFunction',
    '() => false',
    '() => undefined',
    'trapBoolean',
    'preventExtensions: () => false,',
  ],
  [
    'src/edit/draft.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'emptyTarget',
    'entry = { state, proxy: new Proxy<unknown[]>([], tableHandler(state)) };',
  ],
  ['src/edit/draft.ts', 'ConditionalExpression', "typeof key === 'string'", 'true', 'stringSet'],
  ['src/edit/draft.ts', 'ConditionalExpression', 'descriptor !== undefined', 'true', 'alwaysThere'],
  [
    'src/edit/patches.ts',
    'ConditionalExpression',
    "typeof table !== 'string'",
    'false',
    'stringSet',
  ],
  ['src/edit/patches.ts', 'ConditionalExpression', "typeof c !== 'number'", 'false', 'junkIndex'],
  [
    'src/edit/patches.ts',
    'ConditionalExpression',
    "typeof c !== 'number' || typeof k !== 'number'",
    'false',
    'junkIndex',
  ],
  [
    'src/edit/patches.ts',
    'LogicalOperator',
    "typeof c !== 'number' || typeof k !== 'number'",
    "typeof c !== 'number' && typeof k !== 'number'",
    'junkIndex',
  ],
  ['src/edit/patches.ts', 'ConditionalExpression', "typeof k !== 'number'", 'false', 'junkIndex'],
  ['src/edit/patches.ts', 'ConditionalExpression', 'rest.length === 0', 'false', 'wholeRecord'],
  [
    'src/edit/patches.ts',
    'BlockStatement',
    '{ let set = into.assigned.get(table);…',
    '{}',
    'wholeRecord',
  ],
  ['src/edit/patches.ts', 'ConditionalExpression', 'set === undefined', 'true', 'wholeRecord'],
  [
    'src/edit/patches.ts',
    'ConditionalExpression',
    'assigned?.has(i) === true',
    'false',
    'wholeRecord',
  ],
  [
    'src/edit/patches.ts',
    'EqualityOperator',
    'c << SHIFT < common',
    'c << SHIFT <= common',
    'emptyChunkTurn',
  ],
  [
    'src/edit/patches.ts',
    'ConditionalExpression',
    'after.chunks[c] === before.chunks[c]',
    'false',
    'sameChunk',
  ],
  [
    'src/edit/recipe.ts',
    'StringLiteral',
    "', '",
    '""',
    'oneKey',
    "throw invalid(`${what} needs its options (${required.join(', ')})`);",
  ],
  [
    'src/edit/recipe.ts',
    'ConditionalExpression',
    'at !== undefined && at < rows.length',
    'true',
    'confirmed',
  ],
  ['src/edit/recipe.ts', 'ConditionalExpression', 'at !== undefined', 'true', 'confirmed'],
  [
    'src/edit/recipe.ts',
    'LogicalOperator',
    'at !== undefined && at < rows.length',
    'at !== undefined || at < rows.length',
    'confirmed',
  ],
  ['src/edit/recipe.ts', 'ConditionalExpression', 'at < rows.length', 'true', 'confirmed'],
  ['src/edit/recipe.ts', 'EqualityOperator', 'at < rows.length', 'at <= rows.length', 'confirmed'],
  ['src/edit/recipe.ts', 'OptionalChaining', 'rows[at]?.id', 'rows[at].id', 'alwaysThere'],
  ['src/edit/recipe.ts', 'ArithmeticOperator', 'rows.length - 1', 'rows.length + 1', 'pastEndRow'],
  ['src/edit/recipe.ts', 'OptionalChaining', 'rows[i]?.id', 'rows[i].id', 'alwaysThere'],
  [
    'src/edit/aid.ts',
    'ConditionalExpression',
    "old.stage !== 'cancelled'",
    'true',
    'cancelledLast',
    ": old.stage !== 'cancelled' && ORDER[stage] > ORDER[old.stage];",
  ],
  [
    'src/edit/aid.ts',
    'StringLiteral',
    "'cancelled'",
    '""',
    'cancelledLast',
    ": old.stage !== 'cancelled' && ORDER[stage] > ORDER[old.stage];",
  ],
  [
    'src/edit/applyPatches.ts',
    'ConditionalExpression',
    "typeof table !== 'string'",
    'false',
    'stringSet',
  ],
  [
    'src/edit/applyPatches.ts',
    'ConditionalExpression',
    "typeof index === 'number'",
    'false',
    'sameNumber',
  ],
  [
    'src/edit/applyPatches.ts',
    'StringLiteral',
    "'number'",
    '""',
    'sameNumber',
    "const i = typeof index === 'number' ? index : Number(index);",
  ],
  ['src/edit/asOf.ts', 'ConditionalExpression', 'starts === undefined', 'true', 'cache'],
  ['src/edit/asOf.ts', 'Regex', '/^[A-Z]{3}$/', '/[A-Z]{3}$/', 'partyIds'],
  ['src/edit/asOf.ts', 'Regex', '/^[A-Z]{3}$/', '/^[A-Z]{3}/', 'partyIds'],
  [
    'src/edit/asOf.ts',
    'ConditionalExpression',
    'keptAid[i] === 1',
    'false',
    'keptSkip',
    'if ((starts[i] as number) > day || keptAid[i] === 1) continue;',
  ],
  ['src/edit/asOf.ts', 'ConditionalExpression', 's === undefined', 'false', 'sameLookup'],
  ['src/edit/asOf.ts', 'ConditionalExpression', 'a.coalition !== undefined', 'true', 'undefinedId'],
  [
    'src/edit/asOf.ts',
    'ConditionalExpression',
    'id !== undefined && !active.has(id)',
    'true',
    'namedActive',
  ],
  [
    'src/edit/asOf.ts',
    'LogicalOperator',
    'id !== undefined && !active.has(id)',
    'id !== undefined || !active.has(id)',
    'namedActive',
  ],
  ['src/edit/asOf.ts', 'ConditionalExpression', 'id !== undefined', 'true', 'namedActive'],
  [
    'src/edit/chunks.ts',
    'ArrayDeclaration',
    'new Array<unknown>(end - start)',
    'new Array()',
    'sized',
  ],
  ['src/edit/chunks.ts', 'ConditionalExpression', 'freeze', 'false', 'frozenChunks'],
  ['src/edit/chunks.ts', 'ConditionalExpression', 'chunks === undefined', 'true', 'cache'],
  [
    'src/edit/chunks.ts',
    'BooleanLiteral',
    'true',
    'false',
    'frozenChunks',
    'chunks = Object.freeze(split(rows, true));',
  ],
  ['src/edit/chunks.ts', 'UnaryOperator', '-1', '+1', 'noChangedChunk', 'let last = -1;'],
  ['src/edit/chunks.ts', 'ConditionalExpression', 'out.length > length', 'true', 'grownFilled'],
  [
    'src/edit/chunks.ts',
    'EqualityOperator',
    'out.length > length',
    'out.length >= length',
    'sameLength',
  ],
  ['src/edit/chunks.ts', 'ConditionalExpression', 'chunk === before[c]', 'false', 'allChunks'],
  [
    'src/edit/chunks.ts',
    'ConditionalExpression',
    'first === -1',
    'false',
    'wideHint',
    'if (first === -1) first = after.length;',
  ],
  ['src/edit/chunks.ts', 'ConditionalExpression', 'length === previous.length', 'true', 'wideHint'],
  [
    'src/edit/chunks.ts',
    'ConditionalExpression',
    'length === previous.length',
    'false',
    'wideHint',
  ],
  [
    'src/edit/chunks.ts',
    'EqualityOperator',
    'length === previous.length',
    'length !== previous.length',
    'wideHint',
  ],
  [
    'src/edit/chunks.ts',
    'MethodExpression',
    'Math.max(0, length - ((last + 1) << SHIFT))',
    'Math.min(0, length - (last + 1 << SHIFT))',
    'wideHint',
  ],
  ['src/edit/edit.ts', 'ConditionalExpression', 'form === undefined', 'true', 'cache'],
  ['src/edit/edit.ts', 'ConditionalExpression', 'after === before', 'false', 'sameChunks'],
  ['src/edit/edit.ts', 'ConditionalExpression', 'result === base', 'false', 'noChange'],
  [
    'src/edit/edit.ts',
    'ConditionalExpression',
    '!editIsValid(start, dataset, changes)',
    'true',
    'fullParse',
  ],
  ['src/edit/edit.ts', 'ConditionalExpression', '!full.ok', 'true', 'exactCheck'],
  [
    'src/edit/history.ts',
    'EqualityOperator',
    'entries.length > h.limit',
    'entries.length >= h.limit',
    'sliceAll',
  ],
  ['src/edit/posts.ts', 'UpdateOperator', 'ended++', 'ended--', 'countDown'],
  ['src/edit/rules.ts', 'ConditionalExpression', 'outer.from !== undefined', 'true', 'openBound'],
  ['src/edit/rules.ts', 'ConditionalExpression', 'inner.until === undefined', 'false', 'openBound'],
  [
    'src/edit/rules.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strykerList',
    '(t.trainees ?? []).every((r) => this.cites(r))',
  ],
  [
    'src/edit/rules.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strykerList',
    '(w.variants ?? []).every(',
  ],
  [
    'src/edit/rules.ts',
    'ArrayDeclaration',
    '[]',
    '["Stryker was here"]',
    'strykerList',
    'return a.variant === undefined || (system.variants ?? []).some((v) => v.id === a.variant);',
  ],
  [
    'src/edit/rules.ts',
    'ConditionalExpression',
    "case 'ammunitionFamilies': return this.cites(row);",
    "case 'ammunitionFamilies':",
    'strictShape',
  ],
  ['src/edit/validate.ts', 'ConditionalExpression', 'out === undefined', 'true', 'cache'],
  [
    'src/edit/validate.ts',
    'BlockStatement',
    '{ if (a === undefined || b === undefined) return true;…',
    '{}',
    'recheck',
  ],
  ['src/edit/validate.ts', 'ConditionalExpression', 'b === undefined', 'false', 'alwaysThere'],
  [
    'src/edit/validate.ts',
    'BooleanLiteral',
    'true',
    'false',
    'recheck',
    'if (a === undefined || b === undefined) return true;',
  ],
  [
    'src/edit/validate.ts',
    'ArrowFunction',
    '(k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]',
    '() => undefined',
    'recheck',
  ],
  [
    'src/edit/validate.ts',
    'ConditionalExpression',
    '(a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]',
    'false',
    'recheck',
  ],
  [
    'src/edit/validate.ts',
    'ConditionalExpression',
    'value !== (prev as Record<string, unknown>)[key]',
    'true',
    'recheck',
  ],
  [
    'src/edit/validate.ts',
    'OptionalChaining',
    'shape[key]?.safeParse',
    'shape[key].safeParse',
    'alwaysThere',
  ],
  ['src/edit/validate.ts', 'BooleanLiteral', 'false', 'true', 'recheck', 'let lost = false;'],
  ['src/edit/validate.ts', 'ConditionalExpression', '!UNREFERENCED.has(table)', 'true', 'recheck'],
  ['src/edit/validate.ts', 'ConditionalExpression', '!change.addedById.has(id)', 'true', 'recheck'],
  ['src/edit/validate.ts', 'ConditionalExpression', 'lost', 'true', 'recheck'],
  ['src/edit/validate.ts', 'BooleanLiteral', 'false', 'true', 'recheck', 'let chainTies = false;'],
  [
    'src/edit/validate.ts',
    'ConditionalExpression',
    "table === 'organisations'…",
    'true',
    'recheck',
  ],
  [
    'src/edit/validate.ts',
    'LogicalOperator',
    "table === 'organisations' && !sameBounds(before, row, ['from', 'until'])",
    "table === 'organisations' || !sameBounds(before, row, ['from', 'until'])",
    'recheck',
  ],
  ['src/edit/validate.ts', 'ConditionalExpression', "table === 'posts'…", 'true', 'recheck'],
  [
    'src/edit/validate.ts',
    'LogicalOperator',
    "table === 'posts' && !sameBounds(before, row, ['from', 'until', 'maxHolders'])",
    "table === 'posts' || !sameBounds(before, row, ['from', 'until', 'maxHolders'])",
    'recheck',
  ],
  ['src/edit/validate.ts', 'ConditionalExpression', "table === 'assignments'", 'true', 'recheck'],
  [
    'src/edit/validate.ts',
    'ConditionalExpression',
    "table === 'relationships'…",
    'true',
    'recheck',
  ],
  [
    'src/edit/validate.ts',
    'LogicalOperator',
    "table === 'relationships' && CHAIN.has((row as Relationship).authority)",
    "table === 'relationships' || CHAIN.has((row as Relationship).authority)",
    'recheck',
  ],
  ['src/edit/validate.ts', 'ConditionalExpression', "table === 'weaponSystems'", 'true', 'recheck'],
  ['src/edit/validate.ts', 'ConditionalExpression', 'lifetimes.size > 0', 'true', 'emptyGuard'],
  [
    'src/edit/validate.ts',
    'EqualityOperator',
    'lifetimes.size > 0',
    'lifetimes.size >= 0',
    'emptyGuard',
  ],
  [
    'src/edit/validate.ts',
    'ConditionalExpression',
    'lifetimes.has(r.subordinate) || lifetimes.has(r.superior)',
    'true',
    'recheck',
  ],
  ['src/edit/validate.ts', 'ConditionalExpression', 'posts.size > 0', 'true', 'emptyGuard'],
  ['src/edit/validate.ts', 'EqualityOperator', 'posts.size > 0', 'posts.size >= 0', 'emptyGuard'],
  ['src/edit/validate.ts', 'ConditionalExpression', 'systems.size > 0', 'true', 'recheck'],
  ['src/edit/validate.ts', 'EqualityOperator', 'systems.size > 0', 'systems.size >= 0', 'recheck'],
  [
    'src/edit/validate.ts',
    'ConditionalExpression',
    'a.system !== undefined && systems.has(a.system)',
    'true',
    'recheck',
  ],
  ['src/edit/validate.ts', 'ConditionalExpression', 'a.system !== undefined', 'true', 'sameLookup'],
  ['src/edit/validate.ts', 'ConditionalExpression', 'chainTies', 'true', 'recheck'],
  [
    'src/edit/changes.ts',
    'ConditionalExpression',
    'prev.length === next.length',
    'false',
    'wideHint',
  ],
  [
    'src/edit/changes.ts',
    'ConditionalExpression',
    'prevEnd - start <= SMALL && nextEnd - start <= SMALL',
    'false',
    'scanOrSet',
  ],
  [
    'src/edit/changes.ts',
    'LogicalOperator',
    'prevEnd - start <= SMALL && nextEnd - start <= SMALL',
    'prevEnd - start <= SMALL || nextEnd - start <= SMALL',
    'scanOrSet',
  ],
  ['src/edit/changes.ts', 'ConditionalExpression', 'prevEnd - start <= SMALL', 'true', 'scanOrSet'],
  ['src/edit/changes.ts', 'EqualityOperator', 'prevEnd - start <= SMALL', '…', 'scanOrSet'],
  ['src/edit/changes.ts', 'ArithmeticOperator', 'prevEnd - start', 'prevEnd + start', 'scanOrSet'],
  ['src/edit/changes.ts', 'ConditionalExpression', 'nextEnd - start <= SMALL', 'true', 'scanOrSet'],
  ['src/edit/changes.ts', 'EqualityOperator', 'nextEnd - start <= SMALL', '…', 'scanOrSet'],
  ['src/edit/changes.ts', 'ArithmeticOperator', 'nextEnd - start', 'nextEnd + start', 'scanOrSet'],
  ['src/edit/changes.ts', 'ConditionalExpression', 'before === after', 'false', 'emptyChange'],
  ['src/edit/changes.ts', 'ConditionalExpression', 'index === undefined', 'false', 'sameLookup'],
  [
    'src/edit/changes.ts',
    'ConditionalExpression',
    'change.removedById.has(id)',
    'false',
    'lostCheck',
  ],
  [
    'src/edit/changes.ts',
    'BlockStatement',
    '{ for (const c of changes.values()) deriveIdLookup(…',
    '{}',
    'cache',
  ],
  ['src/edit/ids.ts', 'ConditionalExpression', 'this.full !== undefined', 'false', 'cache'],
  ['src/edit/ids.ts', 'ConditionalExpression', '++this.uses >= SCANS', '…', 'scanOrMap'],
  ['src/edit/ids.ts', 'EqualityOperator', '++this.uses >= SCANS', '…', 'scanOrMap'],
  ['src/edit/ids.ts', 'UpdateOperator', '++this.uses', '--this.uses', 'scanOrMap'],
  [
    'src/edit/ids.ts',
    'BlockStatement',
    '{ this.full = build(this.rows); return this.full.get(id); }',
    '{}',
    'scanOrMap',
  ],
  ['src/edit/ids.ts', 'BlockStatement', '{ return this.full; }', '{}', 'cache'],
  [
    'src/edit/ids.ts',
    'EqualityOperator',
    'i < rows.length',
    'i <= rows.length',
    'pastEndRow',
    'for (let i = 0; i < rows.length; i++) {',
  ],
  ['src/edit/ids.ts', 'ConditionalExpression', 'id !== undefined', 'true', 'undefinedKey'],
  ['src/edit/ids.ts', 'ConditionalExpression', 'lookup === undefined', 'true', 'cache'],
  ['src/edit/ids.ts', 'ConditionalExpression', 'rows.length <= SMALL', '…', 'scanOrMap'],
  ['src/edit/ids.ts', 'EqualityOperator', 'rows.length <= SMALL', '…', 'scanOrMap'],
  ['src/edit/ids.ts', 'BlockStatement', '{ const cached = lookups.get(prev);…', '{}', 'cache'],
  [
    'src/edit/ids.ts',
    'ConditionalExpression',
    'cached === undefined || lookups.has(next)',
    'true',
    'cache',
  ],
  ['src/edit/ids.ts', 'ConditionalExpression', 'parent instanceof ScanLookup', 'true', 'scanOrMap'],
  ['src/edit/ids.ts', 'ConditionalExpression', 'next.length > SMALL', '…', 'scanOrMap'],
  ['src/edit/ids.ts', 'EqualityOperator', 'next.length > SMALL', '…', 'scanOrMap'],
  [
    'src/edit/ids.ts',
    'ConditionalExpression',
    'prevEnd !== nextEnd && prevEnd !== prev.length',
    'true',
    'cache',
  ],
  [
    'src/edit/ids.ts',
    'LogicalOperator',
    'prevEnd !== nextEnd && prevEnd !== prev.length',
    'prevEnd !== nextEnd || prevEnd !== prev.length',
    'cache',
  ],
  ['src/edit/ids.ts', 'ConditionalExpression', 'prevEnd !== nextEnd', 'true', 'cache'],
  ['src/edit/ids.ts', 'ConditionalExpression', 'prevEnd !== prev.length', 'true', 'cache'],
  [
    'src/edit/ids.ts',
    'ConditionalExpression',
    'delta.size + (prevEnd - start) + (nextEnd - start) > …',
    '…',
    'deltaCap',
  ],
  [
    'src/edit/ids.ts',
    'EqualityOperator',
    'delta.size + (prevEnd - start) + (nextEnd - start) > …',
    '…',
    'deltaCap',
  ],
  [
    'src/edit/ids.ts',
    'ArithmeticOperator',
    'delta.size + (prevEnd - start) + (nextEnd - start)',
    '…',
    'deltaCap',
  ],
  ['src/edit/ids.ts', 'ArithmeticOperator', 'delta.size + (prevEnd - start)', '…', 'deltaCap'],
  ['src/edit/ids.ts', 'ArithmeticOperator', 'prevEnd - start', 'prevEnd + start', 'deltaCap'],
  ['src/edit/ids.ts', 'ArithmeticOperator', 'nextEnd - start', 'nextEnd + start', 'deltaCap'],
  [
    'src/edit/ids.ts',
    'MethodExpression',
    'Math.max(MAX_DELTA, next.length / 8)',
    'Math.min(MAX_DELTA, next.length / 8)',
    'deltaCap',
  ],
  ['src/edit/ids.ts', 'ArithmeticOperator', 'next.length / 8', 'next.length * 8', 'deltaCap'],
  ['src/edit/ids.ts', 'BlockStatement', '{ return; }', '{}', 'deltaCap'],
  ['src/edit/ids.ts', 'EqualityOperator', 'i < nextEnd', 'i <= nextEnd', 'rightIndex'],
  [
    'src/dataset/integrity.ts',
    'EqualityOperator',
    'index < rows.length',
    'index <= rows.length',
    'pastEndRow',
  ],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    'v.from === undefined && (v.until === undefined || v.until === ENDED_DATE_UNKNOWN)',
    'false',
    'noBounds',
  ],
  [
    'src/dataset/integrity.ts',
    'LogicalOperator',
    'v.until === undefined || v.until === ENDED_DATE_UNKNOWN',
    'v.until === undefined && v.until === ENDED_DATE_UNKNOWN',
    'noBounds',
    'if (v.from === undefined && (v.until === undefined || v.until === ENDED_DATE_UNKNOWN)) {',
  ],
  [
    'src/dataset/integrity.ts',
    'ConditionalExpression',
    'v.until === undefined',
    'false',
    'noBounds',
    'if (v.from === undefined && (v.until === undefined || v.until === ENDED_DATE_UNKNOWN)) {',
  ],
  ['src/dataset/integrity.ts', 'BlockStatement', '{ return undefined; }', '{}', 'noBounds'],
  [
    'src/dataset/parse.ts',
    'ConditionalExpression',
    "typeof a === 'number'",
    'true',
    'sameContainer',
    "if (typeof a === 'number' && typeof b === 'number') return a - b;",
  ],
  [
    'src/dataset/parse.ts',
    'LogicalOperator',
    "typeof a === 'number' && typeof b === 'number'",
    "typeof a === 'number' || typeof b === 'number'",
    'sameContainer',
  ],
  [
    'src/dataset/parse.ts',
    'ConditionalExpression',
    "typeof b === 'number'",
    'true',
    'sameContainer',
    "if (typeof a === 'number' && typeof b === 'number') return a - b;",
  ],
  [
    'src/dataset/parse.ts',
    'ConditionalExpression',
    "typeof a === 'number'",
    'false',
    'sameContainer',
    "if (typeof a === 'number') return -1;",
  ],
  [
    'src/dataset/parse.ts',
    'StringLiteral',
    "'number'",
    '""',
    'sameContainer',
    "if (typeof a === 'number') return -1;",
  ],
  [
    'src/dataset/parse.ts',
    'ConditionalExpression',
    "typeof b === 'number'",
    'false',
    'sameContainer',
    "if (typeof b === 'number') return 1;",
  ],
  [
    'src/dataset/parse.ts',
    'StringLiteral',
    "'number'",
    '""',
    'sameContainer',
    "if (typeof b === 'number') return 1;",
  ],
  [
    'src/dataset/freeze.ts',
    'ConditionalExpression',
    "node === null || typeof node !== 'object' || Object.isFrozen(node)",
    'false',
    'refreeze',
  ],
  [
    'src/dataset/freeze.ts',
    'LogicalOperator',
    "node === null || typeof node !== 'object' || Object.isFrozen(node)",
    "(node === null || typeof node !== 'object') && Object.isFrozen(node)",
    'refreeze',
  ],
  [
    'src/dataset/freeze.ts',
    'ConditionalExpression',
    "node === null || typeof node !== 'object'",
    'false',
    'objectsOnly',
  ],
  [
    'src/dataset/freeze.ts',
    'LogicalOperator',
    "node === null || typeof node !== 'object'",
    "node === null && typeof node !== 'object'",
    'objectsOnly',
  ],
  ['src/dataset/freeze.ts', 'ConditionalExpression', 'node === null', 'false', 'objectsOnly'],
  [
    'src/dataset/freeze.ts',
    'ConditionalExpression',
    "typeof node !== 'object'",
    'false',
    'objectsOnly',
  ],
  ['src/dataset/freeze.ts', 'ConditionalExpression', 'Array.isArray(node)', 'false', 'forIn'],
  [
    'src/dataset/freeze.ts',
    'ConditionalExpression',
    "value !== null && typeof value === 'object'",
    'true',
    'filteredTwice',
  ],
  [
    'src/dataset/freeze.ts',
    'LogicalOperator',
    "value !== null && typeof value === 'object'",
    "value !== null || typeof value === 'object'",
    'filteredTwice',
  ],
  ['src/dataset/freeze.ts', 'ConditionalExpression', 'value !== null', 'true', 'filteredTwice'],
  [
    'src/dataset/freeze.ts',
    'ConditionalExpression',
    "typeof value === 'object'",
    'true',
    'filteredTwice',
  ],
  ['src/internal/immer.ts', 'ConditionalExpression', 'instance === undefined', 'true', 'cache'],
  [
    'src/dataset/parse.ts',
    'ConditionalExpression',
    "typeof z.compile === 'function'",
    'true',
    'compiled',
  ],
  [
    'src/dataset/parse.ts',
    'ConditionalExpression',
    "typeof z.compile === 'function'",
    'false',
    'compiled',
  ],
  [
    'src/dataset/parse.ts',
    'EqualityOperator',
    "typeof z.compile === 'function'",
    "typeof z.compile !== 'function'",
    'compiled',
  ],
  [
    'src/dataset/parse.ts',
    'StringLiteral',
    "'function'",
    '""',
    'compiled',
    "compiled ??= typeof z.compile === 'function' ? z.compile(DatasetSchema) : DatasetSchema;",
  ],
  [
    'src/edit/recipe.ts',
    'MethodExpression',
    'Math.min(rows.length, original.length)',
    'Math.max(rows.length, original.length)',
    'rescan',
  ],
  [
    'src/edit/recipe.ts',
    'MethodExpression',
    'Math.min(at ?? end, end)',
    'Math.max(at ?? end, end)',
    'rescan',
  ],
  ['src/edit/recipe.ts', 'ArithmeticOperator', 'from - 1', 'from + 1', 'rescan'],
  ['src/edit/recipe.ts', 'ArithmeticOperator', 'from + 1', 'from - 1', 'rescan'],
  ['src/edit/recipe.ts', 'EqualityOperator', 'i < end', 'i <= end', 'rescan'],
  [
    'src/edit/validate.ts',
    'MethodExpression',
    'next.assignments.filter((a) => posts.has(a.post))',
    'next.assignments',
    'recheck',
  ],
  [
    'src/edit/validate.ts',
    'LogicalOperator',
    'a.system !== undefined && systems.has(a.system)',
    'a.system !== undefined || systems.has(a.system)',
    'recheck',
  ],
].map(([file, mutator, code, replacement, why, context, nth]) => ({
  file,
  mutator,
  code,
  replacement,
  context,
  nth,
  reason: WHY[why] ?? fail(2, `mutation-score: no reason "${why}"`),
}));

const usage =
  'usage: node scripts/mutation-score.mjs [--report <path>] ' +
  '[--json | --markdown | --write <file> | --survivors]';
const args = process.argv.slice(2);
let reportPath = join(root, 'reports/mutation/mutation.json');
let format = 'table';
let writeTo;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--json') format = 'json';
  else if (arg === '--markdown') format = 'markdown';
  else if (arg === '--survivors') format = 'survivors';
  else if (arg === '--report' && args[i + 1] !== undefined) reportPath = args[(i += 1)];
  else if (arg === '--write' && args[i + 1] !== undefined) {
    format = 'markdown';
    writeTo = args[(i += 1)];
  } else fail(2, `mutation-score: unknown argument "${arg}"\n${usage}`);
}
if (!existsSync(reportPath)) {
  fail(2, `mutation-score: no report at ${reportPath}; run \`npm run mutation\` first.`);
}

/** @type {{ files: Record<string, { source: string, mutants: Mutant[] }> }} */
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const reportRoot = dirname(dirname(dirname(reportPath)));

/**
 * @typedef {{ id: string, mutatorName: string, replacement?: string, status: string,
 *   location: { start: { line: number, column: number }, end: { line: number, column: number } } }} Mutant
 */

const STATUSES = [
  'Killed',
  'Timeout',
  'Survived',
  'NoCoverage',
  'Ignored',
  'RuntimeError',
  'CompileError',
  'Pending',
];
const emptyCounts = () => ({ ...Object.fromEntries(STATUSES.map((s) => [s, 0])), Equivalent: 0 });

/** The path of a report file relative to the repository, with forward slashes. */
function pathOf(file) {
  return (isAbsolute(file) ? relative(reportRoot, file) : file).split('\\').join('/');
}

/** The area of a file: its first folder under src/ (`src/chain`), or the file for src/*.ts. */
function areaOf(path) {
  const parts = path.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : path;
}

/** The source text a mutant replaces, whitespace collapsed. */
function codeOf(source, { start, end }) {
  const lines = source.split('\n');
  const text =
    start.line === end.line
      ? (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1)
      : [
          (lines[start.line - 1] ?? '').slice(start.column - 1),
          ...lines.slice(start.line, end.line - 1),
          (lines[end.line - 1] ?? '').slice(0, end.column - 1),
        ].join('\n');
  return text.replace(/\s+/g, ' ').trim();
}

const matchesOf = new Map(EQUIVALENT.map((entry) => [entry, { undetected: 0, killed: 0 }]));

/** Whether a text fits a pattern: equal; `…` is any text, `…x` ends and `x…` starts with x. */
function fits(pattern, text) {
  if (pattern === '…') return true;
  if (pattern.startsWith('…')) return text.endsWith(pattern.slice(1));
  if (pattern.endsWith('…')) return text.startsWith(pattern.slice(0, -1));
  return pattern === text;
}

/** Which occurrence (from 1) of `code` on `line` starts at `column` (from 1). */
function occurrence(line, code, column) {
  let count = 0;
  for (let at = line.indexOf(code); at !== -1 && at < column; at = line.indexOf(code, at + 1)) {
    count += 1;
  }
  return count;
}

/** The equivalent-mutant entry a mutant matches, if any. */
function equivalentEntry(path, source, mutant) {
  const code = codeOf(source, mutant.location);
  const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').trim();
  const line = source.split('\n')[mutant.location.start.line - 1] ?? '';
  return EQUIVALENT.find(
    (entry) =>
      entry.file === path &&
      entry.mutator === mutant.mutatorName &&
      fits(entry.code, code) &&
      fits(entry.replacement, replacement) &&
      (entry.context === undefined || line.trim() === entry.context) &&
      (entry.nth === undefined ||
        occurrence(line, code, mutant.location.start.column) === entry.nth),
  );
}

const byArea = new Map();
const byFile = new Map();
/** Undetected mutants not listed, and listed mutants a test kills: the work left. */
const todo = [];
const overall = emptyCounts();
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const path = pathOf(file);
  const area = areaOf(path);
  if (!byArea.has(area)) byArea.set(area, emptyCounts());
  const counts = [byArea.get(area), emptyCounts(), overall];
  byFile.set(path, counts[1]);
  for (const mutant of mutants) {
    if (!STATUSES.includes(mutant.status)) {
      fail(2, `mutation-score: unknown mutant status "${mutant.status}" in ${path}`);
    }
    const entry = equivalentEntry(path, source, mutant);
    const undetected = mutant.status === 'Survived' || mutant.status === 'NoCoverage';
    if (entry !== undefined) matchesOf.get(entry)[undetected ? 'undetected' : 'killed'] += 1;
    if (undetected !== (entry !== undefined) && mutant.status !== 'Ignored') {
      const { line, column } = mutant.location.start;
      const code = codeOf(source, mutant.location).slice(0, 80);
      const label = undetected ? mutant.status : `${mutant.status} (listed as equivalent)`;
      todo.push(
        `${path}:${String(line)}:${String(column)} ${label} ${mutant.mutatorName}: ` +
          `${code} => ${(mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`,
      );
    }
    for (const c of counts) {
      c[mutant.status] += 1;
      if (entry !== undefined && undetected) c.Equivalent += 1;
    }
  }
}

/**
 * Stryker's mutation score: detected (killed or timed out) over valid mutants (detected, survived
 * or not covered); ignored mutants and those that do not compile or run do not count. `score`
 * also leaves out the undetected mutants listed as equivalent.
 */
function scores(counts) {
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  const percent = (n, d) => (d === 0 ? undefined : (100 * n) / d);
  return { stryker: percent(detected, valid), score: percent(detected, valid - counts.Equivalent) };
}

function row(area, counts, threshold) {
  const { stryker, score } = scores(counts);
  const ok = threshold === undefined || (score !== undefined && score >= threshold);
  return { area, ...counts, stryker, score, threshold, ok };
}

const rows = [...byArea.keys()].sort().map((area) => row(area, byArea.get(area), AREAS[area]));
for (const area of Object.keys(AREAS)) {
  if (!byArea.has(area)) rows.push(row(area, emptyCounts(), AREAS[area]));
}
rows.push(row('overall', overall, OVERALL));

const percent = (value) => (value === undefined ? 'n/a' : `${value.toFixed(2)}%`);
const cellsOf = (r) => [
  r.area,
  String(r.Killed),
  String(r.Timeout),
  String(r.Survived),
  String(r.NoCoverage),
  String(r.Equivalent),
  String(r.Ignored + r.RuntimeError + r.CompileError),
  percent(r.stryker),
  percent(r.score),
  r.threshold === undefined ? '' : `${String(r.threshold)}%`,
];
const header = [
  'area',
  'killed',
  'timeout',
  'survived',
  'no cov',
  'equivalent',
  'ignored',
  'stryker',
  'score',
  'min',
];

if (format === 'survivors') {
  for (const item of todo) console.log(item);
} else if (format === 'json') {
  console.log(JSON.stringify(rows, null, 2));
} else if (format === 'markdown') {
  const out = [];
  const md = (cells) => `| ${cells.join(' | ')} |`;
  out.push(md(header));
  out.push(md(header.map((_, i) => (i === 0 ? '---' : '---:'))));
  for (const r of rows) out.push(md(cellsOf(r).map((c, i) => (i === 0 ? `\`${c}\`` : c))));
  out.push('', '| file | mutator | code | replacement | mutants | why equivalent |');
  out.push('| --- | --- | --- | --- | ---: | --- |');
  for (const [entry, { undetected }] of matchesOf) {
    if (undetected === 0) continue;
    const code = (text) => (text === undefined ? 'any' : `\`${text.replaceAll('|', '\\|')}\``);
    out.push(
      md([
        `\`${entry.file}\``,
        entry.mutator,
        code(entry.code),
        code(entry.replacement),
        String(undetected),
        entry.reason,
      ]),
    );
  }
  if (writeTo === undefined) console.log(out.join('\n'));
  else writeBetweenMarkers(writeTo, out.join('\n'));
} else {
  const table = rows.map((r) => [...cellsOf(r), r.ok ? '' : 'FAIL']);
  const widths = [...header, ''].map((h, i) =>
    Math.max(h.length, ...table.map((cells) => cells[i].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line([...header, '']));
  for (const cells of table) console.log(line(cells));
}

// Keep the list true: an entry for code that is gone, or one a test now kills, is a mistake.
// Only areas present in the report are checked (a run of one area leaves the others out).
for (const [entry, { undetected, killed }] of matchesOf) {
  if (!byFile.has(entry.file)) continue;
  const what = `${entry.file} ${entry.mutator} \`${entry.code}\``;
  if (killed > 0)
    console.warn(`mutation-score: listed as equivalent but killed ${killed}x: ${what}`);
  else if (undetected === 0)
    console.warn(`mutation-score: equivalent entry matches nothing: ${what}`);
}

const failed = rows.filter((r) => !r.ok);
if (failed.length > 0) {
  const names = failed.map((r) =>
    r.score === undefined
      ? `${r.area} (no results)`
      : `${r.area} ${r.score.toFixed(2)}% < ${String(r.threshold)}%`,
  );
  fail(1, `mutation-score: under the threshold: ${names.join(', ')}`);
}

/** Replaces what stands between the mutation-score:begin and :end comments of a file. */
function writeBetweenMarkers(path, text) {
  const [begin, end] = ['<!-- mutation-score:begin -->', '<!-- mutation-score:end -->'];
  const old = readFileSync(path, 'utf8');
  const from = old.indexOf(begin);
  const to = old.indexOf(end);
  if (from === -1 || to < from) fail(2, `mutation-score: no ${begin} … ${end} in ${path}`);
  writeFileSync(path, `${old.slice(0, from + begin.length)}\n\n${text}\n\n${old.slice(to)}`);
}

/** Prints a message to stderr and exits with a code. */
function fail(code, message) {
  console.error(message);
  process.exit(code);
}
