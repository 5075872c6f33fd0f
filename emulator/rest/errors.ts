/**
 * The system errors any method can answer, with the status, code and text the portal uses
 * (seeds/000 and seeds/003 "Statuses and System Error Codes"; texts from rest/lib/oauth/auth.php,
 * rest/classes/general/rest.php and rest_provider.php where they differ from the table).
 */
import { RestError } from './envelope'

export const noAuthFound = () => new RestError(401, 'NO_AUTH_FOUND', 'Wrong authorization data')

export const expiredToken = () => new RestError(401, 'expired_token', 'The access token provided has expired')

export const queryLimitExceeded = () => new RestError(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')

export const operationTimeLimit = () => new RestError(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.')

export const methodNotFound = () => new RestError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!')

/** A batch row past the 50th (`CRestProvider::methodsBatch`); rows carry no HTTP status. */
export const batchLengthExceeded = () => new RestError(400, 'ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded')

export const batchMethodNotAllowed = () => new RestError(405, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage')

/** `AccessException`: "Access denied!" plus the reason. */
export function accessDenied(reason = ''): RestError {
  return new RestError(403, 'ACCESS_DENIED', `Access denied!${reason === '' ? '' : ` ${reason}`}`)
}

/** `AuthTypeException`, e.g. placement methods called with a webhook. */
export function wrongAuthType(reason: string): RestError {
  return new RestError(403, 'WRONG_AUTH_TYPE', `Current authorization type is denied for this method ${reason}`)
}

/** `Bitrix\Rest\Exceptions\ArgumentNullException`. */
export function argumentNull(parameter: string): RestError {
  return new RestError(400, 'ERROR_ARGUMENT', `Argument '${parameter}' is null or empty`, { argument: parameter })
}

/** `Bitrix\Rest\Exceptions\ArgumentTypeException`. */
export function argumentType(parameter: string, type: string): RestError {
  return new RestError(400, 'ERROR_ARGUMENT', `The value of an argument '${parameter}' must be of type ${type}`, { argument: parameter })
}

/** Engine controllers (`tasks.*`): a missing parameter is error "100". */
export function missingParameter(name: string): RestError {
  return new RestError(400, '100', `Could not find value for parameter {${name}}`)
}

/** Engine controllers: a parameter of the wrong type. */
export function invalidParameter(name: string, value: unknown, type: string): RestError {
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : ''
  return new RestError(400, '100', `Invalid value {${shown}} to match with parameter {${name}}. Should be value of type ${type}.`)
}

/** What a crashed PHP front answers instead of JSON (fault injection). */
export const INTERNAL_ERROR_PAGE = '<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n<body><h1>Internal Server Error</h1><p>The server encountered an internal error or misconfiguration and was unable to complete your request.</p><hr><address>nginx</address></body></html>\n'
