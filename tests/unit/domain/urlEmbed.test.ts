import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, isValidView } from '../../../src/domain/url/codec';
import { URL_KEYS } from '../../../src/domain/url/keys';
import { DEFAULT_VIEW, type Catalog } from '../../../src/domain/view';

const catalog: Catalog = {
  titleIds: ['squid-game-s1', 'all-of-us-are-dead-s1', 'business-proposal-s1'],
  maxWeek: { top10: 32, premiere: 200, calendar: 32 },
};

describe('the embed key', () => {
  it.each([
    ['?embed=1', true, '?embed=1', []],
    ['?weeks=2..5&embed=1&theme=dark', true, '?weeks=2..5&theme=dark&embed=1', []],
    ['?embed=0', undefined, '', []],
    ['?embed=yes', undefined, '', ['embed: "yes" is not 1']],
    ['?embed=1&embed=0', true, '?embed=1', ['embed: "0" was given again; only the first value counts']],
  ])('%s reads as embed=%s and is written %j', (search, embed, written, messages) => {
    const decoded = decodeView(search, catalog);
    expect(decoded.view.embed).toBe(embed);
    expect(encodeView(decoded.view)).toBe(written);
    expect(decoded.issues.map((i) => i.message)).toEqual(messages);
  });

  it('comes last in the key order', () => {
    expect(URL_KEYS[URL_KEYS.length - 1]).toBe('embed');
  });

  it('leaves a full-app view without the field, so it equals the default', () => {
    expect(decodeView('', catalog).view).toEqual(DEFAULT_VIEW);
    expect('embed' in decodeView('?metric=rank', catalog).view).toBe(false);
  });

  it('is a valid view field only as a boolean', () => {
    expect(isValidView({ ...DEFAULT_VIEW, embed: true }, catalog)).toBe(true);
    expect(isValidView({ ...DEFAULT_VIEW, embed: 'yes' as unknown as boolean }, catalog)).toBe(false);
  });
});
