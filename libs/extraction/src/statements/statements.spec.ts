/** Reported-speech forms, through extract(). */
import { extract } from '../index';

const run = (text: string, publishedAt: string | null = '2025-04-21') => extract({ id: 't', text, publishedAt });

describe('reported speech', () => {
  it('reads "told <outlet> CLAUSE" without "that" as reported speech', () => {
    const x = run('Minister Maxime Balalou told RFI the agreement would be submitted to the monitoring committee next week.');
    expect(x.statements).toEqual([
      expect.objectContaining({ speaker: 'Maxime Balalou', type: 'indirect', text: 'the agreement would be submitted to the monitoring committee next week' }),
    ]);
  });

  it('does not read "told <person> about ..." as reported speech', () => {
    expect(run('Faustin-Archange Touadéra told Mahamat Idriss Déby about the plan.').statements).toEqual([]);
  });

  it('names "the Office of the Prime Minister" as the prime minister\'s office of the article\'s state, not the prime minister', () => {
    const x = run('Prime Minister Abiy Ahmed met the panel in Addis Ababa on Wednesday, the Office of the Prime Minister said in a post on X.');
    expect(x.statements.map((s) => s.speaker)).toEqual(["Ethiopia Prime Minister's Office"]);
  });
});
