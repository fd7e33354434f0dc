/**
 * The collections the pages read: articles from content/sources; outlets, people, themes
 * and the story from their YAML files.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file } from 'astro/loaders';
import { articleSchema, outletSchema, personSchema, storySchema, themeSchema } from './lib/schema/index.ts';
import { parseStory, parseThemes } from './lib/registry/story.ts';
import { sourcesLoader } from './loaders/sources-loader.ts';
import { yamlLoader } from './loaders/yaml-loader.ts';
import { PEOPLE_FILE, REGISTRY_FILE, STORY_FILE, THEMES_FILE } from './loaders/content-files.ts';

const articles = defineCollection({ loader: sourcesLoader(), schema: articleSchema });
const outlets = defineCollection({ loader: file(REGISTRY_FILE), schema: outletSchema });
const people = defineCollection({ loader: file(PEOPLE_FILE), schema: personSchema });
const themes = defineCollection({
  loader: yamlLoader('themes-loader', THEMES_FILE, (name, text) =>
    parseThemes(name, text).map((theme, index) => ({ id: theme.id, data: { ...theme, order: index } })),
  ),
  // The order of the file is the order of the site's tables.
  schema: themeSchema.extend({ order: z.number().int().nonnegative() }),
});
const story = defineCollection({
  loader: yamlLoader('story-loader', STORY_FILE, (name, text) => [
    { id: 'story', data: parseStory(name, text) },
  ]),
  schema: storySchema,
});

export const collections = { articles, outlets, people, themes, story };
