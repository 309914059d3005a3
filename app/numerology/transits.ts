import { letterTable, letterTokens } from './letters';
import { nameRoles } from './names';
import { DEFAULT_MASTER_NUMBERS, reduceChain, resultFromChain } from './reduce';
import { sumLine } from './step-text';
import type { NormalizedName, NumberResult, NumberSystem, TransitLetter, Transits } from './types';

/**
 * The letter of `role` active at `age`: letters run in order, each lasting its value in years,
 * the name starting over when used up (CONVENTIONS §11).
 */
function transitLetter(role: string, age: number, system: NumberSystem, label: string): [TransitLetter, string] {
  const table = letterTable(system);
  const tokens = letterTokens(system);
  let total = 0;
  let spelled = '';
  for (let i = 0; i < role.length; i++) {
    const c = role.charCodeAt(i);
    total += table[c];
    spelled = i === 0 ? tokens[c] : spelled + ' ' + tokens[c];
  }
  const position = age % total;
  let start = 0;
  let i = 0;
  while (start + table[role.charCodeAt(i)] <= position) start += table[role.charCodeAt(i++)];
  const value = table[role.charCodeAt(i)];
  const fromAge = age - position + start;
  const letter: TransitLetter = { letter: role[i], value, name: role, fromAge, untilAge: fromAge + value };
  const line =
    label + ' (' + role + ': ' + spelled + ', a ' + total + '-year round): ' + age + ' mod ' + total + ' = ' + position +
    ' → ' + letter.letter + ', from age ' + fromAge + ' until age ' + letter.untilAge;
  return [letter, line];
}

/** Physical (first name), mental (middle, else last) and spiritual (last) transit letters at `age`. */
export function transits(name: NormalizedName, age: number, system: NumberSystem = 'pythagorean'): Transits {
  const roles = nameRoles(name);
  const [physical, physicalLine] = transitLetter(roles.first, age, system, 'Physical');
  const [mental, mentalLine] = transitLetter(roles.middle || roles.last, age, system, 'Mental');
  const [spiritual, spiritualLine] = transitLetter(roles.last, age, system, 'Spiritual');
  return {
    age,
    physical: physical.letter,
    mental: mental.letter,
    spiritual: spiritual.letter,
    detail: { physical, mental, spiritual },
    steps: ['Age ' + age + ' in completed years', physicalLine, mentalLine, spiritualLine],
  };
}

/** Essence: the three transit letters' values added, reduced with masters. */
export function essence(t: Transits, masters: readonly number[] = DEFAULT_MASTER_NUMBERS): NumberResult {
  const { physical, mental, spiritual } = t.detail;
  const chain = reduceChain(physical.value + mental.value + spiritual.value, masters);
  const terms = physical.letter + physical.value + ' + ' + mental.letter + mental.value + ' + ' + spiritual.letter + spiritual.value;
  return resultFromChain(chain, [sumLine('Transit letters ' + terms, chain)]);
}
