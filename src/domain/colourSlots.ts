/**
 * Which of the palette's colours each title on the page wears. Within one visit a title keeps
 * its colour while others come and go: a removed title frees its slot, and the next title
 * added takes the first free one. A link opened fresh gives colours by position in `titles`,
 * so a reload may recolour a view that had removals, but nothing changes under the reader's eyes.
 */
export const SLOT_COUNT = 8;

/** Title id -> slot (0 = the palette's first colour). */
export type ColourSlots = ReadonlyMap<string, number>;

/** Slots for a link opened fresh: by position, the first title the first colour. */
export function slotsByPosition(ids: readonly string[], count = SLOT_COUNT): ColourSlots {
  return new Map(ids.slice(0, count).map((id, i) => [id, i]));
}

/**
 * The slots after the titles in view became `ids`: titles still there keep theirs, titles gone
 * free theirs, and each new title (in `ids` order) takes the lowest free slot. Returns `previous`
 * itself when nothing changed, so a memo or store can skip work.
 */
export function nextSlots(previous: ColourSlots, ids: readonly string[], count = SLOT_COUNT): ColourSlots {
  const next = new Map<string, number>();
  const used = new Set<number>();
  for (const id of ids) {
    const slot = previous.get(id);
    if (slot !== undefined && !next.has(id)) {
      next.set(id, slot);
      used.add(slot);
    }
  }
  let free = 0;
  for (const id of ids) {
    if (next.has(id)) continue;
    while (used.has(free)) free++;
    // More titles than colours: the caller caps the view at `count`; never reuse a taken slot.
    if (free >= count) break;
    next.set(id, free);
    used.add(free);
  }
  const same = next.size === previous.size && [...next].every(([id, slot]) => previous.get(id) === slot);
  return same ? previous : next;
}
