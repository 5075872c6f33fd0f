/**
 * How a portal turns an HTTP request into REST parameters (`CRestUtil::getRequestData`): the URL's
 * query comes first, then the POST data replaces or extends it (`array_replace`). A JSON body
 * (`Content-Type: application/json`) is decoded strictly; when it is malformed the body is dropped
 * and only the URL's parameters remain (so the token goes missing: 401 NO_AUTH_FOUND). Any other
 * body goes through `parse_str`, as PHP's form decoding does. So the SDK's telemetry parameters
 * (`bx24_request_id` …) become parameters too: harmless for named methods, fatal for positional
 * `task.*` ones, which is why the SDK does not send them there.
 */
import type { RestQuery } from '../php/array'
import { arrayReplace, isPhpArray, toRestQuery } from '../php/array'
import { decodeJson, JsonSyntaxError } from '../php/json'
import { parseStr } from '../php/parse-str'

/** Keys the OAuth check consumes and removes (`Auth::$authQueryParams` + `auth_connector`). */
export const AUTH_KEYS = ['auth', 'access_token', 'auth_connector'] as const

function isJsonType(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() === 'application/json'
}

/** The POST part of a request as ordered parameters. */
export function parseRequestBody(body: string, contentType: string | undefined): RestQuery {
  if (isJsonType(contentType)) {
    try {
      const decoded = decodeJson(body)
      return isPhpArray(decoded) ? toRestQuery(decoded) : new Map()
    }
    catch (error) {
      if (error instanceof JsonSyntaxError)
        return new Map()
      throw error
    }
  }
  return toRestQuery(parseStr(body.trim()))
}

/** The request's parameters: URL query first, then the body's keys in place or appended. */
export function buildRestQuery(search: string, body: string, contentType: string | undefined): RestQuery {
  const fromUrl = toRestQuery(parseStr(search.replace(/^\?/, '')))
  return arrayReplace(fromUrl, parseRequestBody(body, contentType))
}

/** The access token a request carries (`Auth::getAuthKey`: `auth`, else `access_token`). */
export function tokenOf(query: RestQuery): string | undefined {
  for (const key of ['auth', 'access_token']) {
    const value = query.get(key)
    if (typeof value === 'string')
      return value
  }
  return undefined
}

/** The parameters a method sees once the OAuth check has cleared its keys. */
export function withoutAuth(query: RestQuery): RestQuery {
  const rest = new Map(query)
  for (const key of AUTH_KEYS)
    rest.delete(key)
  return rest
}

/** The method name of a `/rest/<method>` path (`.json` is the transport suffix). */
export function methodFromPath(pathname: string): string {
  const raw = pathname.slice('/rest/'.length)
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  }
  catch {
    decoded = raw
  }
  return decoded.replace(/\.json$/i, '')
}
