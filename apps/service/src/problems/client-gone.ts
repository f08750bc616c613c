/**
 * True when an error only says that the client went away before the service could read its
 * request or send the answer (Node's `aborted` ECONNRESET, a premature close, an aborted signal):
 * nothing failed on our side, so it is logged as 499, without a stack, and answered to no one.
 *
 * @example
 * app.onError((error, c) => (isClientGone(error, c.req.raw) ? c.body(null, 499) : …))
 */
export function isClientGone(error: unknown, request: Request): boolean {
  if (request.signal.aborted) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  return error.name === 'AbortError' || code === 'ERR_STREAM_PREMATURE_CLOSE' || (code === 'ECONNRESET' && error.message === 'aborted');
}
