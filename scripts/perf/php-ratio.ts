/**
 * `npm run bench:ratio`: Task Lens's `unserialize` against `phpunserialize` on every payload shape of
 * bench/php-inputs.ts, as a speed ratio that survives a busy machine. One run has several rounds;
 * a round visits every shape, and per shape the two parsers alternate in short batches, each keeping
 * its fastest batch (noise only ever adds time), which gives that round's ratio. Reported per shape:
 * the median ratio over the rounds, the lowest, and the median times. The goal is a median lead of
 * at least 1.2× on every shape; `npm run bench` gives the full tinybench tables with more peers.
 *
 * Run: npm run bench:ratio [-- --rounds 7] [-- --shape Cyrillic]
 */
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { unserialize } from '@/lib/php-serialize'
import { inputs } from '../../bench/php-inputs'

const require = createRequire(import.meta.url)
const phpunserialize = require('phpunserialize') as (input: string) => unknown

const TARGET = 1.2
function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}
const ROUNDS = Number(flag('--rounds') ?? 7)
/** `--shape <text>`: only the shapes whose name contains it. */
const ONLY = flag('--shape')
/** Batches per parser, shape and round; alternating, so a burst of load hits both. */
const BATCHES = 8
/** Each batch runs for about this long, so the clock's resolution does not matter. */
const BATCH_MS = 10

function repetitionsFor(parse: () => unknown): number {
  let count = 1
  for (;;) {
    const started = performance.now()
    for (let index = 0; index < count; index++)
      parse()
    if (performance.now() - started >= BATCH_MS)
      return count
    count *= 2
  }
}

function batchTime(parse: () => unknown, repetitions: number): number {
  const started = performance.now()
  for (let index = 0; index < repetitions; index++)
    parse()
  return (performance.now() - started) / repetitions
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const shapes = inputs.filter(input => ONLY === undefined || input.name.includes(ONLY)).map((input) => {
  const ours = () => unserialize(input.php)
  const peer = () => phpunserialize(input.php)
  return {
    name: input.name,
    bytes: new TextEncoder().encode(input.php).length,
    ours,
    peer,
    oursRepetitions: repetitionsFor(ours),
    peerRepetitions: repetitionsFor(peer),
    ratios: [] as number[],
    oursTimes: [] as number[],
    peerTimes: [] as number[],
  }
})

for (let round = 0; round < ROUNDS; round++) {
  for (const shape of shapes) {
    let oursBest = Number.POSITIVE_INFINITY
    let peerBest = Number.POSITIVE_INFINITY
    for (let batch = 0; batch < BATCHES; batch++) {
      oursBest = Math.min(oursBest, batchTime(shape.ours, shape.oursRepetitions))
      peerBest = Math.min(peerBest, batchTime(shape.peer, shape.peerRepetitions))
    }
    shape.ratios.push(peerBest / oursBest)
    shape.oursTimes.push(oursBest)
    shape.peerTimes.push(peerBest)
  }
}

let allMet = true
process.stdout.write(`median of ${ROUNDS} interleaved rounds (lowest round in brackets)\n`)
for (const shape of shapes) {
  const ratio = median(shape.ratios)
  allMet &&= ratio >= TARGET
  const lowest = Math.min(...shape.ratios)
  process.stdout.write(`${ratio >= TARGET ? 'ok ' : 'LOW'}  ${ratio.toFixed(2)}× (${lowest.toFixed(2)}×)  ${shape.name} (${shape.bytes} bytes): task-lens ${(median(shape.oursTimes) * 1000).toFixed(1)} µs, phpunserialize ${(median(shape.peerTimes) * 1000).toFixed(1)} µs\n`)
}
process.stdout.write(allMet ? `median lead ≥ ${TARGET}× on every shape\n` : `median lead below ${TARGET}× on some shape\n`)
