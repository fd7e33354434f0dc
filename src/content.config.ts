/** The collections the pages read: articles from content/sources; outlets and people from their registries. */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleSchema, outletSchema, personSchema } from './lib/schema.ts';
import { sourcesLoader } from './loaders/sources-loader.ts';
import { PEOPLE_FILE, REGISTRY_FILE } from './loaders/content-files.ts';

const articles = defineCollection({ loader: sourcesLoader(), schema: articleSchema });
const outlets = defineCollection({ loader: file(REGISTRY_FILE), schema: outletSchema });
const people = defineCollection({ loader: file(PEOPLE_FILE), schema: personSchema });

export const collections = { articles, outlets, people };
