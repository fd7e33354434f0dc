/**
 * The search page in the browser: reads ?q= and ?outlet= from the address, asks Pagefind,
 * lists the articles found and announces the count. The form works without this script
 * (it submits to the same address); with it, results update in place.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 30;

// Imported through a variable: Vite must not try to bundle the index, which only exists
// after the build (and a literal path here breaks Astro's script processing).
const pagefindUrl = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi>;
  return pagefind;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const outlet = document.createElement('p');
  outlet.className = 'result-outlet';
  outlet.textContent = (data.filters['outlet'] ?? []).join(', ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Pagefind's excerpt is escaped page text with <mark> around the matches.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, outlet, excerpt);
  return item;
}

/** Wires up the search form and runs the search in the address, if any. */
export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const select = document.querySelector<HTMLSelectElement>('#outlet');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#results');
  if (!form || !input || !select || !status || !list) return;
  // Shown to browsers without JavaScript (more robust than <noscript>); hidden from here on.
  document.querySelector('#search-needs-script')?.remove();

  const run = async () => {
    const params = new URLSearchParams(window.location.search);
    const query = (params.get('q') ?? '').trim();
    const outlet = params.get('outlet') ?? '';
    input.value = query;
    select.value = [...select.options].some((option) => option.value === outlet) ? outlet : '';
    list.replaceChildren();
    if (query === '') {
      status.textContent = 'Type a word or phrase to search every article.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const api = await loadPagefind();
      const search = await api.search(query, outlet === '' ? {} : { filters: { outlet } });
      const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      list.replaceChildren(...found.map(renderResult));
      const count = search.results.length;
      const scope = outlet === '' ? '' : ` in ${outlet}`;
      const shown = count > MAX_RESULTS ? ` (showing the first ${MAX_RESULTS})` : '';
      status.textContent = `${count} ${count === 1 ? 'article' : 'articles'} found for “${query}”${scope}${shown}.`;
    } catch {
      status.textContent = 'Search is not available: the search index could not be loaded.';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (input.value.trim() !== '') params.set('q', input.value.trim());
    if (select.value !== '') params.set('outlet', select.value);
    const search = params.toString();
    window.history.pushState(null, '', search === '' ? window.location.pathname : `?${search}`);
    void run();
  });
  window.addEventListener('popstate', () => void run());
  await run();
}
