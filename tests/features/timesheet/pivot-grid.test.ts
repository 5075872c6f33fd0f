// @vitest-environment happy-dom
/**
 * The timesheet table as read: in h:mm and decimal hours every column of shown cells adds up to its
 * shown column total, every row to its shown row total, and both sets of totals to the shown grand
 * total, which is the exact sum rounded (docs/rounding.md); the exact value is on hover.
 */
import type { Pivot } from '@/lib/timesheet/pivot'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import PivotGrid from '@/features/timesheet/components/PivotGrid.vue'
import timesheetEn from '@/features/timesheet/locales/en.json'
import timesheetRu from '@/features/timesheet/locales/ru.json'
import { formatDuration } from '@/lib/time/duration'
import { mountWithApp } from '../../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

function pivotOf(table: number[][]): Pivot {
  const width = table[0]?.length ?? 0
  const columns = Array.from({ length: width }, (_, index) => ({ key: `d${index}`, period: { from: '2026-03-16', to: '2026-03-16' } }))
  const rows = table.map((cells, index) => ({ key: index + 1, cells, counts: cells.map(value => (value > 0 ? 1 : 0)), seconds: sum(cells), count: cells.filter(value => value > 0).length }))
  const columnSeconds = columns.map((_, column) => sum(table.map(row => row[column]!)))
  return { columns, rows, columnSeconds, columnCounts: columnSeconds.map(() => 1), seconds: sum(columnSeconds), count: 1, outside: { seconds: 0, count: 0 } }
}

function mountGrid(table: number[][], format: 'h:mm' | 'decimal') {
  return mountGridWithI18n(table, format).wrapper
}

function mountGridWithI18n(table: number[][], format: 'h:mm' | 'decimal') {
  const pivot = pivotOf(table)
  const labels = pivot.columns.map(column => column.key)
  return mountWithApp(PivotGrid, {
    props: { pivot, rowLabels: new Map(pivot.rows.map(row => [row.key, `Person ${row.key}`])), columnLabels: labels, columnTitles: labels, rowHeader: 'Person', totalLabel: 'Total', summaryLabel: 'Week total', caption: 'Week', format, locale: 'en', openEmpty: true },
  })
}

/** What a reader adds up: h:mm as minutes, decimal hours as hundredths. */
function units(shownText: string, format: 'h:mm' | 'decimal'): number {
  // An empty cell shows a dot, hidden from screen readers.
  const text = shownText.replace('·', '').trim()
  if (text === '')
    return 0
  if (format === 'decimal')
    return Math.round(Number(text.replace(/,/g, '')) * 100)
  const [hours = '0', minutes = '0'] = text.split(':')
  return Number(hours) * 60 + Number(minutes)
}

const cell = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 * 3600 }))
const table = fc.integer({ min: 1, max: 7 }).chain(width => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }))

