/** Office's display language ("da-DK", "en-US", …) reduced to the languages the add-in has. */
import type { Lang } from '../core';
import type { OfficeLike } from './deps';

export function languageFromTag(tag: string | undefined | null): Lang {
  return (tag ?? '').trim().toLowerCase().startsWith('da') ? 'da' : 'en';
}

export function displayLanguage(office: OfficeLike | undefined): Lang {
  return languageFromTag(office?.context?.displayLanguage);
}
