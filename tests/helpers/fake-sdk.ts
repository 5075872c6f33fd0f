/**
 * A stand-in for the SDK's `actions.v2` that answers like `AjaxResult` does: scripted per method,
 * recording every call with its params and requestId.
 */
import type { AjaxResultLike, BatchResultLike, SdkActions } from '@/api/client'

export interface ScriptedAnswer {
  result?: unknown
  total?: number
  time?: { operating_reset_at?: number }
  /** A soft failure: resolves with isSuccess === false. */
  error?: { code: string, message: string, status: number }
  /** A hard failure: the SDK throws an AjaxError-like object. */
  throws?: { code: string, message: string, status: number }
}

export function ajaxResult(answer: ScriptedAnswer): AjaxResultLike {
  const failure = answer.error
  return {
    isSuccess: failure === undefined,
    getData: () => (failure ? undefined : { result: answer.result, time: answer.time ?? {} }),
    getTotal: () => answer.total ?? 0,
    getStatus: () => failure?.status ?? 200,
    getErrors: () => (failure ? [Object.assign(new Error(failure.message), { code: failure.code, status: failure.status })] : []),
  }
}

export interface RecordedCall {
  kind: 'call' | 'batch'
  method: string
  params: unknown
  requestId: string | undefined
}

export function createFakeSdk(script: (method: string, params: unknown, attempt: number) => ScriptedAnswer) {
  const calls: RecordedCall[] = []
  const attempts = new Map<string, number>()
  function answer(method: string, params: unknown): ScriptedAnswer {
    const attempt = attempts.get(method) ?? 0
    attempts.set(method, attempt + 1)
    return script(method, params, attempt)
  }
  const sdk: SdkActions = {
    actions: {
      v2: {
        call: {
          async make({ method, params, requestId }) {
            calls.push({ kind: 'call', method, params, requestId })
            const scripted = answer(method, params)
            if (scripted.throws)
              throw Object.assign(new Error(scripted.throws.message), { code: scripted.throws.code, status: scripted.throws.status })
            return ajaxResult(scripted)
          },
        },
        batch: {
          async make({ calls: commands, options }): Promise<BatchResultLike> {
            calls.push({ kind: 'batch', method: 'batch', params: commands, requestId: options?.requestId })
            const batchAnswer = answer('batch', commands)
            if (batchAnswer.throws)
              throw Object.assign(new Error(batchAnswer.throws.message), { code: batchAnswer.throws.code, status: batchAnswer.throws.status })
            const rows: Record<string, AjaxResultLike> = {}
            for (const [key, command] of Object.entries(commands))
              rows[key] = ajaxResult(answer(command.method, command.params))
            return { getData: () => rows }
          },
        },
      },
    },
  }
  return { sdk, calls }
}
