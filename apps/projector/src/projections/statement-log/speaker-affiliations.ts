import { personProfile } from '@newsroom/extraction';
import countries from 'i18n-iso-countries';
import countriesEn from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(countriesEn);

/**
 * What a speaker speaks for, as the extractor's knowledge says: the titles of the roles it knows for them on the
 * statement's day ("UN Special Envoy for Yemen", "Taliban spokesman"; every role when the day is unknown or none is
 * dated to cover it) and every English name of the state they act for ("Russian Federation", "Russia"), so that an
 * analyst's `organisation=UN` or `organisation=Russia` finds them, and a 2020 statement of an envoy who was
 * ambassador to the UN years before is not the UN's. Nothing for a speaker the knowledge does not know as a person
 * (an institution speaks for itself: its name is the speaker).
 */
export function speakerAffiliations(speaker: string, date: string | null = null): string[] {
  const person = personProfile(speaker);
  if (!person) return [];
  const held = date ? person.roles.filter((r) => (!r.from || r.from <= date) && (!r.to || r.to >= date)) : [];
  const states = person.country ? (countries.getName(person.country, 'en', { select: 'all' }) ?? []) : [];
  return [...new Set([...(held.length ? held : person.roles).map((r) => r.title), ...states])];
}
