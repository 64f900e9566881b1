/** Errors a handler or query may throw; the problem plugin maps them to RFC 9457 responses once. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly extra: { parameter?: string; allowed?: string[]; suggestions?: string[] } = {},
  ) {
    super(detail);
  }
}

export function badParameter(parameter: string, detail: string, allowed?: string[]): ApiError {
  return new ApiError(400, 'Invalid request parameter', detail, { parameter, allowed });
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, 'Not Found', `no ${what} with id "${id}"`, { parameter: 'id' });
}
