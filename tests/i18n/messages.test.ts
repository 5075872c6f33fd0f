/**
 * The locale files are complete: every language has exactly English's keys in every feature, uses
 * the same placeholders and plural form counts, says something other than English (unless the words
 * are the same in both: brand names, units, codes), every error code has a message, and every literal
 * key the source passes to t()/$t() exists (the "missing keys" lint).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { API_ERROR_CODES } from '@/api/errors'

const root = join(import.meta.dirname, '../..')
interface Messages { [key: string]: string | Messages }

/** Every locale file `readLocale` has read, so a test can tell that none is left out. */
const readFiles = new Set<string>()

function readJson(path: string): Messages {
  readFiles.add(path)
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Messages
}

/** Every language: its file suffix (`locales/<suffix>.json`), as the app's loaders name them. */
const LANGUAGES = ['en', 'ru', 'de', 'es', 'pt-br', 'pl', 'uk'] as const
type Language = typeof LANGUAGES[number]

/** The list's messages plus the parts merged when the form, the entry page, the filters and the shortcuts dialog load (features/time-entries/messages.ts). */
function entriesLocale(name: string): Messages {
  const base = readJson(`src/features/time-entries/locales/${name}.json`)
  return {
    ...base,
    form: readJson(`src/features/time-entries/locales/form.${name}.json`),
    detail: { ...(base.detail as Messages), ...readJson(`src/features/time-entries/locales/detail.${name}.json`) },
    filters: { ...(base.filters as Messages), ...readJson(`src/features/time-entries/locales/filters.${name}.json`) },
    shortcuts: { ...(base.shortcuts as Messages), ...readJson(`src/features/time-entries/locales/shortcuts.${name}.json`) },
  }
}

/** Mirrors `src/i18n/index.ts` (and the installer's merge): the shell's messages plus each feature's under its namespace. */
function readLocale(name: string): Messages {
  return {
    ...readJson(`src/i18n/locales/${name}.json`),
    // Merged when the shell's own pages load (features/shell/messages.ts).
    ...readJson(`src/features/shell/locales/${name}.json`),
    entries: entriesLocale(name),
    // Merged when the template views load (features/task-template/messages.ts).
    template: readJson(`src/features/task-template/locales/${name}.json`),
    // Merged by the installer entry only (features/install/messages.ts), not by i18n/index.ts.
    install: readJson(`src/features/install/locales/${name}.json`),
    // Merged when the timesheet views load (features/timesheet/messages.ts), and by its export menu,
    // chart and pickers (features/timesheet/components/messages.ts).
    timesheet: {
      ...readJson(`src/features/timesheet/locales/${name}.json`),
      export: readJson(`src/features/timesheet/locales/export.${name}.json`),
      chart: readJson(`src/features/timesheet/locales/chart.${name}.json`),
      picker: readJson(`src/features/timesheet/locales/picker.${name}.json`),
    },
  }
}

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') {
      flat.set(path, value)
    }
    else {
      for (const [inner, text] of flatten(value, path)) flat.set(inner, text)
    }
  }
  return flat
}

function sourceFiles(dir: string, pattern = /\.(?:ts|vue)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path, pattern) : pattern.test(name) ? [path] : []
  })
}

/** Every `locales/*.json` under src/, relative to the repository (`src/features/timesheet/locales/chart.pl.json`). */
const localeFiles = sourceFiles(join(root, 'src'), /\.json$/)
  .map(path => path.slice(root.length + 1).split('\\').join('/'))
  .filter(path => /\/locales\/[^/]+\.json$/.test(path))
  .sort()

/** A locale file's part and language: `…/locales/chart.pt-br.json` → `…/locales/chart`, `pt-br`. */
function partOf(path: string): { part: string, language: string } {
  const match = /^(.*\/locales\/(?:[\w-]+\.)?)([\w-]+)\.json$/.exec(path)!
  return { part: match[1]!.replace(/\.$/, ''), language: match[2]! }
}

const locales = new Map<Language, Map<string, string>>(LANGUAGES.map(language => [language, flatten(readLocale(language))]))
const en = locales.get('en')!
const others = LANGUAGES.filter(language => language !== 'en').map(language => ({ language, messages: locales.get(language)! }))

