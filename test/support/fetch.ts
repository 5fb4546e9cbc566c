// Requests against the Worker inside workerd, as a client on the internet would send them.
import { exports } from 'cloudflare:workers'

export function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return exports.default.fetch(new Request(`https://smtp.example${path}`, { headers }))
}

export function send(path: string, init: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`https://smtp.example${path}`, init))
}

export async function json<T = any>(res: Response): Promise<T> {
  return (await res.json()) as T
}

/** An RFC 9457 problem with the status the API documents. */
export async function expectProblem(
  res: Response,
  status: number,
): Promise<{ type: string; title: string; status: number; detail: string; [k: string]: unknown }> {
  const { expect } = await import('vitest')
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
  const body = (await res.json()) as any
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^\/problems\/[a-z-]+$/) })
  expect(body.title).toEqual(expect.any(String))
  expect(body.detail.length).toBeGreaterThan(10)
  return body
}
