import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from '../parseCsv';

/** Click a button that starts a download; return the file's name and bytes. */
export async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** A downloaded CSV as rows of cells; the byte-order mark Excel needs is checked and dropped. */
export function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV lacks its UTF-8 byte-order mark');
  return parseCsv(text.slice(1));
}

export interface PngFacts {
  width: number;
  height: number;
  colours: number;
  /** The top-left pixel: the image's background. */
  corner: [number, number, number];
}

/** Decode a PNG in a blank page (no app, no policy in the way) and describe its pixels. */
export async function pngFacts(page: Page, bytes: Buffer): Promise<PngFacts> {
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * 7) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      return {
        width: bitmap.width,
        height: bitmap.height,
        colours: colours.size,
        corner: [pixels[0]!, pixels[1]!, pixels[2]!] as [number, number, number],
      };
    }, bytes.toString('base64'));
  } finally {
    await scratch.close();
  }
}

/** Relative luminance-ish brightness, 0-255: enough to tell a dark background from a light one. */
export function brightness([r, g, b]: [number, number, number]): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
