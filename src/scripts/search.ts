/**
 * The search page in the browser: reads the words and filters from the address, asks
 * Pagefind, lists articles and quotes, and announces the count. The form works without
 * this script (it submits to the same address); with it, results update in place.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

interface PagefindApi {
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 50;
// Results are listed as soon as the first few have loaded; the rest follow in the background.
const FIRST_RESULTS = 10;
const FILTERS = ['type', 'outlet', 'speaker', 'voice'] as const;

interface PagefindModule {
  createInstance(options?: object): PagefindApi;
}

// Imported through a variable: Vite must not try to bundle the index, which only exists
// after the build (and a literal path here breaks Astro's script processing).
const pagefindUrl = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindModule> | undefined;
const instances = new Map<'unfiltered' | 'filtered', PagefindApi>();

/**
 * Two Pagefind instances of the same index. Once an instance has searched with a filter,
 * Pagefind counts the results of every later search per filter value, at a cost of
 * results × filtered records (half a second at 10,000 articles, see BENCHMARKS.md).
 * Searches without filters go to an instance that never loads a filter.
 */
async function searcher(filtered: boolean): Promise<PagefindApi> {
  pagefind ??= import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindModule>;
  const module = await pagefind;
  const kind = filtered ? 'filtered' : 'unfiltered';
  let instance = instances.get(kind);
  if (instance === undefined) {
    instance = module.createInstance();
    instances.set(kind, instance);
  }
  return instance;
}

/**
 * An article result's address with a text fragment (#:~:text=) for the first matched word,
 * so the landing page highlights it without any script of its own. Quote results keep
 * their #anchor alone: a text directive would take precedence and scroll elsewhere, and
 * the page highlights the targeted quote itself.
 */
function withHighlight(url: string, excerpt: string): string {
  const matched = /<mark>([^<]+)<\/mark>/
    .exec(excerpt)?.[1]
    ?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!matched || url.includes('#')) return url;
  return `${url}#:~:text=${encodeURIComponent(matched)}`;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const isQuote = (data.filters['type'] ?? []).includes('quote');
  const item = document.createElement('li');
  item.className = isQuote ? 'result-quote' : 'result-article';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = withHighlight(data.url, data.excerpt);
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  const outlet = (data.filters['outlet'] ?? []).join(', ');
  if (isQuote) {
    item.append(heading, paragraph('result-outlet', `Quote · ${data.meta['speaker'] ?? ''} · in ${outlet}`));
  } else {
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    // Pagefind's excerpt is escaped page text with <mark> around the matches.
    excerpt.innerHTML = data.excerpt;
    item.append(heading, paragraph('result-outlet', `Article · ${outlet}`), excerpt);
  }
  return item;
}

/** Wires up the search form and runs the search in the address, if any. */
export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#results');
  const selects = Object.fromEntries(
    FILTERS.map((name) => [name, document.querySelector<HTMLSelectElement>(`#${name}`)]),
  ) as Record<(typeof FILTERS)[number], HTMLSelectElement | null>;
  if (!form || !input || !status || !list || Object.values(selects).some((select) => select === null)) return;
  // Shown to browsers without JavaScript (more robust than <noscript>); hidden from here on.
  document.querySelector('#search-needs-script')?.remove();

  // Each run's number: a run that a newer one overtook does not touch the list.
  let latest = 0;
  const run = async () => {
    const token = ++latest;
    const params = new URLSearchParams(window.location.search);
    const query = (params.get('q') ?? '').trim();
    input.value = query;
    const filters: Record<string, string> = {};
    for (const name of FILTERS) {
      const select = selects[name]!;
      const value = params.get(name) ?? '';
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
      if (select.value !== '') filters[name] = select.value;
    }
    list.replaceChildren();
    if (query === '' && Object.keys(filters).length === 0) {
      status.textContent = 'Type a word or phrase, or choose a filter, to search every article and quote.';
      list.setAttribute('aria-busy', 'false');
      return;
    }
    status.textContent = 'Searching…';
    // Busy until every listed result has loaded (the first ones are shown before the rest).
    list.setAttribute('aria-busy', 'true');
    let listed = false;
    try {
      const api = await searcher(Object.keys(filters).length > 0);
      const search = await api.search(query === '' ? null : query, { filters });
      const first = await Promise.all(search.results.slice(0, FIRST_RESULTS).map((result) => result.data()));
      if (token !== latest) return;
      list.replaceChildren(...first.map(renderResult));
      const count = search.results.length;
      const scope = Object.values(filters).length > 0 ? ` (${Object.values(filters).join(', ')})` : '';
      const words = query === '' ? '' : ` for “${query}”`;
      const shown = count > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : '';
      status.textContent = `${count} ${count === 1 ? 'result' : 'results'} found${words}${scope}${shown}.`;
      listed = true;
      const rest = await Promise.all(
        search.results.slice(FIRST_RESULTS, MAX_RESULTS).map((result) => result.data()),
      );
      if (token === latest) list.append(...rest.map(renderResult));
    } catch {
      // A run that a newer one overtook says nothing; once results are listed, a later
      // result that fails to load leaves them (and the count) as they are.
      if (token === latest && !listed) {
        status.textContent = 'Search is not available: the search index could not be loaded.';
      }
    } finally {
      if (token === latest) list.setAttribute('aria-busy', 'false');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (input.value.trim() !== '') params.set('q', input.value.trim());
    for (const name of FILTERS) if (selects[name]!.value !== '') params.set(name, selects[name]!.value);
    const search = params.toString();
    window.history.pushState(null, '', search === '' ? window.location.pathname : `?${search}`);
    void run();
  });
  window.addEventListener('popstate', () => void run());
  await run();
}
