/**
 * `user.current` keeps the server's offset from the envelope's `time.date_start`: Bitrix24 shows
 * server time to a user without TIME_ZONE, and the view must be able to do the same.
 */
import { describe, expect, it } from 'vitest'
import { mapCurrentUser } from '@/api/time-entries'
import { portalTimeZone, zoneLabel } from '@/lib/time/zone'

const ROW = { ID: '5', NAME: 'Ann', LAST_NAME: 'Lee', TIME_ZONE: '' }

describe('the current user\'s zone', () => {
  it('keeps the server offset of the answer', () => {
    expect(mapCurrentUser(ROW, '2026-03-11T11:53:04+01:00')).toMatchObject({ timeZone: null, serverUtcOffset: '+01:00' })
    expect(mapCurrentUser(ROW)).toMatchObject({ timeZone: null, serverUtcOffset: null })
  })

  it('shows a user without TIME_ZONE in server time, wherever the browser is', () => {
    const me = mapCurrentUser(ROW, '2026-03-11T11:53:04+03:00')
    const at = new Date('2026-03-11T08:53:04Z')
    expect(zoneLabel(portalTimeZone(me.timeZone, me.serverUtcOffset, 'America/New_York', at), at)).toBe('UTC+03:00')
  })
})
