import { findDates } from './resolve';

describe('findDates', () => {
  it('reads a day written as an ordinal before the month ("on 21st August 2019")', () => {
    const [d] = findDates('He signed the Memorandum in Luanda on 21st August 2019 with President Kagame.', '2019-09-17', false);
    expect(d.date).toBe('2019-08-21');
  });

  it('reads a day written as an ordinal after the month ("on May 22nd")', () => {
    const [d] = findDates('The agreement will be put to referendums on May 22nd.', '1998-04-11', true);
    expect(d.date).toBe('1998-05-22');
  });

  it('still leaves a month without a day unresolved ("in August 2019")', () => {
    expect(findDates('The talks began in August 2019.', '2019-09-17', false).every((d) => d.date === null)).toBe(true);
  });

  it('reads "earlier in the day" as the publication day', () => {
    expect(findDates('The Amir arrived in AlUla earlier in the day.', '2021-01-05', false).map((d) => d.date)).toEqual(['2021-01-05']);
  });

  it('leaves "earlier in the day" undated without a publication day', () => {
    expect(findDates('The Amir arrived in AlUla earlier in the day.', null, false).every((d) => d.date === null)).toBe(true);
  });
});
