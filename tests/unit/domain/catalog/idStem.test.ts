// @vitest-environment node
import { idStem } from '../../../../src/domain/catalog/format';
import { slugify } from '../../../../src/domain/titleId';

describe('idStem: the shorthand the catalog writes ids against', () => {
  it.each([
    ['Squid Game', 'squid-game'],
    ["Grey's Anatomy", 'greys-anatomy'],
    ['Marvel’s Daredevil', 'marvels-daredevil'],
    ["'Allo 'Allo!", 'allo-allo'],
    ["Rock 'n' Roll", 'rock-n-roll'],
    ['  Money Heist: Part 1  ', 'money-heist-part-1'],
    ['Café con aroma de mujer', 'caf-con-aroma-de-mujer'],
    ['오징어 게임', ''],
  ])('%s -> "%s"', (show, stem) => {
    expect(idStem(show)).toBe(stem);
  });

  it.each(['Squid Game', "Grey's Anatomy", 'Money Heist: Part 1', 'The 8 Show'])('agrees with the id rule on plain ASCII: %s', (show) => {
    expect(idStem(show)).toBe(slugify(show));
  });
});
