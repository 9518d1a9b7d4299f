/** Knowledge of people and places, through extract(). */
import { extract } from '../index';

const run = (text: string, publishedAt: string | null = '2021-01-05') => extract({ id: 't', text, publishedAt });

describe('the Arabic article in known names', () => {
  it('reads "Tamim bin Hamad Al-Thani" (hyphened) as the known "Tamim bin Hamad Al Thani"', () => {
    const [v] = run('The Amir of Qatar Sheikh Tamim bin Hamad Al-Thani arrived in Riyadh on Tuesday.').visits;
    expect(v).toMatchObject({ city: 'Riyadh', date: '2021-01-05' });
    expect(v.envoy).toMatch(/Tamim bin Hamad Al Thani$/);
  });
});

describe('places the generated gazetteer lacks or gets wrong', () => {
  it('knows AlUla (also written Al-Ula) in Saudi Arabia', () => {
    expect(run('The Amir of Qatar Sheikh Tamim bin Hamad Al Thani arrived in Al-Ula on Tuesday.').visits.map((v) => [v.city, v.country])).toEqual([['AlUla', 'SA']]);
  });

  it('places Hillsborough, with its castle, in Northern Ireland rather than Grenada', () => {
    expect(run('The Taoiseach, Mr Bertie Ahern, arrived at Hillsborough Castle on Tuesday evening.', '1998-04-11').visits.map((v) => [v.city, v.country])).toEqual([['Hillsborough', 'GB']]);
  });
});

describe('heads of state by their term of office', () => {
  it('knows Michel Aoun as Lebanon\'s president in 2022, so signing at Baabda Palace is no visit of his', () => {
    const x = run('President Michel Aoun signed the letter approving the agreement at Baabda Palace after receiving Amos Hochstein, who arrived in Beirut on Wednesday evening.', '2022-10-27');
    expect(x.visits.map((v) => v.envoy)).not.toContain('Michel Aoun');
  });
});

describe('West and East African heads of state, and UN Secretaries-General', () => {
  it('knows the leaders of the 2017 Gambian crisis by their states ("The Nigerian president" is Buhari in January 2017)', () => {
    const x = run('Muhammadu Buhari met Yahya Jammeh last month. The Nigerian president travelled to Banjul on 13 January.', '2017-01-21');
    expect(x.visits.map((v) => [v.envoy, v.city, v.date])).toEqual([['Muhammadu Buhari', 'Banjul', '2017-01-13']]);
  });

  it('knows Mwai Kibaki as Kenya\'s president in 2008, so his signing in Nairobi is no visit of his', () => {
    expect(run('President Mwai Kibaki signed the accord at Harambee House in Nairobi on Thursday.', '2008-02-29').visits).toEqual([]);
  });
});
