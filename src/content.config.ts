/** The collections the pages read: articles from content/sources, outlets from the registry. */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleSchema, outletSchema } from './lib/schema.ts';
import { sourcesLoader } from './loaders/sources-loader.ts';
import { REGISTRY_FILE } from './loaders/content-files.ts';

const articles = defineCollection({ loader: sourcesLoader(), schema: articleSchema });
const outlets = defineCollection({ loader: file(REGISTRY_FILE), schema: outletSchema });

export const collections = { articles, outlets };
