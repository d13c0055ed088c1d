// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, deltaE, hex, simulate, type Deficiency } from '../colour';

const css = readFileSync(resolve(process.cwd(), 'src/styles.css'), 'utf8');

/** The custom properties of the first rule whose selector starts with `selector`. */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const THEMES = { light: block(':root'), dark: block(":root[data-theme='dark']") };
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
