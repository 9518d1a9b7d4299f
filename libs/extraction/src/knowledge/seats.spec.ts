/** Seats of government that speak for their presidents ("Malacañang said", "according to Cheong Wa Dae"). */
import { extract } from '../index';

const speakers = (text: string) => extract({ id: 't', text, publishedAt: '2024-05-17' }).statements.map((s) => s.speaker);

describe('a seat of government as a speaker', () => {
  it('names Malacañang, Cheong Wa Dae (the Blue House) and the Casa de Nariño as the speakers of their denials and readouts', () => {
    expect(speakers('Malacañang denied reports that the rebel chairman had met the envoy in Cotabato last week.')).toEqual(['Malacañang']);
    expect(speakers('The president spoke to his counterpart by phone for an hour this morning, according to the Blue House.')).toEqual(['Cheong Wa Dae']);
    expect(speakers('The Casa de Nariño denied reports that the president would fly to Caracas for the ceremony.')).toEqual(['Casa de Nariño']);
  });

  it('reads no speaker in the palace where an agreement was signed', () => {
    expect(speakers('The two sides signed the final peace agreement at Malacañang Palace on Monday.')).toEqual([]);
  });
});

describe('venues of talks', () => {
  const visits = (text: string, publishedAt: string) =>
    extract({ id: 't', text, publishedAt }).visits.map((v) => [v.envoy, v.city, v.date]);

  it('places Itamaraty in Brasilia, Sunnylands in Rancho Mirage and the Rainbow Towers in Harare', () => {
    expect(visits('Venezuelan Foreign Minister Yván Gil arrived at Itamaraty on Thursday.', '2024-01-27')).toEqual([['Yván Gil', 'Brasilia', '2024-01-25']]);
    expect(visits('Xi and Obama met at Sunnylands on Friday.', '2013-06-10')).toEqual([['Xi Jinping', 'Rancho Mirage', '2013-06-07']]);
    expect(visits('Tsvangirai arrived at the Rainbow Towers on Monday for the signing.', '2008-09-17')).toEqual([['Morgan Tsvangirai', 'Harare', '2008-09-15']]);
  });
});
