/** Pixels per CSS pixel in the PNG: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/**
 * The svg drawn on a canvas at PNG_SCALE. Goes through an <img> of a blob: URL, which the
 * page's policy allows for images only (img-src 'self' blob: data:).
 */
export async function svgToPng(svgText: string, width: number, height: number, scale: number = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images in the page.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

export type CopyResult = { ok: true } | { ok: false; reason: string };

/**
 * Puts the PNG on the clipboard. The blob goes in as a promise, inside the click, because
 * Safari only allows a clipboard write that starts in the gesture itself.
 */
export async function copyPng(png: Promise<Blob>): Promise<CopyResult> {
  if (typeof ClipboardItem === 'undefined' || typeof (navigator.clipboard as Clipboard | undefined)?.write !== 'function') {
    return { ok: false, reason: 'This browser does not let a page copy images. Download the PNG instead.' };
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'The browser did not allow copying the image. Download the PNG instead.' };
  }
}

/** Saves a blob under a file name, the way a download link would. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download time to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// A byte-order mark makes Excel read the file as UTF-8 (titles like 비상선언); other tools skip it.
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
}
