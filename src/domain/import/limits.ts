/**
 * Netflix's all-weeks-global.tsv is 0.86 MB after five years and grows by about 170 kB a year;
 * its .xlsx is smaller. 50 MB leaves decades of room and still refuses a video or a disk image
 * before the browser reads it into memory.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const MB = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A reason to refuse a file by its size alone, or null. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes === 0) return "The file is empty. Download all-weeks-global.tsv again from Netflix's Top 10 site.";
  if (bytes > MAX_FILE_BYTES) {
    return `The file is ${MB.format(bytes / 1024 / 1024)} MB; Netflix's weekly file is under 1 MB, and files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not read. Is this the right file?`;
  }
  return null;
}

/** .tsv or .xlsx by name; other names are still sniffed, since downloads get renamed. */
export function formatOfName(name: string): 'tsv' | 'xlsx' | 'other' {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'tsv';
  return 'other';
}
