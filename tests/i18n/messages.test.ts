/**
 * The locale files are complete: en and ru have the same keys, every error code has a message,
 * and every literal key the source passes to t()/$t() exists (the "missing keys" lint).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { API_ERROR_CODES } from '@/api/errors'

const root = join(import.meta.dirname, '../..')
interface Messages { [key: string]: string | Messages }

function readJson(path: string): Messages {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Messages
}

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

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(?:ts|vue)$/.test(name) ? [path] : []
  })
}

const en = flatten(readLocale('en'))
const ru = flatten(readLocale('ru'))

describe('locale files', () => {
  it('en and ru have exactly the same keys', () => {
    expect([...ru.keys()].sort()).toEqual([...en.keys()].sort())
  })

  it('no message is empty', () => {
    for (const [key, text] of [...en, ...ru])
      expect(text.trim(), key).not.toBe('')
  })

  it('a message uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort()
    for (const [key, text] of en)
      expect(placeholders(ru.get(key) ?? ''), key).toEqual(placeholders(text))
  })

  it.each(API_ERROR_CODES.map(code => ({ code })))('error $code has a message', ({ code }) => {
    expect(en.has(`errors.${code}`)).toBe(true)
    expect(ru.has(`errors.${code}`)).toBe(true)
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
