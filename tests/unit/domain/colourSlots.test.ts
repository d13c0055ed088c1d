// @vitest-environment node
import { nextSlots, slotsByPosition, type ColourSlots } from '../../../src/domain/colourSlots';

const asObject = (slots: ColourSlots) => Object.fromEntries(slots);

describe('slotsByPosition: a link opened fresh', () => {
  it('colours titles by their place in the link', () => {
    expect(asObject(slotsByPosition(['b', 'a', 'c']))).toEqual({ b: 0, a: 1, c: 2 });
  });

  it('gives no slot past the eighth', () => {
    const ids = Array.from({ length: 9 }, (_, i) => `t${i}`);
    expect(slotsByPosition(ids).has('t8')).toBe(false);
  });
});

describe('nextSlots: titles coming and going within a visit', () => {
  const start = slotsByPosition(['a', 'b', 'c']);

  it.each([
    ['adding a title takes the next free slot', ['a', 'b', 'c', 'd'], { a: 0, b: 1, c: 2, d: 3 }],
    ['removing a title leaves the others where they were', ['a', 'c'], { a: 0, c: 2 }],
    ['reordering changes no colour', ['c', 'a', 'b'], { a: 0, b: 1, c: 2 }],
    ['a repeated id keeps one slot', ['a', 'a', 'b', 'c'], { a: 0, b: 1, c: 2 }],
  ])('%s', (_name, ids, expected) => {
    expect(asObject(nextSlots(start, ids))).toEqual(expected);
  });

  it("gives a removed title's slot to the next title added", () => {
    const withoutB = nextSlots(start, ['a', 'c']);
    expect(asObject(nextSlots(withoutB, ['a', 'c', 'd']))).toEqual({ a: 0, c: 2, d: 1 });
  });

  it('fills the lowest free slots first when several are free', () => {
    let slots = slotsByPosition(['a', 'b', 'c', 'd', 'e']);
    slots = nextSlots(slots, ['a', 'e']); // b, c, d leave: 1, 2, 3 free
    slots = nextSlots(slots, ['a', 'e', 'x', 'y']);
    expect(asObject(slots)).toEqual({ a: 0, e: 4, x: 1, y: 2 });
  });

  it('a title removed and added back may come back in another colour', () => {
    let slots = nextSlots(start, ['b', 'c']); // a leaves: slot 0 free
    slots = nextSlots(slots, ['b', 'c', 'd']); // d takes 0
    slots = nextSlots(slots, ['b', 'c', 'd', 'a']);
    expect(asObject(slots)).toEqual({ b: 1, c: 2, d: 0, a: 3 });
  });

  it('never gives two titles one slot, and stops at eight', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `t${i}`);
    const slots = nextSlots(new Map(), ids);
    expect([...slots.values()].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(slots.has('t8')).toBe(false);
  });

  it('returns the same map when nothing changed, so memos can skip work', () => {
    expect(nextSlots(start, ['a', 'b', 'c'])).toBe(start);
    expect(nextSlots(start, ['a', 'b'])).not.toBe(start);
  });
});
