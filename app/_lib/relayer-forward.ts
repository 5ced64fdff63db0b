/**
 * The browser reaches the relayer through the app's own origin, so the page needs no other origin for
 * it and the relayer need not allow cross-origin requests. Forwarded here, per request, to RELAYER_URL
 * as read by app/_lib/server-config.ts, so one build serves any relayer (a rewrite in next.config.ts
 * would freeze the URL into the build).
 *
 * Only what the relayer's protocol uses is passed on: the body, its type, and X-Forwarded-For, which
 * the app's server (scripts/serve-app.ts) set to the client's own address before Next saw the request.
 * That is what lets the relayer rate-limit per voter; no cookie or other header of the page goes on.
 */
import { readServerEnv } from "./server-config.ts";
import { MAX_BODY_BYTES, type ErrorResponse } from "../../lib/relayer/protocol.ts";

const FORWARDED_REQUEST_HEADERS = ["content-type", "accept", "x-forwarded-for"] as const;
// fetch() has already undone the transfer and content encodings of the relayer's answer.
const DROPPED_RESPONSE_HEADERS = new Set(["connection", "content-encoding", "content-length", "transfer-encoding"]);

/** Sends the request on to the relayer at `path` (its segments, as the route received them). */
export async function forwardToRelayer(
  request: Request,
  path: readonly string[],
  environment: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Response> {
  const env = readServerEnv(environment);
  if (!env.ok) return refusal("unavailable", env.error, 500);
  // URL resolution would apply "." and ".." and leave the relayer's base path (encodeURIComponent keeps them).
  if (path.some((segment) => segment === "." || segment === "..")) {
    return refusal("not_found", "There is no such relayer path.", 404);
  }
  const target = new URL(path.map(encodeURIComponent).join("/"), `${env.env.relayerUrl}/`);
  target.search = new URL(request.url).search;

  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const body = hasBody ? await readAtMost(request, MAX_BODY_BYTES) : undefined;
  if (body === "too large") {
    return refusal("body_too_large", `The request body must be at most ${MAX_BODY_BYTES} bytes.`, 413);
  }
  let answer: Response;
  try {
    answer = await fetch(target, {
      method: request.method,
      headers,
      body,
      cache: "no-store",
      redirect: "manual",
    });
  } catch {
    return refusal("unavailable", "The relayer cannot be reached right now.", 502);
  }
  const responseHeaders = new Headers();
  answer.headers.forEach((value, name) => {
    if (!DROPPED_RESPONSE_HEADERS.has(name)) responseHeaders.set(name, value);
  });
  return new Response(answer.body, { status: answer.status, headers: responseHeaders });
}

/** The body, read no further than `limit` bytes, so a huge request is never held in memory whole. */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | "too large"> {
  const body = new Uint8Array(limit);
  let length = 0;
  const reader = request.body?.getReader();
  if (reader === undefined) return body.subarray(0, 0);
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    if (length + read.value.byteLength > limit) {
      await reader.cancel();
      return "too large";
    }
    body.set(read.value, length);
    length += read.value.byteLength;
  }
  return body.subarray(0, length);
}

function refusal(code: ErrorResponse["error"]["code"], message: string, status: number): Response {
  const body: ErrorResponse = { error: { code, message } };
  return Response.json(body, { status });
}
