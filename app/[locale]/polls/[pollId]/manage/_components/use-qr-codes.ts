"use client";
/** QR codes of a set of links, drawn a batch at a time so the page stays responsive for thousands. */
import QRCode from "qrcode";
import { useEffect, useState } from "react";

/** QR codes drawn between two screen updates. */
const QR_BATCH = 25;

export interface QrCodes {
  /** The codes drawn so far, as data URLs, in the links' order. */
  urls: readonly string[];
  failed: boolean;
  /** Every link has its code. */
  ready: boolean;
}

export function useQrCodes(links: readonly string[] | undefined): QrCodes {
  /** The codes drawn so far, of the links they belong to (never shown with another set). */
  const [drawn, setDrawn] = useState<{ links: readonly string[]; urls: string[]; failed: boolean }>();

  useEffect(() => {
    if (links === undefined) return;
    const run = { cancelled: false };
    const urls: string[] = [];
    void (async () => {
      try {
        for (let start = 0; start < links.length; start += QR_BATCH) {
          const batch = links.slice(start, start + QR_BATCH);
          urls.push(...(await Promise.all(batch.map((link) => QRCode.toDataURL(link, { margin: 1, width: 240 })))));
          if (run.cancelled) return;
          setDrawn({ links, urls: [...urls], failed: false });
        }
      } catch {
        if (!run.cancelled) setDrawn({ links, urls: [...urls], failed: true });
      }
    })();
    return () => {
      run.cancelled = true;
    };
  }, [links]);

  if (links === undefined || drawn === undefined || drawn.links !== links)
    return { urls: [], failed: false, ready: false };
  return { urls: drawn.urls, failed: drawn.failed, ready: drawn.urls.length === links.length };
}
