// The one way the UI talks to the API: JSON in and out, the CSRF token on every change,
// problem+json turned into an ApiError the pages can show field by field.
const BASE = new URL('../api/v1/', import.meta.url);
let csrfToken = null;

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'Request failed');
    this.problem = problem;
    this.status = problem.status;
    this.violations = problem.violations || [];
  }
}

export function setCsrfToken(token) { csrfToken = token; }

export async function api(path, { method = 'GET', body, query, raw, contentType } = {}) {
  const url = new URL(path.replace(/^\//, ''), BASE);
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
    }
  }
  const headers = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const init = { method, headers, credentials: 'same-origin' };
  if (body instanceof FormData) {
    init.body = body;
  } else if (contentType && typeof body === 'string') {
    headers['Content-Type'] = contentType;
    init.body = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const problem = typeof data === 'object' ? data : { status: response.status, title: response.statusText, detail: data };
    throw new ApiError(problem);
  }
  return data;
}
