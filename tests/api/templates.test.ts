/**
 * `tasks.template.get` maps the docs' template 139 (seed 003, verbatim) to a typed template, keeps every
 * raw field, turns `false` into NOT_FOUND and error 100 into MISSING_PARAMETER, and isolates a corrupt
 * serialized column instead of failing the whole template.
 */
import type { RestClient, RestParams } from '@/api/client'
import { describe, expect, it, vi } from 'vitest'
import { createApi } from '@/api'
import { createSdkRestClient } from '@/api/client'
import { ApiError } from '@/api/errors'
import { mapTemplate, parseCrmLink, templateUserIds, utcOffsetOf } from '@/api/templates'
import { PhpSerializeError } from '@/lib/php-serialize'
import doc from '../fixtures/template-139.json'
import { createFakeSdk } from '../helpers/fake-sdk'

const row139 = doc.result as Record<string, unknown>

function restReturning(result: unknown, extra: Record<string, unknown> = {}) {
  const call = vi.fn(async (_method: string, _params?: RestParams) => ({ result, total: null, ...extra }))
  return { call: call as typeof call & RestClient['call'], batch: vi.fn() }
}

describe('templates.get', () => {
  it('maps template 139 with one call', async () => {
    const rest = restReturning(row139)
    const template = await createApi(rest).templates.get(139)
    expect(rest.call).toHaveBeenCalledTimes(1)
    expect(rest.call).toHaveBeenCalledWith('tasks.template.get', { templateId: 139 })
    expect(template).toMatchObject({
      id: 139,
      title: 'Preparation of Weekly Project Status',
      descriptionIsBbcode: true,
      priority: 'high',
      status: 1,
      groupId: null,
      createdBy: { id: 101, name: 'John Doe' },
      responsible: { id: 102, name: 'Peter Peters' },
      flags: { allowTimeTracking: true, allowChangeDeadline: true, taskControl: false, matchWorkTime: true, multitask: false, addInReport: false },
      offsets: { startDatePlanAfter: 32400, endDatePlanAfter: 97200, deadlineAfter: null },
      replicate: true,
      forNewUsers: false,
      replicationCount: 0,
      parentTaskId: 8131,
      baseTemplateId: null,
      crmLinks: [{ raw: 'L_1179', kind: 'lead', id: 1179 }, { raw: 'D_1833', kind: 'deal', id: 1833 }],
      fileIds: [1117],
      tags: [],
      serverUtcOffset: null,
    })
    expect(template.members.responsibles).toEqual({ ok: true, value: [102], raw: 'a:1:{i:0;s:3:"102";}' })
    expect(template.members.accomplices).toEqual({ ok: true, value: [], raw: 'a:0:{}' })
    expect(template.replication.ok && template.replication.value.rule).toMatchObject({ period: 'weekly', weekDays: [2], time: '11:00', nextExecutionTime: '17.03.2026 11:00:00' })
    expect(Object.keys(template.raw)).toEqual(Object.keys(row139))
    expect(template.raw.REPLICATE_PARAMS).toBe(row139.REPLICATE_PARAMS)
    expect(templateUserIds(template).sort()).toEqual([101, 102])
  })

  it('reads the server offset when the envelope carries time.date_start', async () => {
    const template = await createApi(restReturning(row139, { time: doc.time })).templates.get(139)
    expect(template.serverUtcOffset).toBe('+01:00')
  })

  it.each([
    { name: 'false', result: false },
    { name: 'null', result: null },
  ])('turns $name into NOT_FOUND', async ({ result }) => {
    const error = await createApi(restReturning(result)).templates.get(404).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'NOT_FOUND', method: 'tasks.template.get' })
  })

  it.each([
    { name: 'a missing templateId', message: 'Could not find value for parameter {templateId}', code: 'MISSING_PARAMETER' },
    { name: 'a mistyped templateId', message: 'Invalid value {} to match with parameter {templateId}. Should be value of type int.', code: 'INVALID_PARAMETER' },
  ])('maps error 100 for $name to $code', async ({ message, code }) => {
    const { sdk, calls } = createFakeSdk(() => ({ error: { code: '100', message, status: 400 } }))
    const rest = createSdkRestClient(sdk, { sleep: async () => {} })
    await expect(createApi(rest).templates.get(1)).rejects.toMatchObject({ code, status: 400 })
    expect(calls).toHaveLength(1)
  })

  it('reports a payload without an ID as MALFORMED_RESPONSE', async () => {
    await expect(createApi(restReturning({ TITLE: 'x' })).templates.get(1)).rejects.toMatchObject({ code: 'MALFORMED_RESPONSE' })
  })
})

