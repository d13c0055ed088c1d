/** Shape checks for the catalog decoder: each throws Invalid with the path of what is wrong. */
export class Invalid extends Error {}

export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  let shown: string;
  try {
    // undefined for a function or a symbol, which no parsed JSON holds but a caller could pass.
    const json = JSON.stringify(value) as string | undefined;
    shown = json ?? typeof value;
  } catch {
    shown = typeof value;
  }
  return `got ${shown.length > 30 ? `${shown.slice(0, 30)}…` : shown}`;
}

export function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Invalid(`${path} is not an object (${describe(value)})`);
  }
  return value as Record<string, unknown>;
}

export function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Invalid(`${path} is not a non-empty text (${describe(value)})`);
  return value;
}

export function whole(value: unknown, path: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new Invalid(`${path} is not a whole number of at least ${min} (${describe(value)})`);
  }
  return value;
}
