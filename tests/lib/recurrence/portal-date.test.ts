/**
 * Portal date strings parse in either culture format; a slashed date with both parts ≤ 12 is flagged
 * ambiguous unless another date of the same portal settles the order.
 */
import { describe, expect, it } from 'vitest'
import { inferDateOrder, parsePortalDate, parseTimeOfDay } from '@/lib/recurrence'

describe('parsePortalDate', () => {
  it.each([
    { raw: '16.03.2026 00:00:00', date: [2026, 3, 16, 0, 0], order: 'dmy', ambiguous: false, hasTime: true },
    { raw: '17.03.2026 11:00:00', date: [2026, 3, 17, 11, 0], order: 'dmy', ambiguous: false, hasTime: true },
    { raw: '03/16/2026 00:00:00', date: [2026, 3, 16, 0, 0], order: 'mdy', ambiguous: false, hasTime: true },
    { raw: '16/03/2026 09:30', date: [2026, 3, 16, 9, 30], order: 'dmy', ambiguous: false, hasTime: true },
    { raw: '03/04/2026 11:00:00', date: [2026, 3, 4, 11, 0], order: 'mdy', ambiguous: true, hasTime: true },
    { raw: '05/05/2026', date: [2026, 5, 5, 0, 0], order: 'mdy', ambiguous: false, hasTime: false },
    { raw: '03/17/2026 11:00:00 am', date: [2026, 3, 17, 11, 0], order: 'mdy', ambiguous: false, hasTime: true },
    { raw: '03/17/2026 12:15:00 am', date: [2026, 3, 17, 0, 15], order: 'mdy', ambiguous: false, hasTime: true },
    { raw: '03/17/2026 01:00:00 PM', date: [2026, 3, 17, 13, 0], order: 'mdy', ambiguous: false, hasTime: true },
    { raw: '2026-03-16 00:00:00', date: [2026, 3, 16, 0, 0], order: 'ymd', ambiguous: false, hasTime: true },
    { raw: '2026-03-17T11:00:00+01:00', date: [2026, 3, 17, 11, 0], order: 'ymd', ambiguous: false, hasTime: true },
    { raw: '16-03-2026', date: [2026, 3, 16, 0, 0], order: 'dmy', ambiguous: false, hasTime: false },
    { raw: ' 29.02.2028 ', date: [2028, 2, 29, 0, 0], order: 'dmy', ambiguous: false, hasTime: false },
  ])('reads $raw', ({ raw, date, order, ambiguous, hasTime }) => {
    const parsed = parsePortalDate(raw)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok)
      return
    const { year, month, day, hour, minute } = parsed.value
    expect([year, month, day, hour, minute]).toEqual(date)
    expect({ order: parsed.order, ambiguous: parsed.ambiguous, hasTime: parsed.hasTime }).toEqual({ order, ambiguous, hasTime })
  })

  it.each([
    { raw: '' },
    { raw: 'tomorrow' },
    { raw: '31.04.2026' },
    { raw: '29.02.2027' },
    { raw: '13/13/2026' },
    { raw: '16.03.2026 25:00:00' },
    { raw: '16.03.2026 11:60' },
    { raw: '03/17/2026 13:00 pm' },
    { raw: '2026-02-30' },
    { raw: '16.03.26' },
  ])('rejects $raw', ({ raw }) => {
    expect(parsePortalDate(raw)).toEqual({ ok: false, raw })
  })

  it.each([
    { raw: '03/04/2026', hint: 'dmy' as const, month: 4, day: 3 },
    { raw: '03/04/2026', hint: 'mdy' as const, month: 3, day: 4 },
  ])('settles $raw with the portal order $hint', ({ raw, hint, month, day }) => {
    const parsed = parsePortalDate(raw, hint)
    expect(parsed.ok && { month: parsed.value.month, day: parsed.value.day, ambiguous: parsed.ambiguous }).toEqual({ month, day, ambiguous: false })
  })
})

describe('inferDateOrder', () => {
  it.each([
    { raws: ['03/04/2026 00:00:00', '03/16/2026 11:00:00'], order: 'mdy' },
    { raws: ['03/04/2026', null, '16/03/2026'], order: 'dmy' },
    { raws: ['03/04/2026', '16.03.2026'], order: null },
    { raws: [undefined, ''], order: null },
  ])('infers $order from $raws', ({ raws, order }) => {
    expect(inferDateOrder(raws)).toBe(order)
  })
})

describe('parseTimeOfDay', () => {
  it.each([
    { raw: '11:00', expected: { hour: 11, minute: 0, second: 0 } },
    { raw: '5:07', expected: { hour: 5, minute: 7, second: 0 } },
    { raw: '23:59:59', expected: { hour: 23, minute: 59, second: 59 } },
    { raw: '12:00 pm', expected: { hour: 12, minute: 0, second: 0 } },
    { raw: '24:00', expected: null },
    { raw: '11', expected: null },
    { raw: '', expected: null },
  ])('reads $raw', ({ raw, expected }) => {
    expect(parseTimeOfDay(raw)).toEqual(expected)
  })
})
