/**
 * Days, offsets and presets in an explicit zone: an entry belongs to the viewer's calendar day,
 * and form values round-trip through the zone, DST included.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDayKey } from '@/lib/time/display'
import { matchPreset, presetPeriod } from '@/lib/time/period'
import { addDays, inRange, isDayKey } from '@/lib/time/range'
import { dayKey, formatOffset, fromLocalInputValue, isValidTimeZone, toLocalInputValue, toZonedIso, zoneLabel, zoneOffsetMinutes } from '@/lib/time/zone'

describe('zone', () => {
  it.each([
    { iso: '2024-05-16T22:30:00Z', zone: 'Europe/Moscow', day: '2024-05-17' },
    { iso: '2024-05-16T22:30:00Z', zone: 'UTC', day: '2024-05-16' },
    { iso: '2024-05-17T02:00:00+03:00', zone: 'America/New_York', day: '2024-05-16' },
  ])('$iso is on $day in $zone', ({ iso, zone, day }) => {
    expect(dayKey(new Date(iso), zone)).toBe(day)
  })

  it('knows offsets, DST included', () => {
    expect(zoneOffsetMinutes(new Date('2024-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60)
    expect(zoneOffsetMinutes(new Date('2024-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120)
    expect(zoneOffsetMinutes(new Date('2024-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330)
    expect(formatOffset(-210)).toBe('-03:30')
    expect(zoneLabel('Europe/Moscow', new Date())).toBe('UTC+03:00')
  })

  it('writes ISO with the zone offset, as Bitrix does', () => {
    expect(toZonedIso(new Date('2024-05-16T07:33:00Z'), 'Europe/Moscow')).toBe('2024-05-16T10:33:00+03:00')
    expect(toZonedIso(new Date('2024-05-16T07:33:00Z'), 'UTC')).toBe('2024-05-16T07:33:00+00:00')
  })

  it('reads form values in the zone and rejects malformed ones', () => {
    expect(fromLocalInputValue('2024-05-16T10:33', 'Europe/Moscow')?.toISOString()).toBe('2024-05-16T07:33:00.000Z')
    expect(fromLocalInputValue('2024-03-31T02:30', 'Europe/Berlin')?.toISOString()).toBe('2024-03-31T01:30:00.000Z')
    // A gap at midnight west of UTC moves forward too, never back into the day before.
    expect(fromLocalInputValue('1998-09-27T00:30', 'America/Santiago')?.toISOString()).toBe('1998-09-27T04:30:00.000Z')
    expect(fromLocalInputValue('2024-02-30T10:00', 'UTC')).toBeNull()
    expect(fromLocalInputValue('yesterday', 'UTC')).toBeNull()
  })

  it('round-trips a minute-precise instant through the form value in any zone', () => {
    const zones = ['UTC', 'Europe/Moscow', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe']
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 * 24 * 365 * 20 }), fc.constantFrom(...zones), (minutes, zone) => {
      const instant = new Date(Date.UTC(2015, 0, 1) + minutes * 60_000)
      const back = fromLocalInputValue(toLocalInputValue(instant, zone), zone)!
      // Wall-clock times repeated by a DST fall-back are ambiguous; both readings are fine.
      expect(toLocalInputValue(back, zone)).toBe(toLocalInputValue(instant, zone))
    }))
  })

  it('validates zone names', () => {
    expect(isValidTimeZone('Europe/Moscow')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
    expect(isValidTimeZone(null)).toBe(false)
  })
})

describe('ranges and presets', () => {
  const thursday = new Date('2024-05-16T12:00:00Z')

  it.each([
    { preset: 'this-week', from: '2024-05-13', to: '2024-05-19' },
    { preset: 'last-week', from: '2024-05-06', to: '2024-05-12' },
    { preset: 'this-month', from: '2024-05-01', to: '2024-05-31' },
  ] as const)('$preset on Thu 2024-05-16 is $from..$to', ({ preset, from, to }) => {
    expect(presetPeriod(preset, thursday, 'UTC')).toEqual({ from, to })
    expect(matchPreset({ from, to }, thursday, 'UTC')).toBe(preset)
  })

  it('takes "today" in the viewer\'s zone: Sunday 23:30 UTC is Monday in Moscow', () => {
    const sundayNight = new Date('2024-05-19T23:30:00Z')
    expect(presetPeriod('this-week', sundayNight, 'UTC').from).toBe('2024-05-13')
    expect(presetPeriod('this-week', sundayNight, 'Europe/Moscow').from).toBe('2024-05-20')
  })

  it('handles February in a leap year and the week across a year', () => {
    expect(presetPeriod('this-month', new Date('2024-02-10T00:00:00Z'), 'UTC')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(presetPeriod('last-week', new Date('2025-01-02T00:00:00Z'), 'UTC')).toEqual({ from: '2024-12-23', to: '2024-12-29' })
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
  })

  it('checks day keys and inclusive ranges', () => {
    expect(isDayKey('2024-02-29')).toBe(true)
    expect(isDayKey('2023-02-29')).toBe(false)
    expect(isDayKey('2024-5-1')).toBe(false)
    expect(inRange('2024-05-13', { from: '2024-05-13', to: '2024-05-19' })).toBe(true)
    expect(inRange('2024-05-20', { from: '2024-05-13', to: '2024-05-19' })).toBe(false)
    expect(inRange('1999-01-01', { from: null, to: null })).toBe(true)
    expect(matchPreset({ from: '2024-05-14', to: '2024-05-19' }, thursday, 'UTC')).toBeNull()
  })

  it('formats a day key without shifting it', () => {
    expect(formatDayKey('2024-05-16', 'en')).toBe('Thu, May 16, 2024')
  })
})
