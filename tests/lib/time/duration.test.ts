/**
 * Durations: the three display formats, and the parser for what people type. Property tests pin
 * that what we display can always be typed back in and means the same time.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DURATION_FORMATS, formatDuration, formatExcess, isDurationFormat, MAX_ENTRY_SECONDS, parseDuration } from '@/lib/time/duration'

describe('formatDuration', () => {
  it.each([
    { seconds: 0, format: 'h:mm', locale: 'en', text: '0:00' },
    { seconds: 29, format: 'h:mm', locale: 'en', text: '0:00' },
    { seconds: 30, format: 'h:mm', locale: 'en', text: '0:01' },
    { seconds: 5400, format: 'h:mm', locale: 'en', text: '1:30' },
    { seconds: 3599, format: 'h:mm', locale: 'en', text: '1:00' },
    { seconds: 100 * 3600, format: 'h:mm', locale: 'en', text: '100:00' },
    { seconds: 5409, format: 'hh:mm:ss', locale: 'en', text: '01:30:09' },
    { seconds: 123 * 3600 + 5, format: 'hh:mm:ss', locale: 'en', text: '123:00:05' },
    { seconds: 5400, format: 'decimal', locale: 'en', text: '1.50' },
    { seconds: 5400, format: 'decimal', locale: 'ru', text: '1,50' },
    { seconds: 12_345 * 3600, format: 'decimal', locale: 'ru', text: '12345,00' },
    { seconds: -5400, format: 'h:mm', locale: 'en', text: '-1:30' },
  ] as const)('$seconds s as $format ($locale) is $text', ({ seconds, format, locale, text }) => {
    expect(formatDuration(seconds, format, locale)).toBe(text)
  })
})

describe('formatExcess', () => {
  it.each([
    [23, 'h:mm', '0:01'],
    [60, 'h:mm', '0:01'],
    [61, 'h:mm', '0:02'],
    [23, 'hh:mm:ss', '00:00:23'],
    [23, 'decimal', '0.01'],
    [37, 'decimal', '0.02'],
    [0, 'h:mm', '0:00'],
  ] as const)('formats %i s over plan as %s in %s', (seconds, format, expected) => {
    expect(formatExcess(seconds, format)).toBe(expected)
  })

  it('never reads as zero for a positive excess, and never understates it', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_ENTRY_SECONDS }), fc.constantFrom(...DURATION_FORMATS), (seconds, format) => {
      const shown = formatExcess(seconds, format)
      expect(shown).not.toBe(formatDuration(0, format))
      const parsed = parseDuration(shown)
      expect(parsed.ok && parsed.seconds >= seconds).toBe(true)
    }))
  })
})

describe('parseDuration', () => {
  it.each([
    { input: '1:30', seconds: 5400 },
    { input: '0:05', seconds: 300 },
    { input: '1:30:15', seconds: 5415 },
    { input: '1h 30m', seconds: 5400 },
    { input: '1h30m', seconds: 5400 },
    { input: '90m', seconds: 5400 },
    { input: '90 min', seconds: 5400 },
    { input: '2 hours 5 minutes', seconds: 7500 },
    { input: '1.5', seconds: 5400 },
    { input: '1,5', seconds: 5400 },
    { input: '.25', seconds: 900 },
    { input: '2', seconds: 7200 },
    { input: '1.5h', seconds: 5400 },
    { input: '1ч 30м', seconds: 5400 },
    { input: '1 час 30 минут', seconds: 5400 },
    { input: '45 сек', seconds: 45 },
    { input: '  1H 30M  ', seconds: 5400 },
    { input: '30m 1h', seconds: 5400 },
  ])('reads "$input" as $seconds s', ({ input, seconds }) => {
    expect(parseDuration(input)).toEqual({ ok: true, seconds })
  })

  it.each([
    { input: '', error: 'empty' },
    { input: '   ', error: 'empty' },
    { input: 'abc', error: 'invalid' },
    { input: '1:75', error: 'invalid' },
    { input: '1h 1h', error: 'invalid' },
    { input: '1x', error: 'invalid' },
    { input: '1h garbage', error: 'invalid' },
    { input: '-1', error: 'invalid' },
    { input: '1..5', error: 'invalid' },
    { input: '=1+1', error: 'invalid' },
    { input: '0', error: 'zero' },
    { input: '0:00', error: 'zero' },
    { input: '0m', error: 'zero' },
    { input: '10000', error: 'too-long' },
  ] as const)('rejects "$input" as $error', ({ input, error }) => {
    expect(parseDuration(input)).toEqual({ ok: false, error })
  })

  it('knows its formats', () => {
    expect(isDurationFormat('decimal')).toBe(true)
    expect(isDurationFormat('weeks')).toBe(false)
  })
})

describe('round trips', () => {
  const seconds = fc.integer({ min: 1, max: MAX_ENTRY_SECONDS })

  it('hh:mm:ss is exact', () => {
    fc.assert(fc.property(seconds, (value) => {
      expect(parseDuration(formatDuration(value, 'hh:mm:ss'))).toEqual({ ok: true, seconds: value })
    }))
  })

  it('h:mm comes back as the value rounded to the minute', () => {
    fc.assert(fc.property(fc.integer({ min: 30, max: MAX_ENTRY_SECONDS }), (value) => {
      expect(parseDuration(formatDuration(value, 'h:mm'))).toEqual({ ok: true, seconds: Math.round(value / 60) * 60 })
    }))
  })

  it('decimal comes back within 18 s (0.005 h) in both locales', () => {
    fc.assert(fc.property(fc.integer({ min: 18, max: MAX_ENTRY_SECONDS }), fc.constantFrom('en', 'ru'), (value, locale) => {
      const parsed = parseDuration(formatDuration(value, 'decimal', locale))
      expect(parsed.ok).toBe(true)
      if (parsed.ok)
        expect(Math.abs(parsed.seconds - value)).toBeLessThanOrEqual(18)
    }))
  })

  it('unit notation built from parts means the sum of its parts', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(['h', 'm'], ['ч', 'м'], [' hours ', ' min']), (hours, minutes, [h, m]) => {
      fc.pre(hours + minutes > 0)
      expect(parseDuration(`${hours}${h}${minutes}${m}`)).toEqual({ ok: true, seconds: hours * 3600 + minutes * 60 })
    }))
  })

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const parsed = parseDuration(text)
      if (parsed.ok)
        expect(parsed.seconds).toBeGreaterThan(0)
    }))
  })
})
