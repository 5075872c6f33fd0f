/**
 * The CSV export: decimal hours are numbers a spreadsheet can sum, text cells are quoted and
 * neutralised, whatever the separator.
 */
import type { TimeEntry } from '@/api/time-entries'
import { describe, expect, it } from 'vitest'
import { entriesCsv } from '@/features/time-entries/export'

const entry: TimeEntry = {
  id: 7,
  taskId: 101,
  userId: 1,
  seconds: 5400,
  minutes: 90,
  comment: 'fixed; =1+1',
  source: 'manual',
  createdAt: new Date('2024-05-16T10:00:00Z'),
  startedAt: null,
  stoppedAt: null,
}

const labels = {
  headers: { date: 'Date', zone: 'Zone', author: 'Author', duration: 'Duration', hours: 'Hours', source: 'Source', comment: 'Comment', id: 'ID' },
  source: () => 'Manual',
  author: () => 'Ann',
}

function dataRow(locale: string): string {
  const text = entriesCsv([entry], { locale, timeZone: 'UTC', format: 'h:mm', labels })
  return text.slice(1).split('\r\n')[1]!
}

describe('entriesCsv', () => {
  it('writes hours as a bare number and the id as a number', () => {
    expect(dataRow('en')).toMatch(/,"1:30",1\.5,"Manual","fixed; '=1\+1",7$/)
    expect(dataRow('ru')).toMatch(/;"1:30";1,5;"Manual";"fixed; '=1\+1";7$/)
  })
})
