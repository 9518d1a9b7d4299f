import { foldKey } from '../util/text';
import { PERSON_BY_NAME, type Person } from './index';

/** What the knowledge files say about a person (canonical name or alias), or null for someone they do not know. */
export function personProfile(name: string): Person | null {
  return PERSON_BY_NAME.get(foldKey(name)) ?? null;
}
