/**
 * The demo templates' dates move with the emulator's clock by whole weeks inside the PHP-written
 * strings (emulator/data/template-dates.ts, emulator/README.md#clock). Checked with the
 * `php-serialize` package, not the app's own parser: every shifted string still unserializes,
 * keeps its byte length, and every date keeps its weekday and moves by exactly the shift.
 */
import { Buffer } from 'node:buffer'
import fc from 'fast-check'
import { unserialize } from 'php-serialize'
import { describe, expect, it } from 'vitest'
import { DAY_MS, DEMO_NOW, PINNED_TEST_NOW } from '../../emulator/data/clock'
import { demoShiftDays, isShiftable, shiftSiteDates, shiftTemplateColumns, WEEK_MS } from '../../emulator/data/template-dates'
import { TEMPLATE_SHIFT_DAYS, TEMPLATES } from '../../emulator/data/templates'
import rows from '../../emulator/data/templates.json' with { type: 'json' }

type Columns = Record<string, string | null>
const GENERATED = (rows.templates as Array<{ columns: Columns }>).map(row => row.columns)
const DATE = /\b(\d{2})\.(\d{2})\.(\d{4})\b/g

function datesOf(text: string): Array<{ day: number, month: number, year: number }> {
  return [...text.matchAll(DATE)].map(match => ({ day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) }))
}

const utcDay = ({ day, month, year }: { day: number, month: number, year: number }) => Date.UTC(year, month - 1, day)
const exists = (date: { day: number, month: number, year: number }) => new Date(utcDay(date)).getUTCDate() === date.day
function parses(text: string): boolean {
  try {
    unserialize(text)
    return true
  }
  catch {
    return false
  }
}

const weeks = fc.integer({ min: -520, max: 520 }).map(count => count * 7)

describe('template dates and the emulator clock', () => {
  it('leaves the rows exactly as PHP wrote them at the pinned demo clock (the test configs pin it)', () => {
    expect(DEMO_NOW).toBe(PINNED_TEST_NOW)
    expect(TEMPLATE_SHIFT_DAYS).toBe(0)
    for (const columns of GENERATED)
      expect(TEMPLATES.get(Number(columns.ID))!.columns.REPLICATE_PARAMS).toBe(columns.REPLICATE_PARAMS)
  })

  it('shifts by whole weeks, so that now is at most a week before the shifted demo now', () => {
    fc.assert(fc.property(fc.integer({ min: -3650 * DAY_MS, max: 3650 * DAY_MS }), (offset) => {
      const now = DEMO_NOW + offset
      const days = demoShiftDays(now)
      expect(Number.isInteger(days / 7)).toBe(true)
      const shiftedDemoNow = DEMO_NOW + days * DAY_MS
      expect(shiftedDemoNow).toBeGreaterThanOrEqual(now)
      expect(shiftedDemoNow - now).toBeLessThan(WEEK_MS)
    }))
  })

  it('keeps every shifted REPLICATE_PARAMS unserializable (when the PHP-written one is), the same length, and every date on its weekday', () => {
    fc.assert(fc.property(weeks, (days) => {
      for (const columns of GENERATED) {
        const original = columns.REPLICATE_PARAMS
        if (original === null || original === undefined)
          continue
        const shifted = shiftTemplateColumns(columns, days).REPLICATE_PARAMS!
        expect(Buffer.byteLength(shifted)).toBe(Buffer.byteLength(original))
        // Template 147 is truncated on purpose: it must stay exactly as unreadable as PHP left it.
        expect(parses(shifted)).toBe(parses(original))
        const before = datesOf(original)
        const after = datesOf(shifted)
        expect(after).toHaveLength(before.length)
        before.forEach((date, index) => {
          const moved = after[index]!
          if (!isShiftable(original) || !exists(date)) {
            expect(moved).toEqual(date)
            return
          }
          expect(utcDay(moved) - utcDay(date)).toBe(days * DAY_MS)
          expect(new Date(utcDay(moved)).getUTCDay()).toBe(new Date(utcDay(date)).getUTCDay())
        })
      }
    }), { numRuns: 200 })
  })

  it('moves the flagship template 139 a week on, keeps monthly and yearly rules and impossible dates as written', () => {
    const row = (id: number) => GENERATED.find(columns => Number(columns.ID) === id)!
    expect(shiftTemplateColumns(row(139), 7).REPLICATE_PARAMS).toContain('s:19:"NEXT_EXECUTION_TIME";s:19:"24.03.2026 11:00:00";')
    expect(shiftTemplateColumns(row(143), 7)).toBe(row(143))
    expect(shiftSiteDates('30.02.2026 and 01.01.2026', 7)).toBe('30.02.2026 and 08.01.2026')
  })
})
