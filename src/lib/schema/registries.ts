/**
 * The registries: content/outlets.yaml (who publishes) and content/people.yaml (who is
 * quoted), with the kinds and categories their entries take.
 */
import { z } from 'astro/zod';
import { domain, kebabId, regexSource } from './fields.ts';
import { uniqueBy } from './unique.ts';

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

/** The whole registry: ids are unique, and a domain belongs to one outlet. */
export const outletRegistrySchema = z
  .array(outletSchema)
  .superRefine(
    uniqueBy((outlet) => outlet.id, { what: 'outlet id', rule: 'ids must be unique', path: ['id'] }),
  )
  .superRefine(
    uniqueBy((outlet) => outlet.domains, {
      what: 'domain',
      rule: 'a domain belongs to one outlet',
      path: (domainIndex) => ['domains', domainIndex],
    }),
  );

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

/** The people registry: ids unique, no name or alias naming two people, members known. */
export const peopleRegistrySchema = z
  .array(personSchema)
  .superRefine(
    uniqueBy((person) => person.id, { what: 'person id', rule: 'ids must be unique', path: ['id'] }),
  )
  .superRefine(
    // Aliases match news text ignoring case (content/people.yaml, top comment): "the Kremlin"
    // and "The Kremlin" are one name, so two entries must not hold it in any case.
    uniqueBy((person) => [person.name, ...person.aliases].map((name) => name.toLowerCase()), {
      what: 'name or alias',
      rule: 'compared ignoring case; a name or alias must name one person',
      path: (nameIndex) => (nameIndex === 0 ? ['name'] : ['aliases', nameIndex - 1]),
    }),
  )
  .superRefine((people, ctx) => {
    const ids = new Set(people.map((person) => person.id));
    people.forEach((person, index) => {
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