describe('pivotGrid', () => {
  it.each(['h:mm', 'decimal'] as const)('adds up both ways as shown (%s)', (format) => {
    fc.assert(fc.property(table, (values) => {
      const wrapper = mountGrid(values, format)
      const shown = (selector: string) => units(wrapper.get(selector).text(), format)
      const grand = shown('[data-test="grid-total"]')
      expect(grand).toBe(units(formatDuration(sum(values.map(sum)), format, 'en'), format))
      const rowTotals = values.map((_, r) => shown(`[data-test="row-total-${r + 1}"]`))
      const columnTotals = values[0]!.map((_, column) => shown(`[data-test="column-total-${column}"]`))
      values.forEach((row, r) => {
        expect(sum(row.map((_, column) => shown(`[data-test="cell-${r + 1}-${column}"]`)))).toBe(rowTotals[r])
      })
      values[0]!.forEach((_, column) => {
        expect(sum(values.map((_, r) => shown(`[data-test="cell-${r + 1}-${column}"]`)))).toBe(columnTotals[column])
      })
      expect(sum(rowTotals)).toBe(grand)
      expect(sum(columnTotals)).toBe(grand)
      // The summary above the table reads the same as its footer: the grand total and each column's.
      expect(shown('[data-test="grid-summary-total"]')).toBe(grand)
      values[0]!.forEach((_, column) => {
        expect(shown(`[data-test="summary-value-${column}"]`), `summary column ${column}`).toBe(columnTotals[column])
      })
      wrapper.unmount()
    }), { numRuns: 40 })
  })

  it('summarises only up to a week of columns; longer periods keep the grand total alone', () => {
    const month = mountGrid([Array.from({ length: 31 }, (_, day) => (day % 3 === 0 ? 3600 : 0))], 'h:mm')
    expect(month.get('[data-test="grid-summary-total"]').text()).toBe('11:00')
    expect(month.find('[data-test="grid-summary-columns"]').exists()).toBe(false)
    month.unmount()
    const week = mountGrid([[3600, 0, 0, 0, 0, 0, 0]], 'h:mm')
    expect(week.findAll('[data-test^="summary-column-"]')).toHaveLength(7)
    expect(week.get('[data-test="summary-column-1"]').text()).toContain('·')
  })

  it('shows the exact value on hover where the shown one is rounded', () => {
    const wrapper = mountGrid([[30, 30], [30, 30]], 'h:mm')
    expect(wrapper.get('[data-test="grid-total"]').text()).toBe('0:02')
    expect(wrapper.get('[data-test="cell-1-0"]').attributes('title')).toBe('00:00:30')
    // A total already on the minute needs no tooltip.
    expect(wrapper.get('[data-test="row-total-1"]').attributes('title')).toBeUndefined()
    wrapper.unmount()
    const odd = mountGrid([[90, 20]], 'h:mm')
    expect(odd.get('[data-test="grid-total"]').text()).toBe('0:02')
    expect(odd.get('[data-test="grid-total"]').attributes('title')).toBe('00:01:50')
  })
})

describe('cell labels', () => {
  it('say what each cell shows, render after render, as values, names and the format change', async () => {
    await fc.assert(fc.asyncProperty(fc.array(table, { minLength: 2, maxLength: 4 }), fc.array(fc.constantFrom('h:mm' as const, 'decimal' as const), { minLength: 4, maxLength: 4 }), async (tables, formats) => {
      const { wrapper, i18n } = mountGridWithI18n(tables[0]!, formats[0]!)
      // What the view merges before it renders the grid.
      i18n.global.mergeLocaleMessage('en', { timesheet: timesheetEn })
      for (const [index, next] of tables.entries()) {
        const pivot = pivotOf(next)
        const format = formats[index]!
        await wrapper.setProps({ pivot, format, rowLabels: new Map(pivot.rows.map(row => [row.key, `Person ${row.key} v${index}`])) })
        for (const row of pivot.rows) {
          row.cells.forEach((seconds, column) => {
            const label = wrapper.get(`[data-test="cell-${row.key}-${column}"]`).attributes('aria-label') ?? ''
            expect(label).toContain(`Person ${row.key} v${index}`)
            if (seconds > 0)
              expect(label).toContain(wrapper.get(`[data-test="cell-${row.key}-${column}"]`).text())
          })
        }
      }
      wrapper.unmount()
    }), { numRuns: 15 })
  })

  it('are said again in the viewer\'s language once its messages arrive (the fallback is not kept)', async () => {
    const pivot = pivotOf([[3600, 0]])
    const { wrapper, i18n } = mountWithApp(PivotGrid, {
      locale: 'ru',
      props: { pivot, rowLabels: new Map([[1, 'Anna']]), columnLabels: ['d0', 'd1'], columnTitles: ['d0', 'd1'], rowHeader: 'Person', totalLabel: 'Total', summaryLabel: 'Week total', caption: 'Week', format: 'h:mm', locale: 'ru', openEmpty: true },
    })
    // English (the fallback) is in, Russian still loading.
    i18n.global.mergeLocaleMessage('en', { timesheet: timesheetEn })
    await wrapper.setProps({ rowHeader: 'Person ' })
    const before = wrapper.get('[data-test="cell-1-1"]').attributes('aria-label')
    i18n.global.mergeLocaleMessage('ru', { timesheet: timesheetRu })

    await wrapper.setProps({ rowHeader: 'Сотрудник' })
    const after = wrapper.get('[data-test="cell-1-1"]').attributes('aria-label')
    expect(after).not.toBe(before)
    expect(after).toContain('Anna')
    expect(after).toBe(i18n.global.t('timesheet.grid.emptyCell', { task: 'Anna', day: 'd1' }))
  })
})
