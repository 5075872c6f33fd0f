/**
 * The time-entry list's filter: authors, a range of days in the viewer's zone, where the time came
 * from (timer or typed in) and words of the comment. Pure functions over any record with those
 * fields, so the composable that calls them can change its internals freely.
 *
 * Search compares *normalised* text on both sides: case folded (so `ß` finds `SS` and Greek final
 * sigma finds `Σ`, `ı` finds `I`), compatibility-decomposed with every combining mark dropped (so `e` finds `é`
 * and `е` finds `ё`, Cyrillic included), runs of white space as one space, and comments without
 * their BBCode tags (`[b]Deploy[/b]` is found by "deploy", never by "[b]" or "url").
 * A comment is normalised on first need and remembered per distinct text (`createCommentIndex`),
 * so typing a query costs one `includes` per entry and no index exists until someone searches.
 */
import type { EntryFilter } from './aggregate'
import type { DayKey } from './zone'
import { inRange } from './range'

/** `any`, or only entries of one `SOURCE` (timer = 3, manual = 2; unknown-source entries match only `any`). */
export type SourceFilter = 'any' | 'timer' | 'manual'

export const SOURCE_FILTERS: readonly SourceFilter[] = ['any', 'timer', 'manual']

/** Queries are cut to this length: longer text cannot be a word someone typed to find an entry. */
export const MAX_SEARCH_LENGTH = 200

export interface EntryListFilter extends EntryFilter {
  /** Words to find in the comment, as typed; '' = no search. */
  search: string
  source: SourceFilter
}

export const NO_ENTRY_FILTER: EntryListFilter = { userIds: [], from: null, to: null, search: '', source: 'any' }

export interface FilterableEntry {
  userId: number
  day: DayKey
  source: string
  comment: string
}

/**
 * The tags src/lib/bbcode parses (its INLINE and TRANSPARENT sets, quote, code, url, list, `*`),
 * spelled out here so the list's first paint does not load the parser.
 */
const BBCODE_TAG = /\[\/?(?:[bius*p]|quote|code|url|list|color|size|font|left|center|right|justify|user|img|table|tr|td|th|disk|background)(?:=[^\]]*)?\]/gi
/** The same tags, found anywhere (no `g` flag: `test` keeps no state between calls). */
const ANY_BBCODE_TAG = new RegExp(BBCODE_TAG.source, 'i')
const COMBINING_MARK = /\p{M}+/gu
const WHITE_SPACE = /\s+/gu

/**
 * Text as the search compares it: case folded, without diacritics, white space collapsed.
 *
 * @example
 * normalizeSearchText('Çalışma  ЁЛКА') // 'calisma елка'
 */
export function normalizeSearchText(text: string): string {
  // Decomposed first, so that compatibility forms are folded too (㎒ → MHz); lower, upper, lower
  // folds what lower alone keeps apart (ẞ → ß → SS → ss, ſ → s, ı → i, the Greek iota subscript
  // → ι as Unicode's case folding does; ς → σ by hand, as lower case picks ς by context); marks
  // go last, with those case mapping composed (ǰ → J̌).
  const folded = text.normalize('NFKD').toLowerCase().toUpperCase().toLowerCase().replaceAll('ς', 'σ')
  return folded.normalize('NFKD').replace(COMBINING_MARK, '').replace(WHITE_SPACE, ' ')
}

/**
 * A comment's searchable text: its words without BBCode tags, normalised.
 *
 * @example
 * commentSearchText('[b]Déploy[/b] [url=https://ci.example]CI run[/url]') // 'deploy ci run'
 */
export function commentSearchText(comment: string): string {
  return normalizeSearchText(withoutBbcodeTags(comment))
}

/**
 * A comment's text with its BBCode tags taken out, as a row shows it until the rich renderer (a
 * lazy chunk) arrives: the words are there at once, the formatting follows, no tag ever flashes.
 *
 * @example
 * withoutBbcodeTags('[b]Deploy[/b] [url=https://ci.example]CI run[/url]') // 'Deploy CI run'
 */
export function withoutBbcodeTags(comment: string): string {
  return comment.includes('[') ? comment.replace(BBCODE_TAG, '') : comment
}

/**
 * True when a comment has a BBCode tag the renderer knows, so it is worth rendering as rich text.
 *
 * @example
 * hasBbcodeTag('[b]done[/b]') // true
 * hasBbcodeTag('array[0] = 1') // false
 */
export function hasBbcodeTag(comment: string): boolean {
  return comment.includes('[') && ANY_BBCODE_TAG.test(comment)
}

/** Maps a comment to its searchable text, normalising each distinct comment once. */
export type CommentIndex = (comment: string) => string

/**
 * A lazily filled comment index: entries that share a comment share one normalised string, and
 * nothing is computed for comments nobody searched.
 *
 * @example
 * const index = createCommentIndex(); index('Созвон с КЛИЕНТОМ') // 'созвон с клиентом'
 */
export function createCommentIndex(): CommentIndex {
  const known = new Map<string, string>()
  return (comment) => {
    let text = known.get(comment)
    if (text === undefined) {
      text = commentSearchText(comment)
      known.set(comment, text)
    }
    return text
  }
}

/**
 * Entries passing every part of the filter, order kept. `search` and `source` may be left out
 * (a view without them filters by authors and days only).
 *
 * @example
 * filterTimeEntries(entries, { userIds: [], from: '2026-03-09', to: '2026-03-15', search: 'deploy', source: 'manual' })
 */
export function filterTimeEntries<T extends FilterableEntry>(entries: readonly T[], filter: EntryFilter & Partial<Pick<EntryListFilter, 'search' | 'source'>>, index: CommentIndex = commentSearchText): T[] {
  const users = filter.userIds.length > 0 ? new Set(filter.userIds) : null
  const ranged = filter.from !== null || filter.to !== null
  const source = filter.source === 'timer' || filter.source === 'manual' ? filter.source : null
  const query = normalizeSearchText(filter.search ?? '').trim()
  if (!users && !ranged && !source && query === '')
    return entries.slice()
  return entries.filter(entry => (!users || users.has(entry.userId))
    && (!ranged || inRange(entry.day, filter))
    && (!source || entry.source === source)
    && (query === '' || index(entry.comment).includes(query)))
}
