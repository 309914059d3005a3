import { componentLine, fullReduction, numText } from './reduction';
import type { CalendarDate, Gender, KuaYearStart, NumberResult } from './types';

/**
 * Kua number (CONVENTIONS §13). Male 11 − r, female r + 4 (minus 9 above 9), r = the reduced birth
 * year; 5 is not a Kua, so it becomes 2 (male) or 8 (female).
 */
export function kua(birth: CalendarDate, gender: Gender, yearStart: KuaYearStart = 'solar'): NumberResult {
  const beforeSolarNewYear = yearStart === 'solar' && (birth.month < 2 || (birth.month === 2 && birth.day < 4));
  const year = beforeSolarNewYear ? birth.year - 1 : birth.year;
  const steps = [
    yearStart === 'january'
      ? 'Kua year ' + year + ' (the calendar year of birth)'
      : 'Kua year ' + year + (beforeSolarNewYear ? ' (born before 4 February, so the previous solar year)' : ' (the solar year starts on 4 February)'),
  ];
  const yearR = fullReduction(year);
  steps.push(componentLine('Year', yearR));
  const r = yearR.value;
  const compound = gender === 'male' ? 11 - r : r + 4;
  const chain = [compound];
  let line = gender === 'male' ? 'Male: 11 − ' + r + ' = ' + compound : 'Female: ' + r + ' + 4 = ' + compound;
  if (compound > 9) {
    chain.push(compound - 9);
    line += ', minus 9 = ' + (compound - 9);
  }
  if (chain[chain.length - 1] === 5) {
    const replacement = gender === 'male' ? 2 : 8;
    chain.push(replacement);
    line += '; 5 is not used as a Kua, so a ' + gender + ' 5 becomes ' + replacement;
  }
  steps.push(line);
  return { value: chain[chain.length - 1], compound, chain, steps };
}
