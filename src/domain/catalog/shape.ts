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

/** A list of exactly `length` entries. */
export function column(value: unknown, path: string, length: number): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(`${path} is not a list (${describe(value)})`);
  if (value.length !== length) throw new Invalid(`${path} has ${value.length} entries where ${length} were expected`);
  return value;
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

export function stringList(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) throw new Invalid(`${path} is not a list (${describe(value)})`);
  for (let i = 0; i < value.length; i++) {
    const s: unknown = value[i];
    if (typeof s !== 'string' || s.length === 0) throw new Invalid(`${path}[${i}] is not a non-empty text (${describe(s)})`);
  }
  return value as string[];
}

/** Whole numbers from min to max (32-bit: indexes and counts). */
export function ints(values: unknown[], path: string, min: number, max = 2 ** 31 - 1): number[] {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    // `(v | 0) === v` only for a 32-bit whole number: one operation, no call, for 3,836 titles.
    if ((v | 0) !== v || v < min || v > max) {
      throw new Invalid(`${path}[${i}] is not a whole number from ${min} to ${max} (${describe(v)})`);
    }
  }
  return values as number[];
}

/** Whole numbers from min to max, or null. */
export function nullable(values: unknown[], path: string, min: number, max = Number.MAX_SAFE_INTEGER): (number | null)[] {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)) {
      throw new Invalid(`${path}[${i}] is not null or a whole number from ${min} to ${max} (${describe(v)})`);
    }
  }
  return values as (number | null)[];
}
