// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, deltaE, hex, simulate, type Deficiency } from '../colour';

const css = readFileSync(resolve(process.cwd(), 'src/styles.css'), 'utf8');

/** The root's colours for one scheme: each is written `--name: light-dark(#light, #dark)`. */
function scheme(which: 0 | 1): Record<string, string> {
  const pairs = [...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)];
  return Object.fromEntries(pairs.map((m) => [m[1]!, m[2 + which]!]));
}

const THEMES = { light: scheme(0), dark: scheme(1) };
const DEFICIENCIES: Deficiency[] = ['none', 'protanopia', 'deuteranopia'];

describe.each(Object.entries(THEMES))('the %s palette', (_theme, vars) => {
  const series = [1, 2, 3].map((n) => vars[`--series-${n}`]!);
  const surface = vars['--surface']!;

  it('defines three series colours and a surface', () => {
    expect(series.every((c) => /^#[0-9a-f]{6}$/i.test(c))).toBe(true);
    expect(surface).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each(DEFICIENCIES)('keeps every pair of the three series apart under %s (ΔE ≥ 20)', (deficiency) => {
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        const d = deltaE(simulate(hex(series[i]!), deficiency), simulate(hex(series[j]!), deficiency));
        expect(d, `${series[i]} vs ${series[j]}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('draws every series at 3:1 or more against the chart surface (WCAG 1.4.11)', () => {
    for (const c of series) expect(contrast(hex(c), hex(surface)), c).toBeGreaterThanOrEqual(3);
  });
});

it('gives each series a second cue besides colour', async () => {
  const { seriesStyle } = await import('../../src/charts/seriesStyle');
  const styles = [0, 1, 2].map(seriesStyle);
  expect(new Set(styles.map((s) => s.dash)).size).toBe(3);
  expect(new Set(styles.map((s) => s.shape)).size).toBe(3);
  expect(new Set(styles.map((s) => s.pattern)).size).toBe(3);
});
