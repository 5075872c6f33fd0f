/**
 * The task.elapseditem.* layer: raw rows map to typed entries, `get`'s HTML escaping is undone
 * exactly, positional params go out in documented order (through the real client), and the paging
 * arithmetic reproduces Bitrix's `next` offsets.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSdkRestClient } from '@/api/client'
import { canAddParams, createTimeEntriesApi, entryFieldsPayload, getListParams, mapGetResult, mapTimeEntry, unescapeBitrixHtml } from '@/api/time-entries'
import { chunk, missingPages, nextBatch, nextOffset, pageCount, pageOfOffset } from '@/api/time-entries-paging'
import { htmlspecialcharsEx } from '../features/time-entries/fake-rest'
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
    expect(getListParams(691, 3)).toEqual([691, { ID: 'desc' }, { '>ID': 0 }, ['ID', 'TASK_ID', 'USER_ID', 'COMMENT_TEXT', 'SECONDS', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'], { NAV_PARAMS: { nPageSize: 50, iNumPage: 3 } }])
    expect(canAddParams(691)).toEqual([691, 1, 1])
    expect(Object.keys(entryFieldsPayload({ seconds: 60, comment: '', createdDate: '2024-05-16T10:00:00+03:00' }))).toEqual(['SECONDS', 'COMMENT_TEXT', 'CREATED_DATE'])
  })

  it('never sends an empty ORDER or FILTER: inside a batch qs would drop it and shift SELECT', () => {
    const [, order, filter] = getListParams(1, 1) as unknown[]
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
    expect(JSON.stringify(commands.entries!.params)).toBe('{"0":691,"1":{"ID":"desc"},"2":{">ID":0},"3":["ID","TASK_ID","USER_ID","COMMENT_TEXT","SECONDS","SOURCE","CREATED_DATE","DATE_START","DATE_STOP"],"4":{"NAV_PARAMS":{"nPageSize":50,"iNumPage":1}}}')
    expect(JSON.stringify(commands.canAdd!.params)).toBe('{"0":691,"1":1,"2":1}')
    expect(opening.canAdd).toBe(false)
    expect(opening.me).toMatchObject({ id: 5, name: 'Ann Lee', timeZone: 'Europe/Moscow' })
    expect(opening.firstPage).toMatchObject({ page: 1, total: 1 })
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

describe('paging arithmetic', () => {
  it.each([
    { offset: 0, count: 50, total: 120, next: 50 },
    { offset: 50, count: 50, total: 120, next: 100 },
    { offset: 100, count: 20, total: 120, next: null },
    { offset: 0, count: 0, total: 0, next: null },
    { offset: 0, count: 50, total: 50, next: null },
  ])('next after offset $offset + $count of $total is $next', ({ offset, count, total, next }) => {
    expect(nextOffset(offset, count, total)).toBe(next)
  })

  it('turns next offsets into 1-based iNumPage', () => {
    expect(pageOfOffset(0)).toBe(1)
    expect(pageOfOffset(100)).toBe(3)
    expect(() => pageOfOffset(75)).toThrow(RangeError)
    expect(pageCount(5000)).toBe(100)
    expect(pageCount(5001)).toBe(101)
    expect(pageCount(0)).toBe(0)
  })

  it('lists missing pages by walking next, for any total', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20_000 }), (total) => {
      const pages = missingPages(total, new Set())
      expect(pages).toEqual(Array.from({ length: pageCount(total) }, (_, index) => index + 1))
    }))
    expect(missingPages(120, new Set([1, 3]))).toEqual([2])
  })

  it('plans batches: 5,000 entries → page 1 opening, then 50 pages, then 49 pages + users', () => {
    const remaining = missingPages(5000, new Set([1]))
    const first = nextBatch(remaining, 1)
    expect(first).toEqual({ pages: remaining.slice(0, 50), includeUsers: false })
    const second = nextBatch(remaining.slice(50), 1)
    expect(second.pages).toHaveLength(49)
    expect(second.includeUsers).toBe(true)
    expect(nextBatch([], 1)).toEqual({ pages: [], includeUsers: true })
    expect(nextBatch([], 0)).toEqual({ pages: [], includeUsers: false })
  })

  it('never plans more than 50 commands', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3 }), (pages, users) => {
      const plan = nextBatch(Array.from({ length: pages }, (_, index) => index + 2), users)
      expect(plan.pages.length + (plan.includeUsers ? users : 0)).toBeLessThanOrEqual(50)
    }))
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]])
  })
})
