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

  it('counts "the next morning", "the following evening" from the date written before, as "the next day"', () => {
    expect(findDates('The minister visited Bern on Monday and travelled to Geneva the next morning.', '2024-03-08', false).map((d) => d.date)).toEqual(['2024-03-04', '2024-03-05']);
    expect(findDates('The delegation landed on 3 May and met the mediators the following evening.', '2024-05-10', false).map((d) => d.date)).toEqual(['2024-05-03', '2024-05-04']);
  });

  it('reads "earlier in the day" as the publication day', () => {
    expect(findDates('The Amir arrived in AlUla earlier in the day.', '2021-01-05', false).map((d) => d.date)).toEqual(['2021-01-05']);
  });

  it('leaves "earlier in the day" undated without a publication day', () => {
    expect(findDates('The Amir arrived in AlUla earlier in the day.', null, false).every((d) => d.date === null)).toBe(true);
  });
});

describe('a range of days', () => {
  it('is dated by its first day and carries its last', () => {
    const [r] = findDates('after talks hosted by China from March 6 to 10', '2023-03-11', false);
    expect([r.date, r.last]).toEqual(['2023-03-06', '2023-03-10']);
  });

  it('ends in the next year when it runs over the new year', () => {
    const [r] = findDates('Talks ran from December 30 to January 2.', '2023-03-11', false);
    expect([r.date, r.last]).toEqual(['2022-12-30', '2023-01-02']);
  });

  it('has no last day when it is one day', () => {
    expect(findDates('They met on March 6.', '2023-03-11', false)[0].last).toBeUndefined();
  });

  it('reads "last night" as the evening before the publication day', () => {
    expect(findDates('He briefed the minister by phone last night.', '1999-02-22', false).map((d) => d.date)).toEqual(['1999-02-21']);
  });
});

describe('a day counted back before "today" (1.28.204)', () => {
  it('reads "a week ago today" and "three days ago today" as the days counted back from the publication day', () => {
    expect(findDates('The summit at the lakeside hotel opened a week ago today.', '2011-06-15', false).map((d) => d.date)).toEqual(['2011-06-08']);
    expect(findDates('The envoys met three days ago today in the capital.', '2011-06-15', false).map((d) => d.date)).toEqual(['2011-06-12']);
  });

  it('leaves "a year ago today" undated and still reads a plain "today" as the publication day', () => {
    expect(findDates('The envoy first came here a year ago today.', '2011-06-15', false).map((d) => d.date)).toEqual([null]);
    expect(findDates('The envoy arrives today.', '2011-06-15', false).map((d) => d.date)).toEqual(['2011-06-15']);
  });
});
