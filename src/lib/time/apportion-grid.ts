/**
 * Rounding a table of durations so that, as shown, every row adds up to its row total, every column
 * to its column total, and the totals to the grand total, which reads as the exact sum rounded
 * (docs/rounding.md). Rounding each row on its own (`apportionSeconds`) fixes the rows but lets the
 * columns drift; this is controlled rounding of a two-way table, solved as a flow problem.
 * Pure TypeScript: no Vue, no SDK.
 *
 * Every cell is rounded down to the step and gets 0 or 1 more step; a cell already on a step never
 * moves (so an empty cell stays empty). Row and column totals are then each less than one step from
 * their exact sums, and the grand total is the exact sum rounded to the nearest step. Such a
 * rounding always exists for a two-way table (Cox, "A constructive procedure for unbiased controlled
 * rounding", JASA 1987): the exact remainders are a fractional flow through the network below, and a
 * network with integer bounds that carries a flow of a value carries an integral one of any whole
 * value between its extremes.
 */

export interface RoundedGrid {
  /** Per row, per column: multiples of the step. */
  cells: number[][]
  rowSeconds: number[]
  columnSeconds: number[]
  seconds: number
}

interface Arc {
  to: number
  capacity: number
  /** Index of the reverse arc in `graph[to]`. */
  back: number
}

class FlowNetwork {
  readonly graph: Arc[][]

  constructor(size: number) {
    this.graph = Array.from({ length: size }, () => [])
  }

  /** Adds an arc and returns where to read its flow: `[from, index]`. */
  add(from: number, to: number, capacity: number): [number, number] {
    this.graph[from]!.push({ to, capacity, back: this.graph[to]!.length })
    this.graph[to]!.push({ to: from, capacity: 0, back: this.graph[from]!.length - 1 })
    return [from, this.graph[from]!.length - 1]
  }

  /** Flow carried by the arc added as `[from, index]` with `capacity`. */
  flow([from, index]: [number, number], capacity: number): number {
    return capacity - this.graph[from]![index]!.capacity
  }

  /** Edmonds–Karp: shortest augmenting paths, each carrying as much as it can. */
  maxFlow(source: number, sink: number): number {
    let total = 0
    for (;;) {
      const via: Array<[number, number] | null> = this.graph.map(() => null)
      const queue = [source]
      const seen = new Set([source])
      for (let head = 0; head < queue.length && !seen.has(sink); head++) {
        const node = queue[head]!
        this.graph[node]!.forEach((arc, index) => {
          if (arc.capacity > 0 && !seen.has(arc.to)) {
            seen.add(arc.to)
            via[arc.to] = [node, index]
            queue.push(arc.to)
          }
        })
      }
      if (!seen.has(sink))
        return total
      let push = Infinity
      for (let node = sink; node !== source;) {
        const [from, index] = via[node]!
        push = Math.min(push, this.graph[from]![index]!.capacity)
        node = from
      }
      for (let node = sink; node !== source;) {
        const [from, index] = via[node]!
        const arc = this.graph[from]![index]!
        arc.capacity -= push
        this.graph[node]![arc.back]!.capacity += push
        node = from
      }
      total += push
    }
  }
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

/**
 * Rounds a table of non-negative durations (seconds; rows of equal length) to multiples of `step`
 * so that rows, columns and the grand total add up as shown (see the file comment).
 *
 * @example
 * apportionGrid([[30, 30], [30, 30]], 60)
 * // { cells: [[60, 0], [0, 60]], rowSeconds: [60, 60], columnSeconds: [60, 60], seconds: 120 }
 */
export function apportionGrid(table: readonly (readonly number[])[], step: number): RoundedGrid {
  if (!(step > 0) || !Number.isInteger(step))
    throw new RangeError(`step must be a positive whole number of seconds, got ${step}`)
  const width = table[0]?.length ?? 0
  if (table.some(row => row.length !== width))
    throw new RangeError('every row must have one value per column')
  const seconds = table.map(row => row.map(value => Math.max(0, Math.round(value))))
  const floors = seconds.map(row => row.map(value => Math.floor(value / step)))
  const remainders = seconds.map(row => row.map(value => value % step))
  const rowRest = remainders.map(sum)
  const columnRest = Array.from({ length: width }, (_, column) => sum(remainders.map(row => row[column]!)))
  const extraSteps = Math.round(sum(rowRest) / step)

  // Nodes: source, rows, columns, sink, then the super source and sink of the lower-bound reduction.
  const rows = seconds.length
  const source = 0
  const sink = 1 + rows + width
  const superSource = sink + 1
  const superSink = sink + 2
  const network = new FlowNetwork(sink + 3)
  const excess: number[] = Array.from<number>({ length: sink + 1 }).fill(0)
  /** An arc that must carry between `low` and `high`: `high - low` free, `low` moved into the excesses. */
  const bounded = (from: number, to: number, low: number, high: number) => {
    excess[from]! -= low
    excess[to]! += low
    return network.add(from, to, high - low)
  }
  rowRest.forEach((rest, row) => bounded(source, 1 + row, Math.floor(rest / step), Math.ceil(rest / step)))
  columnRest.forEach((rest, column) => bounded(1 + rows + column, sink, Math.floor(rest / step), Math.ceil(rest / step)))
  bounded(sink, source, extraSteps, extraSteps)
  const cellArcs = remainders.map((row, r) => row.map((rest, column) => (rest > 0 ? network.add(1 + r, 1 + rows + column, 1) : null)))
  let required = 0
  excess.forEach((value, node) => {
    if (value > 0) {
      network.add(superSource, node, value)
      required += value
    }
    else if (value < 0) {
      network.add(node, superSink, -value)
    }
  })
  // Always met (see the file comment); a shortfall would be a bug, not a property of the input.
  if (network.maxFlow(superSource, superSink) !== required)
    throw new Error('apportionGrid: no rounding found')
  const cells = floors.map((row, r) => row.map((units, column) => {
    const arc = cellArcs[r]![column]
    return (units + (arc ? network.flow(arc, 1) : 0)) * step
  }))
  const columnSeconds = Array.from({ length: width }, (_, column) => sum(cells.map(row => row[column]!)))
  return { cells, rowSeconds: cells.map(sum), columnSeconds, seconds: sum(columnSeconds) }
}
