import { personProfile } from '@newsroom/extraction';
import countries from 'i18n-iso-countries';
import countriesEn from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(countriesEn);

/**
 * What a speaker speaks for, as the extractor's knowledge says: the titles of every role it knows for them
 * ("UN Special Envoy for Yemen", "Taliban spokesman") and every English name of the state they act for ("Russian
 * Federation", "Russia"), so that an analyst's `organisation=UN` or `organisation=Russia` finds them. Nothing for a
 * speaker the knowledge does not know as a person (an institution speaks for itself: its name is the speaker).
 */
export function speakerAffiliations(speaker: string): string[] {
  const person = personProfile(speaker);
  if (!person) return [];
  const states = person.country ? (countries.getName(person.country, 'en', { select: 'all' }) ?? []) : [];
  return [...new Set([...person.roles.map((r) => r.title), ...states])];
}
