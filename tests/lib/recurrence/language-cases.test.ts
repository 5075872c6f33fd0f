/**
 * The language grid is full: every period and type Bitrix24's REPLICATE_PARAMS know (daily, daily on
 * working days, weekly, monthly by day and by weekday, yearly by day and by weekday) meets every end
 * condition (none, a date, a number of times) in LANGUAGE_CASES, so every language's sentence table
 * (sentence-<locale>.test.ts) covers them all.
 */
import type { Frequency, RepeatEnd } from '@/lib/recurrence'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_CASE_NAMES, languageCase } from './language-cases'

function kindOf(frequency: Frequency): string {
  switch (frequency.period) {
    case 'daily':
      return frequency.workdayOnly ? 'daily, working days' : 'daily'
    case 'weekly':
      return 'weekly'
    default:
      return `${frequency.period} by ${frequency.type}`
  }
}

const KINDS = ['daily', 'daily, working days', 'weekly', 'monthly by day', 'monthly by weekday', 'yearly by day', 'yearly by weekday']
const ENDS: ReadonlyArray<RepeatEnd['kind']> = ['endless', 'date', 'times']

describe('language cases', () => {
  const covered = new Set(LANGUAGE_CASE_NAMES.map((name) => {
    const { subject } = languageCase(name)
    return `${kindOf(subject.frequency)} × ${subject.end.kind}`
  }))

  it.each(KINDS.flatMap(kind => ENDS.map(end => ({ cell: `${kind} × ${end}` }))))('$cell has a case', ({ cell }) => {
    expect(covered).toContain(cell)
  })

  it('names no kind of recurrence the grid leaves out', () => {
    expect([...covered].filter(cell => !KINDS.includes(cell.split(' × ')[0]!))).toEqual([])
  })
})
