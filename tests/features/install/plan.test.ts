import type { AppLocale } from '@/i18n'
/**
 * The installer titles its placements in every language at once (`LANG_ALL`), keyed by the
 * portal's language codes (la, br, ua), not the app's BCP 47 tags: b24restdocs
 * api-reference/widgets/placement-bind.md, b24jssdk `B24LangList`.
 */
import { describe, expect, it } from 'vitest'
import { addInstallMessages } from '@/features/install/messages'
import { buildInstallPlan, placementTextsByLanguage, TASK_CARD_TEXT_KEYS, TOOLBAR_TEXT_KEYS } from '@/features/install/plan'
import { createAppI18n } from '@/i18n'

const i18n = addInstallMessages(createAppI18n('en'))
const translate = (key: string, locale: AppLocale) => i18n.global.t(key, {}, { locale })

describe('placementTextsByLanguage', () => {
  it('titles the task card entries in every portal language, by the portal\'s codes', () => {
    const texts = placementTextsByLanguage(translate)
    expect(Object.keys(texts).sort()).toEqual(['br', 'de', 'en', 'la', 'pl', 'ru', 'ua'])
    expect(texts.ua).toEqual({ title: 'Task Lens', description: 'Витрачений час і шаблони завдань просто в картці завдання' })
    expect(texts.la?.description).toMatch(/tarea/)
    expect(texts.br?.description).toMatch(/tarefa/)
  })

  it('titles the task lists\' toolbar entries with the timesheet\'s own words', () => {
    const texts = placementTextsByLanguage(translate, TOOLBAR_TEXT_KEYS)
    expect(Object.fromEntries(Object.entries(texts).map(([code, text]) => [code, text.title]))).toEqual({
      en: 'Timesheet',
      ru: 'Табель',
      de: 'Stundenzettel',
      la: 'Hoja de horas',
      br: 'Planilha de horas',
      pl: 'Karta czasu pracy',
      ua: 'Табель',
    })
  })

  it.each([['task card', TASK_CARD_TEXT_KEYS], ['toolbar', TOOLBAR_TEXT_KEYS]] as const)('the %s entries speak each language: no key, no English description', (_, keys) => {
    const texts = placementTextsByLanguage(translate, keys)
    const english = texts.en!
    for (const [code, text] of Object.entries(texts)) {
      expect(text.title, code).not.toMatch(/^install\./)
      expect(text.description, code).not.toMatch(/^install\./)
      if (code !== 'en')
        expect(text.description, code).not.toBe(english.description)
    }
  })

  it('gives the plan both sets: card placements and the toolbars, which need the intranet scope', () => {
    const plan = buildInstallPlan('https://app.example.com/install.html', placementTextsByLanguage(translate), placementTextsByLanguage(translate, TOOLBAR_TEXT_KEYS))
    expect(plan.placements.map(placement => [placement.code, placement.langAll.la?.title])).toEqual([
      ['TASK_VIEW_SIDEBAR', 'Task Lens'],
      ['TASK_VIEW_TAB', 'Task Lens'],
      ['TASK_USER_LIST_TOOLBAR', 'Hoja de horas'],
      ['TASK_GROUP_LIST_TOOLBAR', 'Hoja de horas'],
    ])
  })
})