/**
 * Messages that may read exactly as in English: the brand, codes and units written the same way,
 * `null` and type names of PHP, and layouts that are only placeholders.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly Language[] | 'all'>> = {
  'install.cardEntry.title': 'all',
  'entries.list.timerRange': 'all',
  'entries.shortcuts.deleteKey': ['ru', 'uk'],
  'entries.format.hmm': ['de', 'es', 'pt-br'],
  'entries.format.hhmmss': ['de', 'es', 'pt-br'],
  'entries.total': ['es', 'pt-br'],
  'entries.source.manual': ['es', 'pt-br'],
  'entries.source.timer': ['de'],
  'entries.filters.source.manual': ['es', 'pt-br'],
  'entries.filters.source.timer': ['de'],
  'timesheet.grid.total': ['es', 'pt-br'],
  'timesheet.chart.total': ['es', 'pt-br'],
  'timesheet.report.rowHeader.person': ['de'],
  'timesheet.drill.columns.person': ['de'],
  'template.summary.crm': 'all',
  'template.summary.status': ['de', 'pl'],
  'template.summary.tags': ['de', 'pt-br'],
  'entries.group.user': ['de'],
  'template.doctor.why.unreadable': ['pt-br'],
  'template.tree.enum': ['ru'],
  'template.offsets.hour': ['es', 'pt-br'],
  'template.offsets.minute': ['es', 'pt-br', 'pl'],
  'template.offsets.second': ['es', 'pt-br', 'pl'],
  'template.offsets.day': ['es', 'pt-br'],
  'template.crm.lead': ['de', 'pt-br', 'pl'],
  'template.crm.deal': ['pl'],
  'template.raw.null': 'all',
  'template.tree.null': 'all',
  'template.tree.bool': ['ru', 'de'],
  'template.tree.int': ['ru', 'de'],
  'template.tree.float': ['ru', 'de'],
  'template.tree.string': ['de'],
  'template.tree.bytes': ['es', 'pt-br'],
  'template.flags.no': ['es'],
}

/** A layout of placeholders and punctuation only (`{task} · {day}`, `“{text}”`, `—`): nothing to translate. */
function layoutOnly(text: string): boolean {
  return !/\p{L}/u.test(text.replace(/\{\w+\}/g, ''))
}

function allowedSame(key: string, language: Language): boolean {
  if (layoutOnly(en.get(key) ?? ''))
    return true
  const allowed = SAME_AS_ENGLISH[key]
  return allowed === 'all' || (allowed?.includes(language) ?? false)
}

describe('locale files', () => {
  it('every locales/*.json of every feature (installer included) is among the files compared', () => {
    expect(localeFiles.length).toBeGreaterThan(LANGUAGES.length * 6)
    expect(localeFiles.filter(path => !readFiles.has(path))).toEqual([])
  })

  it('every part has a file in every language and no other', () => {
    const languagesByPart = new Map<string, string[]>()
    for (const path of localeFiles) {
      const { part, language } = partOf(path)
      languagesByPart.set(part, [...languagesByPart.get(part) ?? [], language])
    }
    for (const [part, languages] of languagesByPart)
      expect(languages.sort(), part).toEqual([...LANGUAGES].sort())
  })

  it.each(others)('$language has exactly the keys English has, in every feature', ({ messages }) => {
    const missing = [...en.keys()].filter(key => !messages.has(key))
    const extra = [...messages.keys()].filter(key => !en.has(key))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })

  it('no message is empty', () => {
    for (const messages of locales.values()) {
      for (const [key, text] of messages)
        expect(text.trim(), key).not.toBe('')
    }
  })

  it.each(others)('$language uses the same placeholders as English', ({ messages }) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort()
    for (const [key, text] of en)
      expect(placeholders(messages.get(key) ?? ''), key).toEqual(placeholders(text))
  })

  it.each(others)('$language has as many plural forms as English', ({ messages }) => {
    const forms = (text: string) => text.split(' | ').length
    for (const [key, text] of en)
      expect(forms(messages.get(key) ?? ''), key).toBe(forms(text))
  })

  it.each(others)('$language says every message in its own words, unless the words are the same (allow-list)', ({ language, messages }) => {
    const same = [...en].filter(([key, text]) => messages.get(key) === text && !allowedSame(key, language)).map(([key]) => key)
    expect(same).toEqual([])
  })

  it('the allow-list names only messages that exist', () => {
    expect(Object.keys(SAME_AS_ENGLISH).filter(key => !en.has(key))).toEqual([])
  })

  it.each(API_ERROR_CODES.map(code => ({ code })))('error $code has a message', ({ code }) => {
    for (const messages of locales.values())
      expect(messages.has(`errors.${code}`)).toBe(true)
  })

  it('every literal key used in src exists', () => {
    const used = new Set<string>()
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\$?\bt\(\s*'([\w.]+)'/g))
        used.add(match[1]!)
      for (const match of text.matchAll(/\b(?:label|title|messageKey)Key?:\s*'([a-z]\w*\.[\w.]+)'/g))
        used.add(match[1]!)
    }
    expect(used.size).toBeGreaterThan(10)
    const missing = [...used].filter(key => !en.has(key))
    expect(missing).toEqual([])
  })
})
