/**
 * The registries: content/outlets.yaml (who publishes) and content/people.yaml (who is
 * quoted), with the kinds and categories their entries take.
 */
import { z } from 'astro/zod';
import { domain, kebabId, regexSource } from './fields.ts';

/** Kinds of outlet an entry of content/outlets.yaml can be. */
export const outletKinds = [
  'wire',
  'state news agency',
  'newspaper',
  'magazine',
  'public broadcaster',
  'commercial broadcaster',
  'state-funded broadcaster',
  'state broadcaster',
  'digital outlet',
] as const;

/** How an outlet is recognised in text that does not name it. */
export const fingerprintsSchema = z.strictObject({
  /** Phrases the outlet uses of its own reporting ("told CBS News"). */
  selfMentions: z.array(z.string().min(3)),
  /** Strings that open the outlet's own wire copy ("/TASS/", "(AP) —"). */
  datelines: z.array(z.string().min(3)),
  /** Regular expressions matching the outlet's site-relative hrefs. */
  relativeLinks: z.array(regexSource),
  /** True when the outlet's own copy links to itself site-relatively. */
  ownLinksRelative: z.boolean(),
});

/** How an outlet is recognised in text that does not name it. */
export type Fingerprints = z.infer<typeof fingerprintsSchema>;

/** One entry of content/outlets.yaml. */
export const outletSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  homepage: z.url({ protocol: /^https?$/ }),
  domains: z.array(domain).min(1),
  country: z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as "GB"'),
  kind: z.enum(outletKinds),
  owner: z.string().min(1).nullable(),
  fingerprints: fingerprintsSchema,
  /** Wires and agencies that everybody links to: a link to them is weak evidence. */
  citedOften: z.boolean(),
});

/** One entry of content/outlets.yaml. */
export type Outlet = z.infer<typeof outletSchema>;

/** The whole registry: ids and domains are unique. */
export const outletRegistrySchema = z.array(outletSchema).superRefine((outlets, ctx) => {
  const ids = new Map<string, number>();
  const domains = new Map<string, string>();
  outlets.forEach((outlet, index) => {
    const previous = ids.get(outlet.id);
    if (previous !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate outlet id "${outlet.id}" (also entry ${previous + 1}); ids must be unique`,
      });
    }
    ids.set(outlet.id, index);
    outlet.domains.forEach((name, domainIndex) => {
      const owner = domains.get(name);
      if (owner !== undefined && owner !== outlet.id) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'domains', domainIndex],
          message: `domain "${name}" is already listed for "${owner}"; a domain belongs to one outlet`,
        });
      }
      domains.set(name, outlet.id);
    });
  });
});

/** Voice categories of content/people.yaml: whose voice a quote carries (in display order). */
export const voiceCategories = [
  'chinese-official',
  'russian-official',
  'joint',
  'ukrainian-official',
  'western-official',
  'other-official',
  'analyst',
  'civilian',
  'document',
] as const;

/** Whose voice a quote carries. */
export type VoiceCategory = (typeof voiceCategories)[number];

/** One entry of content/people.yaml: a person, document or group that is quoted. */
export const personSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  role: z.string().min(1),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as "UA", or null')
    .nullable(),
  category: z.enum(voiceCategories),
  /** For documents and groups: the people behind them. */
  members: z.array(kebabId),
});

/** One entry of content/people.yaml. */
export type Person = z.infer<typeof personSchema>;

/** The people registry: ids unique, no alias naming two people, members known. */
export const peopleRegistrySchema = z.array(personSchema).superRefine((people, ctx) => {
  const ids = new Set(people.map((person) => person.id));
  const seenIds = new Set<string>();
  const names = new Map<string, string>();
  people.forEach((person, index) => {
    if (seenIds.has(person.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate person id "${person.id}"` });
    }
    seenIds.add(person.id);
    for (const name of [person.name, ...person.aliases]) {
      const key = name.toLowerCase();
      const owner = names.get(key);
      if (owner !== undefined && owner !== person.id) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'aliases'],
          message: `"${name}" also names "${owner}"; an alias must name one person`,
        });
      }
      names.set(key, person.id);
    }
    person.members.forEach((member, memberIndex) => {
      if (!ids.has(member)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'members', memberIndex],
          message: `no person "${member}"`,
        });
      }
    });
  });
});
