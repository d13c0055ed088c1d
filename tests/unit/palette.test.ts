// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clampRgb, differenceCie76, filterDeficiencyDeuter, filterDeficiencyProt, parseHex, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(process.cwd(), 'src/styles.css'), 'utf8');

/** The root's colours for one scheme: each is written `--name: light-dark(#light, #dark)`; a later one wins, as in CSS. */
function scheme(which: 0 | 1): Record<string, string> {
  const pairs = [...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)];
  return Object.fromEntries(pairs.map((m) => [m[1]!, m[2 + which]!]));
}

const THEMES = { light: scheme(0), dark: scheme(1) };
// Machado, Oliveira & Fernandes (2009) at full severity, clamped to what a screen can show.
const SIMULATIONS: [string, (c: Color) => Color][] = [
  ['none', (c) => c],
  ['protanopia', (c) => clampRgb(filterDeficiencyProt(1)(c))],
  ['deuteranopia', (c) => clampRgb(filterDeficiencyDeuter(1)(c))],
];
// CIE76 distance in CIELAB (D65): about 2.3 is a just-noticeable difference.
const deltaE = differenceCie76();

function rgb(hex: string): Color {
  const colour = parseHex(hex);
  if (!colour) throw new Error(`not a #rrggbb colour: ${hex}`);
  return colour;
}

// Up to 8 titles are compared at once (colour slots, src/domain/colourSlots.ts).
const SLOTS = [1, 2, 3, 4, 5, 6, 7, 8];

describe.each(Object.entries(THEMES))('the %s palette', (_theme, vars) => {
  const series = SLOTS.map((n) => vars[`--series-${n}`]!);
  const surface = vars['--surface']!;

  it('defines eight series colours and a surface', () => {
    expect(series.every((c) => /^#[0-9a-f]{6}$/i.test(c))).toBe(true);
    expect(surface).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each(SIMULATIONS)('keeps every pair of the eight series apart under %s (ΔE ≥ 20)', (_name, simulate) => {
    for (let i = 0; i < series.length; i++) {
      for (let j = i + 1; j < series.length; j++) {
        const d = deltaE(simulate(rgb(series[i]!)), simulate(rgb(series[j]!)));
        expect(d, `${series[i]} vs ${series[j]}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('draws every series at 3:1 or more against the chart surface (WCAG 1.4.11)', () => {
    for (const c of series) expect(wcagContrast(c, surface), c).toBeGreaterThanOrEqual(3);
  });
});

it('gives each of the eight series its own dash pattern and marker shape', async () => {
  const { seriesStyle } = await import('../../src/charts/seriesStyle');
  const styles = SLOTS.map((n) => seriesStyle(n - 1));
  expect(new Set(styles.map((s) => s.color)).size).toBe(8);
  expect(new Set(styles.map((s) => s.dash)).size).toBe(8);
  expect(new Set(styles.map((s) => s.shape)).size).toBe(8);
  // Bars: the first three (the default view) keep three different fills.
  expect(new Set(styles.slice(0, 3).map((s) => s.pattern)).size).toBe(3);
});
