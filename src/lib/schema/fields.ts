/**
 * Field schemas the other schema files build on: ids, host names, regular expressions and
 * calendar dates. Only `isoDateSchema` is public (index.ts); the rest are shared here.
 */
import { z } from 'astro/zod';

/** An id written in kebab-case: outlets, people, facts, themes, articles. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (kebab-case)');

/** A bare host name such as "example.com": subdomains match it, so "www." is left out. */
export const domain = z
  .string()
  .regex(
    /^([a-z0-9-]+\.)+[a-z]{2,}$/,
    'use a lowercase host name such as "example.com", without scheme or path',
  )
  .refine((value) => !value.startsWith('www.'), 'leave out "www." (subdomains match automatically)');

/** The source of a JavaScript regular expression that compiles. */
export const regexSource = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'not a valid JavaScript regular expression');

/** Calendar date as YYYY-MM-DD that exists (no 2023-02-30). */
export const isoDateSchema = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}, 'use a real calendar date written YYYY-MM-DD, e.g. 2023-03-22');
