/**
 * `npm run bench:ratio`: Task Lens's `unserialize` against `phpunserialize` on every payload shape of
 * bench/php-inputs.ts, as a speed ratio that survives a busy machine: the two parsers alternate in
 * short batches and each keeps its fastest batch (noise only ever adds time). The goal is a lead of
 * at least 1.2× on every shape; `npm run bench` gives the full tinybench tables with more peers.
 */
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { unserialize } from '@/lib/php-serialize'
import { inputs } from '../../bench/php-inputs'

const require = createRequire(import.meta.url)
const phpunserialize = require('phpunserialize') as (input: string) => unknown

const TARGET = 1.2
const BATCHES = 40
/** Each batch runs for about this long, so the clock's resolution does not matter. */
const BATCH_MS = 25

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

function fastestBatch(parse: () => unknown, repetitions: number): number {
  const started = performance.now()
  for (let index = 0; index < repetitions; index++)
    parse()
  return (performance.now() - started) / repetitions
}

let allMet = true
for (const input of inputs) {
  const ours = () => unserialize(input.php)
  const peer = () => phpunserialize(input.php)
  const oursRepetitions = repetitionsFor(ours)
  const peerRepetitions = repetitionsFor(peer)
  let oursBest = Number.POSITIVE_INFINITY
  let peerBest = Number.POSITIVE_INFINITY
  for (let batch = 0; batch < BATCHES; batch++) {
    oursBest = Math.min(oursBest, fastestBatch(ours, oursRepetitions))
    peerBest = Math.min(peerBest, fastestBatch(peer, peerRepetitions))
  }
  const ratio = peerBest / oursBest
  allMet &&= ratio >= TARGET
  const bytes = new TextEncoder().encode(input.php).length
  process.stdout.write(`${ratio >= TARGET ? 'ok ' : 'LOW'}  ${ratio.toFixed(2)}×  ${input.name} (${bytes} bytes): task-lens ${(oursBest * 1000).toFixed(1)} µs, phpunserialize ${(peerBest * 1000).toFixed(1)} µs\n`)
}
process.stdout.write(allMet ? `lead ≥ ${TARGET}× on every shape\n` : `lead below ${TARGET}× on some shape\n`)
