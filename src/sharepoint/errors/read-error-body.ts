import { z } from "zod";

/** SharePoint's JSON error shape (minimal metadata and verbose both use `code` + `message.value`). */
const spErrorBody = z.union([
  z.object({ "odata.error": z.object({ code: z.string(), message: z.object({ value: z.string() }) }) }),
  z.object({ error: z.object({ code: z.string(), message: z.object({ value: z.string() }) }) }),
]);

export interface SpErrorDetail {
  code?: string;
  message?: string;
}

/**
 * Reads `{code, message}` out of SharePoint's error body. PnPjs's `HttpRequestError.init` reads a
 * clone of the response and puts the text after "::> " in its message, so when the body has been
 * read already we still have it there.
 */
export async function readErrorBody(response: Response | undefined, pnpMessage: string): Promise<SpErrorDetail> {
  let text: string | undefined;
  if (response && !response.bodyUsed) {
    text = await response.clone().text();
  } else {
    const marker = pnpMessage.indexOf("::> ");
    text = marker >= 0 ? pnpMessage.slice(marker + 4) : undefined;
  }
  return parseErrorText(text);
}

export function parseErrorText(text: string | undefined): SpErrorDetail {
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Not JSON (an HTML gateway page, a proxy's text): keep the start of it as the message.
    return { message: `${text.slice(0, 200)} (${(error as Error).message})` };
  }
  const parsed = spErrorBody.safeParse(json);
  if (!parsed.success) return {};
  const inner = "odata.error" in parsed.data ? parsed.data["odata.error"] : parsed.data.error;
  return { code: inner.code, message: inner.message.value };
}
