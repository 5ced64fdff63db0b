/** /relayer/* on the app's origin: forwarded to the relayer per request (see app/_lib/relayer-forward.ts). */
import { forwardToRelayer } from "@/app/_lib/relayer-forward.ts";

type Context = { params: Promise<{ path: string[] }> };

async function forward(request: Request, { params }: Context): Promise<Response> {
  return forwardToRelayer(request, (await params).path);
}

export const GET = forward;
export const POST = forward;