describe('mapTemplate', () => {
  it('keeps a corrupt column as an error with its position and maps everything else', () => {
    const template = mapTemplate({ ...row139, AUDITORS: 'a:1:{i:0;s:3:"10";}', REPLICATE_PARAMS: 'a:1:{s:6:"PERIOD";s:6:"weekly"' }, null)
    expect(template.title).toBe('Preparation of Weekly Project Status')
    expect(template.members.responsibles.ok).toBe(true)
    const auditors = template.members.auditors
    expect(auditors.ok === false && auditors.error).toBeInstanceOf(PhpSerializeError)
    expect(auditors.ok === false && auditors.error instanceof PhpSerializeError && auditors.error.byteOffset).toBe(17)
    expect(template.replication.ok).toBe(false)
    expect(template.replication.raw).toBe('a:1:{s:6:"PERIOD";s:6:"weekly"')
  })

  it.each([
    { field: 'RESPONSIBLES with int ids and sparse keys', patch: { RESPONSIBLES: 'a:2:{i:3;i:7;i:1;s:2:"15";}' }, ids: [7, 15] },
    { field: 'RESPONSIBLES of a "for new users" template', patch: { RESPONSIBLES: 'a:1:{i:0;i:0;}', TPARAM_TYPE: '1', RESPONSIBLE_ID: '0' }, ids: [0] },
    { field: 'RESPONSIBLES null', patch: { RESPONSIBLES: null }, ids: [] },
    { field: 'RESPONSIBLES empty string', patch: { RESPONSIBLES: '' }, ids: [] },
  ])('decodes $field', ({ patch, ids }) => {
    const template = mapTemplate({ ...row139, ...patch }, null)
    expect(template.members.responsibles.ok && template.members.responsibles.value).toEqual(ids)
  })

  it('reports a member list of non-ids as an error, not as nobody', () => {
    const template = mapTemplate({ ...row139, ACCOMPLICES: 'a:1:{i:0;s:3:"abc";}' }, null)
    expect(template.members.accomplices.ok).toBe(false)
  })

  it.each([
    { field: 'PRIORITY 0', patch: { PRIORITY: '0' }, key: 'priority', value: 'low' },
    { field: 'PRIORITY 1 as a number', patch: { PRIORITY: 1 }, key: 'priority', value: 'average' },
    { field: 'PRIORITY 5', patch: { PRIORITY: '5' }, key: 'priority', value: null },
    { field: 'TPARAM_TYPE 1', patch: { TPARAM_TYPE: '1' }, key: 'forNewUsers', value: true },
    { field: 'GROUP_ID 12', patch: { GROUP_ID: '12' }, key: 'groupId', value: 12 },
    { field: 'DEADLINE_AFTER', patch: { DEADLINE_AFTER: '86400' }, key: 'offsets', value: { startDatePlanAfter: 32400, endDatePlanAfter: 97200, deadlineAfter: 86400 } },
    { field: 'serialized TAGS with Cyrillic', patch: { TAGS: 'a:2:{i:0;s:10:"отчёт";i:1;s:4:"week";}' }, key: 'tags', value: ['отчёт', 'week'] },
    { field: 'TAGS as an array', patch: { TAGS: ['a', 'b'] }, key: 'tags', value: ['a', 'b'] },
    { field: 'corrupt TAGS', patch: { TAGS: 'a:1:{' }, key: 'tagsUnreadable', value: true },
    { field: 'readable TAGS', patch: { TAGS: 'a:1:{i:0;s:1:"x";}' }, key: 'tagsUnreadable', value: false },
    { field: 'UF_CRM_TASK false', patch: { UF_CRM_TASK: false }, key: 'crmLinks', value: [] },
    { field: 'REPLICATE N', patch: { REPLICATE: 'N' }, key: 'replicate', value: false },
  ])('maps $field', ({ patch, key, value }) => {
    expect(mapTemplate({ ...row139, ...patch }, null)[key as 'priority']).toEqual(value)
  })
})

describe('helpers', () => {
  it.each([
    { raw: 'L_1179', kind: 'lead', id: 1179 },
    { raw: 'D_1833', kind: 'deal', id: 1833 },
    { raw: 'C_5', kind: 'contact', id: 5 },
    { raw: 'CO_77', kind: 'company', id: 77 },
    { raw: 'T1a_12', kind: 'other', id: null },
    { raw: 'L_x', kind: 'other', id: null },
  ])('parses CRM link $raw', ({ raw, kind, id }) => {
    expect(parseCrmLink(raw)).toEqual({ raw, kind, id })
  })

  it.each([
    { value: '2026-03-11T11:53:04+01:00', offset: '+01:00' },
    { value: '2026-03-11T11:53:04-05:30', offset: '-05:30' },
    { value: '2026-03-11T11:53:04+0300', offset: '+03:00' },
    { value: '2026-03-11T11:53:04Z', offset: '+00:00' },
    { value: '2026-03-11 11:53:04', offset: null },
    { value: undefined, offset: null },
  ])('reads the offset of $value', ({ value, offset }) => {
    expect(utcOffsetOf(value)).toBe(offset)
  })
})
