/**
 * The one status union of every asynchronous load: nothing asked yet, under way, done, failed.
 * The error itself travels next to it (`error: ApiError | null`), never as a parallel boolean.
 */
export type LoadStatus = 'idle' | 'loading' | 'success' | 'error'

/** Writes have no "success" to show: they go back to idle. */
export type SaveStatus = 'idle' | 'saving' | 'error'
