/**
 * The portal's leaky bucket (b24restdocs limits.md, docs/rest-quirks.md#rate-limits): every request adds one,
 * the level drains at 2 per second, and a request that would overflow 50 is refused with 503
 * QUERY_LIMIT_EXCEEDED. A portal has one bucket for all apps; the emulator keeps one per session so parallel
 * tests do not throttle each other.
 */

export const BURST_LIMIT = 50
export const DRAIN_PER_SECOND = 2

export class LeakyBucket {
  private level = 0
  private updatedAt: number

  constructor(nowMs: number = Date.now(), private readonly burst = BURST_LIMIT, private readonly drainPerSecond = DRAIN_PER_SECOND) {
    this.updatedAt = nowMs
  }

  /** Adds a request if it fits; false means "refuse it" (the level is left unchanged). */
  take(nowMs: number = Date.now()): boolean {
    this.level = Math.max(0, this.level - ((nowMs - this.updatedAt) / 1000) * this.drainPerSecond)
    this.updatedAt = nowMs
    if (this.level + 1 > this.burst)
      return false
    this.level += 1
    return true
  }
}
