/**
 * The search page's worker: the search service (search-service.ts) over Pagefind. Pagefind
 * runs here in its main-thread mode, so the page receives only the results it lists, not
 * the thousands a broad search matches (handing those across from Pagefind's own worker
 * cost more than the search itself).
 *
 * Each engine is an instance of Pagefind's script imported under an address of its own
 * (`pagefind.js?engine=quotes`): an instance's WebAssembly is global to its module, and a
 * second instance in the same module would take over the first one's.
 */
import { bundleListUrl, primaryBundle } from './bundle-urls.ts';
import type { BundleList, Engine } from '../lib/publish/search-filters.ts';
import {
  createSearchService,
  type LoadingEngine,
  type MoreRequest,
  type PagefindEngine,
  type SearchRequest,
} from './search-service.ts';

interface PagefindInstance extends PagefindEngine {
  mergeIndex(path: string): Promise<void>;
  preload(query: string): Promise<void>;
}

interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindInstance;
}

async function startEngine(engine: Engine, bundles: readonly string[]): Promise<LoadingEngine> {
  // Through a variable: the bundler must not try to resolve the index, built after the site.
  const script = `${primaryBundle}pagefind.js${engine === 'all' ? '' : `?engine=${engine}`}`;
  const module = (await import(/* @vite-ignore */ script)) as PagefindModule;
  const [first, ...others] = bundles;
  // Pagefind adds the folder above the bundles' to every URL of the index, which holds
  // site paths: under a base ("/summit/pagefind/") that is the base (SITE_URL's path).
  const pagefind = module.createInstance({ basePath: first! });
  // Pagefind's mergeIndex waits without end for a first bundle whose WebAssembly never
  // loads: an empty search (which fetches nothing) fails fast instead.
  await pagefind.preload('');
  return {
    pagefind,
    others: others.length,
    mergeOthers: async () => {
      await Promise.all(others.map((path) => pagefind.mergeIndex(path)));
    },
  };
}

async function loadBundleList(): Promise<BundleList> {
  // Asked of the server every time: after a new build, an old list names bundles no longer there.
  const response = await fetch(bundleListUrl, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${bundleListUrl}: ${response.status}`);
  return (await response.json()) as BundleList;
}

const service = createSearchService(loadBundleList, startEngine);

self.addEventListener('message', (event: MessageEvent<SearchRequest | MoreRequest>) => {
  void service.answer(event.data).then((reply) => {
    self.postMessage(reply);
  });
});
