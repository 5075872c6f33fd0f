// @vitest-environment happy-dom
/**
 * The export menu: the menu button pattern by keyboard, tables built only on a choice, CSV one
 * file per table and XLSX one workbook handed to the download, the empty and failed states.
 */
import type { ReportTable } from '@/lib/timesheet/report-table'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ExportMenu from '@/features/timesheet/components/ExportMenu.vue'
import { mountWithApp } from '../../helpers/mount'
import { readXlsx } from '../../helpers/xlsx-read'

const downloads = vi.hoisted(() => [] as Array<{ data: string | Uint8Array, fileName: string, type: string | undefined }>)
const failXlsx = vi.hoisted(() => ({ on: false }))

vi.mock('@/features/time-entries/export', () => ({
  downloadText: (data: string | Uint8Array, fileName: string, type?: string) => downloads.push({ data, fileName, type }),
}))
vi.mock('@/lib/timesheet/export-xlsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/timesheet/export-xlsx')>()
  return {
    ...original,
    reportWorkbook: (...args: Parameters<typeof original.reportWorkbook>) => {
      if (failXlsx.on)
        throw new Error('chunk failed')
      return original.reportWorkbook(...args)
    },
  }
})

const week: ReportTable = {
  title: 'Week',
  columns: [{ label: 'Person', kind: 'text' }, { label: 'Mon', kind: 'duration' }],
  rows: [[{ kind: 'text', value: '=Ann' }, { kind: 'duration', seconds: 5400 }]],
}
const entries: ReportTable = { ...week, title: 'Entries' }

beforeEach(() => {
  downloads.length = 0
  failXlsx.on = false
})
afterEach(() => {
  document.body.innerHTML = ''
})

function mountMenu(tables: () => readonly ReportTable[], locale: 'en' | 'ru' = 'en') {
  return mountWithApp(ExportMenu, { props: { tables, filename: 'timesheet-w12' }, locale }).wrapper
}

describe('exportMenu', () => {
  it('opens from the keyboard on the first item, moves with arrows, Escape hands focus back', async () => {
    const build = vi.fn(() => [week])
    const wrapper = mountMenu(build)
    const button = wrapper.get('[data-test="export-button"]')
    expect(button.attributes('aria-haspopup')).toBe('menu')
    expect(button.attributes('aria-expanded')).toBe('false')
    await button.trigger('keydown', { key: 'ArrowDown' })
    await flushPromises()
    expect(button.attributes('aria-expanded')).toBe('true')
    const menu = wrapper.get('[role="menu"]')
    expect(menu.attributes('aria-labelledby')).toBe(button.attributes('id'))
    expect(document.activeElement?.getAttribute('data-test')).toBe('export-csv')
    await menu.trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement?.getAttribute('data-test')).toBe('export-xlsx')
    await menu.trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement?.getAttribute('data-test')).toBe('export-csv')
    await menu.trigger('keydown', { key: 'End' })
    expect(document.activeElement?.getAttribute('data-test')).toBe('export-xlsx')
    await menu.trigger('keydown', { key: 'Escape' })
    expect(wrapper.find('[role="menu"]').exists()).toBe(false)
    expect(document.activeElement).toBe(button.element)
    await button.trigger('keydown', { key: 'ArrowUp' })
    await flushPromises()
    expect(document.activeElement?.getAttribute('data-test')).toBe('export-xlsx')
    expect(build).not.toHaveBeenCalled()
  })

  it('writes one CSV per table on Enter, in the viewer\'s locale', async () => {
    const wrapper = mountMenu(() => [week, entries], 'ru')
    await wrapper.get('[data-test="export-button"]').trigger('keydown', { key: 'Enter' })
    await flushPromises()
    await wrapper.get('[role="menu"]').trigger('keydown', { key: 'Enter' })
    await vi.waitFor(() => expect(downloads).toHaveLength(2))
    expect(downloads.map(file => file.fileName)).toEqual(['timesheet-w12-Week.csv', 'timesheet-w12-Entries.csv'])
    expect(downloads[0]!.data).toBe('\uFEFF"Person";"Mon";"Mon (десятичные часы)"\r\n"\'=Ann";"1:30";1,5\r\n')
    expect(wrapper.emitted('exported')).toEqual([['csv', 2]])
    expect(wrapper.find('[role="menu"]').exists()).toBe(false)
  })

  it('writes one workbook on a click of XLSX', async () => {
    const wrapper = mountMenu(() => [week, entries])
    await wrapper.get('[data-test="export-button"]').trigger('click', { detail: 1 })
    await wrapper.get('[data-test="export-xlsx"]').trigger('click')
    await vi.waitFor(() => expect(downloads).toHaveLength(1))
    const [file] = downloads
    expect(file!.fileName).toBe('timesheet-w12.xlsx')
    expect(file!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(readXlsx(file!.data as Uint8Array).map(sheet => sheet.name)).toEqual(['Week', 'Entries'])
  })

  it('says so when there is nothing to export', async () => {
    const wrapper = mountMenu(() => [])
    await wrapper.get('[data-test="export-button"]').trigger('click', { detail: 1 })
    await wrapper.get('[data-test="export-csv"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="export-status"]').text()).toBe('There is nothing to export yet.')
    expect(downloads).toEqual([])
  })

  it('shows a translated error when the writer fails, and retries the same format', async () => {
    failXlsx.on = true
    const wrapper = mountMenu(() => [week], 'ru')
    await wrapper.get('[data-test="export-button"]').trigger('click', { detail: 1 })
    await wrapper.get('[data-test="export-xlsx"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
    expect(wrapper.get('[role="alert"]').text()).toContain('Не удалось создать файл')
    failXlsx.on = false
    await wrapper.get('[data-test="export-retry"]').trigger('click')
    await vi.waitFor(() => expect(downloads).toHaveLength(1))
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('is busy while the writer loads', async () => {
    const wrapper = mountMenu(() => [week])
    await wrapper.get('[data-test="export-button"]').trigger('click', { detail: 1 })
    await wrapper.get('[data-test="export-csv"]').trigger('click')
    expect(wrapper.get('[data-test="export-button"]').attributes('aria-busy')).toBe('true')
    expect(wrapper.get('[data-test="export-status"]').text()).toBe('Preparing the file…')
    await vi.waitFor(() => expect(downloads).toHaveLength(1))
    expect(wrapper.get('[data-test="export-button"]').attributes('aria-busy')).toBe('false')
  })
})
