/**
 * What the diagnostic companions of `npm run perf` (long-tasks.ts, profile.ts, timesheet-tasks.ts,
 * boot-timeline.ts) share: their numeric flags, Chromium trace events and how a task's parts are
 * named, and the V8 sampling profile cut into busy runs. Each script prints in its own way; the
 * reading of CDP's data is one.
 */

/**
 * A numeric flag `--name value` from the command line, or `fallback` without it.
 *
 * @example
 * numberOption(['--cpu', '4'], '--cpu', 1) // 4
 */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(name)
  return index === -1 ? fallback : Number(args[index + 1])
}

/** One event of a CDP `Tracing` recording (the trace event format's complete and metadata events). */
export interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time of the event: without the time the thread waited for a core. */
  tdur?: number
  pid: number
  tid: number
  args?: { data?: Record<string, unknown>, name?: string }
}

/** The events inside a main-thread task that say what it was made of. */
export const TASK_PARTS = new Set(['EvaluateScript', 'v8.evaluateModule', 'v8.compileModule', 'FunctionCall', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'XHRReadyStateChange', 'XHRLoad', 'RunMicrotasks', 'HitTest', 'ScheduleStyleRecalculation'])

/**
 * A short name for an event inside a task: what ran, and where when it names a script.
 *
 * @example
 * describeTraceEvent({ name: 'TimerFire', args: { data: { timerId: 4 } }, … }) // 'TimerFire 4'
 */
export function describeTraceEvent(event: TraceEvent): string {
  const data = event.args?.data ?? {}
  const file = (url: unknown) => String(url ?? '').split('/').pop() || '?'
  switch (event.name) {
    case 'EvaluateScript':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
      return `${event.name} ${file(data.url ?? (event.args as Record<string, unknown> | undefined)?.fileName)}`
    case 'FunctionCall':
      return `FunctionCall ${file(data.url)}:${String(data.lineNumber ?? '?')} ${String(data.functionName ?? '')}`
    case 'TimerFire':
    case 'EventDispatch':
      return `${event.name} ${String(data.type ?? data.timerId ?? '')}`
    default:
      return event.name
  }
}

export interface ProfileNode {
  id: number
  callFrame: { functionName: string, url: string, lineNumber: number, columnNumber: number }
  children?: number[]
}

/** A V8 sampling profile as CDP's `Profiler.stop` returns it. */
export interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export type CallFrame = ProfileNode['callFrame']

/** A frame's name in the printouts: function, file and line. */
export function frameName(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`
}

export interface BusyRun {
  ms: number
  /** Inclusive time per frame name (a frame counted once per sample, however deep it recurs). */
  inclusive: Map<string, number>
}

/**
 * The profile cut into busy runs (samples between idle ones) longer than `overMs`: a run over
 * 50 ms is a long task or close to one (sampled, so a run may span several tasks). Each carries
 * the inclusive time of the frames `counted` accepts.
 */
export function busyRuns(profile: Profile, overMs: number, counted: (frame: CallFrame) => boolean): BusyRun[] {
  const byId = new Map(profile.nodes.map(node => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id)
  }
  const idle = new Set(profile.nodes.filter(node => node.callFrame.functionName === '(idle)').map(node => node.id))
  const runs: BusyRun[] = []
  let run: number[] = []
  let runMs = 0
  const flush = () => {
    if (runMs > overMs) {
      const inclusive = new Map<string, number>()
      for (const index of run) {
        const seen = new Set<string>()
        for (let at: number | undefined = profile.samples[index]; at !== undefined; at = parent.get(at)) {
          const frame = byId.get(at)!.callFrame
          const name = frameName(frame)
          if (!counted(frame) || seen.has(name))
            continue
          seen.add(name)
          inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000)
        }
      }
      runs.push({ ms: runMs, inclusive })
    }
    run = []
    runMs = 0
  }
  profile.samples.forEach((id, index) => {
    if (idle.has(id)) {
      flush()
      return
    }
    run.push(index)
    runMs += (profile.timeDeltas[index + 1] ?? 0) / 1000
  })
  flush()
  return runs
}
