/**
 * The task.elapseditem.* layer: raw rows map to typed entries, `get`'s HTML escaping is undone
 * exactly, positional params go out in documented order (through the real client), and the paging
 * arithmetic reproduces Bitrix's `next` offsets.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSdkRestClient } from '@/api/client'
import { canAddParams, createTimeEntriesApi, entryFieldsPayload, mapGetResult, mapPage, mapTimeEntry, unescapeBitrixHtml } from '@/api/time-entries'
import { chunk, nextBatch } from '@/api/time-entries-paging'
import { keysetParams } from '@/api/time-entry-query'
import { htmlspecialcharsEx } from '../../emulator/php/values'
import { createFakeSdk } from '../helpers/fake-sdk'

const row = {
  ID: '7',
  TASK_ID: '691',
  USER_ID: '5',
  COMMENT_TEXT: 'Fixed <b>bug</b> & "quotes" [b]bb[/b]',
  SECONDS: '3660',
  MINUTES: '61',
  SOURCE: '3',
  CREATED_DATE: '2024-05-16T10:33:00+02:00',
  DATE_START: '2024-05-16T10:33:00+02:00',
  DATE_STOP: '2024-05-16T11:34:00+02:00',
}

describe('mapping', () => {
  it('maps a getlist row (strings, ISO dates with offset) to a TimeEntry', () => {
    expect(mapTimeEntry(row)).toEqual({
      id: 7,
      taskId: 691,
      userId: 5,
      seconds: 3660,
      minutes: 61,
      comment: 'Fixed <b>bug</b> & "quotes" [b]bb[/b]',
      source: 'timer',
      createdAt: new Date('2024-05-16T08:33:00Z'),
      startedAt: new Date('2024-05-16T08:33:00Z'),
      stoppedAt: new Date('2024-05-16T09:34:00Z'),
    })
  })

  it.each([
    { SOURCE: '1', source: 'unknown' },
    { SOURCE: '2', source: 'manual' },
    { SOURCE: '3', source: 'timer' },
    { SOURCE: '', source: 'unknown' },
  ])('sOURCE $SOURCE is $source', ({ SOURCE, source }) => {
    expect(mapTimeEntry({ ...row, SOURCE }).source).toBe(source)
  })

  it('rejects rows it cannot read', () => {
    expect(() => mapTimeEntry({ ...row, SECONDS: 'abc' })).toThrow(/SECONDS/)
    expect(() => mapTimeEntry({ ...row, CREATED_DATE: '' })).toThrow(/CREATED_DATE/)
  })

  it('accepts get as an object or a one-element array, and un-escapes its comment', () => {
    const escaped = { ...row, COMMENT_TEXT: htmlspecialcharsEx(row.COMMENT_TEXT) }
    expect(escaped.COMMENT_TEXT).toBe('Fixed &lt;b&gt;bug&lt;/b&gt; & &quot;quotes&quot; [b]bb[/b]')
    expect(mapGetResult(escaped)?.comment).toBe(row.COMMENT_TEXT)
    expect(mapGetResult([escaped])?.comment).toBe(row.COMMENT_TEXT)
    expect(mapGetResult([])).toBeNull()
    expect(mapGetResult(false)).toBeNull()
    expect(() => mapGetResult([escaped, escaped])).toThrow()
  })

  it.each([
    { raw: '&lt;b&gt;', text: '<b>' },
    { raw: '&amp;lt;', text: '&lt;' },
    { raw: '&amp;amp;', text: '&amp;' },
    { raw: 'a & b', text: 'a & b' },
    { raw: '&quot;x&quot;', text: '"x"' },
    { raw: 'it&#039;s', text: 'it\'s' },
  ])('un-escapes $raw as $text', ({ raw, text }) => {
    expect(unescapeBitrixHtml(raw)).toBe(text)
  })

  it('undoes plain htmlspecialchars (ENT_QUOTES) too, as some servers escape a bare &', () => {
    const htmlspecialchars = (text: string) => text.replace(/[&<>"']/g, char => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#039;' })[char]!)
    expect(unescapeBitrixHtml('Collected <b>finance</b> &amp; sales')).toBe('Collected <b>finance</b> & sales')
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('<', '>', '"', '\'', '&', 'a', ';', 'l', 't', 'g', 'q', 'u', 'o', 'm', 'p', '#', '3', '9', 'x', '2') }), (text) => {
      expect(unescapeBitrixHtml(htmlspecialchars(text))).toBe(text)
    }))
  })

  it('undoes htmlspecialcharsEx for any text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('<', '>', '"', '&', 'a', ';', 'l', 't', 'g', 'q', 'u', 'o', 'm', 'p', '#', '3', '9') }), (text) => {
      fc.pre(!/&#0?39;/.test(text))
      expect(unescapeBitrixHtml(htmlspecialcharsEx(text))).toBe(text)
    }))
  })
})

describe('positional params', () => {
  it('builds getlist, isactionallowed and write payloads in documented order', () => {
    expect((keysetParams({ taskId: 691 }, 0) as unknown[])[2]).toEqual({ '>ID': 0 })
    expect(keysetParams({ taskId: 691 }, 3)).toEqual([691, { ID: 'desc' }, { '<ID': 3 }, ['ID', 'TASK_ID', 'USER_ID', 'COMMENT_TEXT', 'SECONDS', 'MINUTES', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'], { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }])
    expect(canAddParams(691)).toEqual([691, 1, 1])
    expect(Object.keys(entryFieldsPayload({ seconds: 60, comment: '', createdDate: '2024-05-16T10:00:00+03:00' }))).toEqual(['SECONDS', 'COMMENT_TEXT', 'CREATED_DATE'])
  })

  it('never sends an empty ORDER or FILTER: inside a batch qs would drop it and shift SELECT', () => {
    const [, order, filter] = keysetParams({ taskId: 1 }, 0) as unknown[]
    expect(Object.keys(order as object).length).toBeGreaterThan(0)
    expect(Object.keys(filter as object).length).toBeGreaterThan(0)
  })

  it('goes out through the real client as numbered keys inside one batch', async () => {
    const fake = createFakeSdk((method) => {
      if (method === 'tasks.task.get')
        return { result: { task: { id: '691', title: 'T', timeEstimate: '0', timeSpentInLogs: '0', allowTimeTracking: 'Y', forkedByTemplateId: null, responsibleId: '1' } } }
      if (method === 'task.elapseditem.getlist')
        return { result: [row], total: 1 }
      if (method === 'task.elapseditem.isactionallowed')
        return { result: false }
      return { result: { ID: '5', NAME: 'Ann', LAST_NAME: 'Lee', TIME_ZONE: 'Europe/Moscow' } }
    })
    const api = createTimeEntriesApi(createSdkRestClient(fake.sdk))
    const opening = await api.open(691)
    expect(fake.calls).toHaveLength(1)
    const commands = fake.calls[0]!.params as Record<string, { method: string, params: unknown }>
    expect(JSON.stringify(commands.entries!.params)).toBe('{"0":691,"1":{"ID":"desc"},"2":{">ID":0},"3":["ID","TASK_ID","USER_ID","COMMENT_TEXT","SECONDS","MINUTES","SOURCE","CREATED_DATE","DATE_START","DATE_STOP"],"4":{"NAV_PARAMS":{"nPageSize":50,"iNumPage":1}}}')
    expect(JSON.stringify(commands.canAdd!.params)).toBe('{"0":691,"1":1,"2":1}')
    expect(opening.canAdd).toBe(false)
    expect(opening.me).toMatchObject({ id: 5, name: 'Ann Lee', timeZone: 'Europe/Moscow' })
    expect(opening.firstPage).toMatchObject({ received: 1, total: 1 })
  })

  it('sends writes once, positionally, and reads the new id', async () => {
    const fake = createFakeSdk(method => (method === 'task.elapseditem.add' ? { result: 42 } : { result: null }))
    const api = createTimeEntriesApi(createSdkRestClient(fake.sdk))
    await expect(api.add(691, { seconds: 60, comment: 'x', createdDate: '2024-05-16T10:00:00+03:00' })).resolves.toBe(42)
    await api.update(691, 42, { seconds: 120, comment: 'y', createdDate: '2024-05-16T10:00:00+03:00' })
    await api.remove(691, 42)
    expect(fake.calls.map(call => [call.method, JSON.stringify(call.params)])).toEqual([
      ['task.elapseditem.add', '{"0":691,"1":{"SECONDS":60,"COMMENT_TEXT":"x","CREATED_DATE":"2024-05-16T10:00:00+03:00"}}'],
      ['task.elapseditem.update', '{"0":691,"1":42,"2":{"SECONDS":120,"COMMENT_TEXT":"y","CREATED_DATE":"2024-05-16T10:00:00+03:00"}}'],
      ['task.elapseditem.delete', '{"0":691,"1":42}'],
    ])
  })

  it('does not retry a write that failed on the network', async () => {
    const fake = createFakeSdk(() => ({ throws: { code: 'NETWORK_ERROR', message: 'down', status: 0 } }))
    const api = createTimeEntriesApi(createSdkRestClient(fake.sdk, { sleep: async () => {} }))
    await expect(api.remove(691, 1)).rejects.toMatchObject({ code: 'NETWORK_ERROR' })
    expect(fake.calls).toHaveLength(1)
  })
})

describe('keyset paging', () => {
  it('plans batches: 5,000 entries → page 1 opening, then 20 pages + users, three times 20 pages, 19 pages', () => {
    expect(nextBatch(99, 1)).toEqual({ pages: 20, includeUsers: true })
    expect(nextBatch(79, 0)).toEqual({ pages: 20, includeUsers: false })
    expect(nextBatch(19, 0)).toEqual({ pages: 19, includeUsers: false })
    expect(nextBatch(99, 1, 50)).toEqual({ pages: 50, includeUsers: false })
    expect(nextBatch(49, 1, 50)).toEqual({ pages: 49, includeUsers: true })
    expect(nextBatch(0, 1)).toEqual({ pages: 0, includeUsers: true })
    expect(nextBatch(0, 0)).toEqual({ pages: 0, includeUsers: false })
  })

  it('never plans more than 50 commands', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3 }), (pages, users) => {
      for (const max of [20, 50, 80]) {
        const plan = nextBatch(pages, users, max)
        expect(plan.pages + (plan.includeUsers ? users : 0)).toBeLessThanOrEqual(50)
        expect(plan.pages).toBe(Math.min(pages, max, 50))
      }
    }))
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]])
  })

  it('chains the pages of one batch by a reference to the previous page\'s 50th id', async () => {
    const fake = createFakeSdk(() => ({ result: { result: {}, result_error: {}, result_total: {}, result_next: {}, result_time: {} } }))
    const api = createTimeEntriesApi(createSdkRestClient(fake.sdk))
    await api.fetch(691, { after: 120, count: 3 }, []).catch(() => undefined)
    const commands = fake.calls[0]!.params as Record<string, { params: unknown[] }>
    expect(Object.values(commands).map(command => (command.params[2] as Record<string, unknown>)['<ID'])).toEqual([120, '$result[page0][49][ID]', '$result[page1][49][ID]'])
  })
})

describe('reading a page row by row', () => {
  const good = { ID: '1', TASK_ID: '691', USER_ID: '5', SECONDS: '60', SOURCE: '2', CREATED_DATE: '2024-05-16T10:33:00+02:00' }

  it.each([
    { case: 'SECONDS abc', row: { SECONDS: 'abc' } },
    { case: 'SECONDS null', row: { SECONDS: null } },
    { case: 'negative SECONDS', row: { SECONDS: '-1' } },
    { case: 'absurd SECONDS', row: { SECONDS: '999999999999' } },
    { case: 'impossible date', row: { CREATED_DATE: '2024-02-30T10:00:00+02:00' } },
    { case: 'date without offset', row: { CREATED_DATE: '2024-05-16T10:33:00' } },
    { case: 'another task', row: { TASK_ID: '692' } },
  ])('skips and counts a row with $case', ({ row }) => {
    const page = mapPage([good, { ...good, ID: '2', ...row }], 2, 691)
    expect(page.entries.map(entry => entry.id)).toEqual([1])
    expect(page).toMatchObject({ unreadable: 1, received: 2, lastId: 1, total: 2 })
  })

  it('never hides readable rows, whatever the others hold', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constant(good), fc.anything())), (rows) => {
      const page = mapPage(rows, null, 691)
      expect(page.entries).toHaveLength(rows.filter(row => row === good).length)
      expect(page.entries.length + page.unreadable).toBe(rows.length)
    }))
  })
})

describe('mapPage shares what repeats (heap per entry)', () => {
  it('gives equal instants one Date and equal comments one string, with the same values as mapping alone', () => {
    const rows = [
      { ID: '1', TASK_ID: '7', USER_ID: '1', SECONDS: '60', MINUTES: '1', SOURCE: '2', COMMENT_TEXT: 'Review', CREATED_DATE: '2024-05-16T10:00:00+02:00', DATE_START: '2024-05-16T12:00:00+02:00', DATE_STOP: '2024-05-16T12:00:00+02:00' },
      { ID: '2', TASK_ID: '7', USER_ID: '1', SECONDS: '60', MINUTES: '1', SOURCE: '3', COMMENT_TEXT: 'Review', CREATED_DATE: '2024-05-16T10:00:00+02:00', DATE_START: '2024-05-16T10:00:00+02:00', DATE_STOP: '2024-05-16T10:01:00+02:00' },
    ]
    const page = mapPage(rows, 2, 7)
    const [manual, timer] = page.entries
    expect(manual!.startedAt).toBe(manual!.stoppedAt)
    expect(timer!.startedAt).toBe(timer!.createdAt)
    expect(timer!.stoppedAt!.toISOString()).toBe('2024-05-16T08:01:00.000Z')
    expect(page.entries).toEqual(rows.map(row => mapTimeEntry(row)))
  })
})
