import type { Translate } from '@/api/errors'

/** A translator that returns the key and its params, so tests can assert which message was chosen. */
export const keyTranslate: Translate = (key, params) =>
  params && Object.keys(params).length > 0 ? `${key} ${JSON.stringify(params)}` : key
