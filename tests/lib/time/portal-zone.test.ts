/**
 * Which zone the portal shows times in, and how it is named. Bitrix24 shows a user's times in the
 * user's TIME_ZONE when user time zones are on; otherwise (TIME_ZONE empty) in server time, whose
 * offset every REST envelope carries in `time.date_start` (PHP `date('c')`). The browser's zone is
 * only a last resort, and only trusted for server time when it has the server's offset.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixedOffsetZone, parseUtcOffset, portalTimeZone, shortOffsetLabel, zoneDisplayName, zoneLabel, zoneName } from '@/lib/time/zone'

const WINTER = new Date('2026-01-15T12:00:00Z')
const SUMMER = new Date('2026-07-15T12:00:00Z')

describe('parseUtcOffset', () => {
  it.each([
    { text: '+01:00', minutes: 60 },
    { text: '-03:30', minutes: -210 },
    { text: '+0530', minutes: 330 },
    { text: '2026-03-11T11:53:04+01:00', minutes: 60 },
    { text: '2026-03-11T11:53:04Z', minutes: 0 },
    { text: 'soon', minutes: null },
    { text: '+25:00', minutes: null },
    { text: '', minutes: null },
  ])('$text → $minutes', ({ text, minutes }) => {
    expect(parseUtcOffset(text)).toBe(minutes)
  })
})

describe('portalTimeZone', () => {
  it('uses the user\'s own zone when the portal sends one', () => {
    expect(portalTimeZone('Asia/Shanghai', '+01:00', 'America/New_York', WINTER)).toBe('Asia/Shanghai')
  })

  it('without a user zone, shows server time, not the browser\'s', () => {
    expect(zoneOffsetAt(portalTimeZone(null, '+03:00', 'America/New_York', WINTER), WINTER)).toBe(180)
    expect(zoneOffsetAt(portalTimeZone('', '+01:00', 'Asia/Shanghai', WINTER), WINTER)).toBe(60)
    expect(zoneOffsetAt(portalTimeZone('Not/AZone', '+05:30', 'UTC', WINTER), WINTER)).toBe(330)
    expect(portalTimeZone(null, '-03:30', 'UTC', WINTER)).toBe('UTC')
  })

  it('keeps the browser\'s zone (and its DST) when it has the server\'s offset now', () => {
    expect(portalTimeZone(null, '+01:00', 'Europe/Berlin', WINTER)).toBe('Europe/Berlin')
    expect(portalTimeZone(null, '+02:00', 'Europe/Berlin', SUMMER)).toBe('Europe/Berlin')
  })

  it('falls back on the browser\'s zone only when the server offset is unknown', () => {
    expect(portalTimeZone(null, null, 'Europe/Berlin', WINTER)).toBe('Europe/Berlin')
  })
})

describe('fixedOffsetZone', () => {
  it('is an IANA zone with that offset all year', () => {
    for (const minutes of [-720, -570, -60, 0, 60, 180, 330, 345, 840]) {
      const zone = fixedOffsetZone(minutes)
      expect(zone, String(minutes)).not.toBeNull()
      expect([zoneOffsetAt(zone!, WINTER), zoneOffsetAt(zone!, SUMMER)]).toEqual([minutes, minutes])
    }
    // Every zone at -03:30 (Newfoundland) has DST: none is offered rather than a wrong one.
    expect(fixedOffsetZone(-210)).toBeNull()
  })
})

describe('naming a zone', () => {
  it('in words, not as an IANA id', () => {
    expect(zoneName('Europe/Berlin', 'en', WINTER)).toBe('Germany Time')
    expect(zoneName('Europe/Moscow', 'ru', WINTER)).toBe('Москва')
    expect(zoneName('America/New_York', 'en', WINTER)).toBe('Eastern Time')
    expect(zoneName('Etc/GMT-1', 'en', WINTER)).toBeNull()
  })

  it('with the offset of that date: DST follows the date, not today', () => {
    expect(zoneDisplayName('Europe/Berlin', 'en', WINTER)).toBe('Germany Time (UTC+1)')
    expect(zoneDisplayName('Europe/Berlin', 'en', SUMMER)).toBe('Germany Time (UTC+2)')
    expect(zoneLabel('America/New_York', SUMMER)).toBe('UTC-04:00')
    expect(zoneDisplayName('Etc/GMT-3', 'en', SUMMER)).toBe('UTC+3')
    expect(zoneDisplayName('Etc/GMT-3', 'en', SUMMER, 'Server time')).toBe('Server time (UTC+3)')
    expect(zoneDisplayName('Europe/Berlin', 'en', SUMMER, 'Server time')).toBe('Germany Time (UTC+2)')
    expect(zoneDisplayName('Europe/Berlin', 'en', SUMMER)).not.toContain('Europe/Berlin')
  })

  it('names the zone once: UTC itself is not "UTC+00:00 · UTC"', () => {
    expect(zoneDisplayName('UTC', 'en', SUMMER, 'Server time')).toBe('Server time (UTC)')
    expect(zoneDisplayName('UTC', 'en', SUMMER)).toBe('UTC')
    expect(zoneDisplayName('Asia/Kolkata', 'en', SUMMER)).toBe('India Time (UTC+5:30)')
  })

  it('writes every real offset in short form and loses nothing', () => {
    fc.assert(fc.property(fc.integer({ min: -12 * 60, max: 14 * 60 }), (minutes) => {
      const match = /^UTC(?:([+-])(\d{1,2})(?::(\d\d))?)?$/.exec(shortOffsetLabel(minutes))
      expect(match).not.toBeNull()
      const [, sign = '+', hours = '0', rest = '0'] = match!
      expect((sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(rest))).toBe(minutes)
      expect(shortOffsetLabel(minutes)).not.toMatch(/:00$|[+-]0\d/)
    }))
  })
})

function zoneOffsetAt(zone: string, at: Date): number {
  const text = zoneLabel(zone, at).slice(3)
  return parseUtcOffset(text)!
}
