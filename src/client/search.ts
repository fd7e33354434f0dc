/**
 * The search page in the browser: reads the words and filters from the address, asks the
 * search worker, lists a page of articles and quotes at a time, and announces the count.
 * The form works without this script (it submits to the same address); with it, results
 * update in place.
 */
import {
  SEARCH_FILTERS,
  engineFor,
  findFilterOption,
  toPagefindFilters,
  type FilterOption,
} from '../lib/publish/search-filters.ts';
import type { MoreRequest, ResultData, SearchAnswer, SearchRequest } from './search-service.ts';
import { quoteExcerpt, type MatchPlace } from './quote-excerpt.ts';

/** Results listed first: their data is fetched one file each, so the first answer stays small. */
const FIRST_PAGE = 10;
/** Results each "Show more" adds. */
const MORE_PAGE = 20;

/** What each filter of the address chooses, to say which value the sources do not have. */
const FILTER_NOUNS: Record<(typeof SEARCH_FILTERS)[number], string> = {
  type: 'kind of result',
  outlet: 'outlet',
  speaker: 'speaker',
  voice: 'voice',
};

let worker: Worker | undefined;
const waiting = new Map<number, (answer: SearchAnswer) => void>();

/** Answers every waiting request with an error: the worker could not start or broke. */
function failWaiting(error: string): void {
  for (const [token, resolve] of waiting) resolve({ token, error });
  waiting.clear();
}

/** Sends a request to the search worker (started on first use) and waits for its answer. */
function ask(request: SearchRequest | MoreRequest): Promise<SearchAnswer> {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      // A browser without module workers: the page says search is not available.
      return Promise.resolve({ token: request.token, error: String(error) });
    }
    worker.addEventListener('message', (event: MessageEvent<SearchAnswer>) => {
      waiting.get(event.data.token)?.(event.data);
      waiting.delete(event.data.token);
    });
    worker.addEventListener('error', (event) => {
      // The next request starts a new worker.
      worker?.terminate();
      worker = undefined;
      failWaiting(event.message || 'the search worker failed');
    });
  }
  const sent = worker;
  return new Promise((resolve) => {
    waiting.set(request.token, resolve);
    sent.postMessage(request);
  });
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

/** How the page names each place a quote result matched. */
const PLACE_TEXT: Record<MatchPlace, string> = {
  quote: 'the quote',
  sentence: 'the sentence around it',
  speaker: 'the speaker’s name',
};

/** Pagefind's excerpt: escaped page text with <mark> around the matches. */
function pagefindExcerpt(html: string): HTMLParagraphElement {
  const excerpt = paragraph('excerpt', '');
  excerpt.innerHTML = html;
  return excerpt;
}

/** A quote's sentence, the quote marked as on the article page and the matched words as in Pagefind's excerpts; or Pagefind's excerpt. */
function quoteParagraphs(data: ResultData): HTMLParagraphElement[] {
  const excerpt = quoteExcerpt(data.content ?? '', data.locations ?? [], data.meta);
  if (excerpt === null) return [pagefindExcerpt(data.excerpt)];
  const sentence = paragraph('excerpt', '');
  let quote: HTMLElement | null = null;
  for (const piece of excerpt.pieces) {
    let node: Node = document.createTextNode(piece.text);
    if (piece.matched) {
      const mark = document.createElement('mark');
      mark.append(node);
      node = mark;
    }
    if (!piece.quoted) {
      quote = null;
      sentence.append(node);
      continue;
    }
    if (quote === null) {
      quote = document.createElement('mark');
      quote.className = 'quote';
      quote.title = 'The quote';
      sentence.append(quote);
    }
    quote.append(node);
  }
  if (excerpt.places.length === 0) return [sentence];
  const places = excerpt.places.map((place) => PLACE_TEXT[place]).join(' and ');
  return [sentence, paragraph('result-match', `Found in ${places}.`)];
}

function renderResult(data: ResultData): HTMLLIElement {
  const isQuote = data.meta['kind'] === 'quote';
  const item = document.createElement('li');
  item.className = isQuote ? 'result-quote' : 'result-article';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = withHighlight(data.url, data.excerpt);
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  const outlet = data.meta['outlet'] ?? '';
  if (isQuote) {
    item.append(
      heading,
      paragraph('result-outlet', `Quote · ${data.meta['speaker'] ?? ''} · in ${outlet}`),
      ...quoteParagraphs(data),
    );
  } else {
    item.append(heading, paragraph('result-outlet', `Article · ${outlet}`), pagefindExcerpt(data.excerpt));
  }
  return item;
}

/** A filter's options as the page lists them. */
function optionsOf(select: HTMLSelectElement): FilterOption[] {
  return [...select.options]
    .filter((option) => option.value !== '')
    .map((option) => ({
      value: option.value,
      text: option.text.trim(),
      ...(option.dataset['keys'] === undefined ? {} : { keys: option.dataset['keys'] }),
    }));
}

/** Wires up the search form and runs the search in the address, if any. */
export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#results');
  const more = document.querySelector<HTMLButtonElement>('#results-more');
  const selects = Object.fromEntries(
    SEARCH_FILTERS.map((name) => [name, document.querySelector<HTMLSelectElement>(`#${name}`)]),
  ) as Record<(typeof SEARCH_FILTERS)[number], HTMLSelectElement | null>;
  if (
    !form ||
    !input ||
    !status ||
    !list ||
    !more ||
    Object.values(selects).some((select) => select === null)
  )
    return;
  // Shown to browsers without JavaScript (more robust than <noscript>); hidden from here on.
  document.querySelector('#search-needs-script')?.remove();

  // Each run's number: an answer to a run that a newer one overtook is not shown.
  let latest = 0;
  let total = 0;
  const unavailable = 'Search is not available: the search index could not be loaded.';

  const showMoreButton = () => {
    const shown = list.children.length;
    more.hidden = shown >= total;
    more.textContent = `Show ${Math.min(MORE_PAGE, total - shown)} more (${shown} of ${total} shown)`;
  };

  // The search in `params`: the address's, unless a submit passes the one it is about to put there.
  const run = async (params = new URLSearchParams(window.location.search)) => {
    const token = ++latest;
    const query = (params.get('q') ?? '').trim();
    input.value = query;
    const chosen: Record<string, string> = {};
    const choices: string[][] = [];
    // A value the sources no longer have (an old link to a removed outlet, say) is said, not hidden.
    const unknown: string[] = [];
    for (const name of SEARCH_FILTERS) {
      const select = selects[name]!;
      const value = params.get(name) ?? '';
      const option = findFilterOption(optionsOf(select), value);
      select.value = option?.value ?? '';
      if (option === undefined && value.trim() !== '') unknown.push(`${FILTER_NOUNS[name]} “${value}”`);
      if (select.value === '') continue;
      chosen[name] = select.value;
      const keys = select.selectedOptions[0]?.dataset['keys'];
      if (keys !== undefined) choices.push(keys.split(' '));
    }
    list.replaceChildren();
    more.hidden = true;
    more.removeAttribute('aria-disabled');
    const notFound = unknown.length > 0 ? `No ${unknown.join(', no ')} in these sources. ` : '';
    if (query === '' && Object.keys(chosen).length === 0) {
      status.textContent = `${notFound}Type a word or phrase, or choose a filter, to search every article and quote.`;
      list.setAttribute('aria-busy', 'false');
      return;
    }
    status.textContent = 'Searching…';
    list.setAttribute('aria-busy', 'true');
    const type = chosen['type'] === 'article' || chosen['type'] === 'quote' ? chosen['type'] : null;
    const request: SearchRequest = {
      kind: 'search',
      token,
      engine: engineFor(type, chosen['speaker'] !== undefined || chosen['voice'] !== undefined),
      query: query === '' ? null : query,
      filters: toPagefindFilters(choices),
      limit: FIRST_PAGE,
      partial: true,
    };
    const scope = Object.values(chosen).length > 0 ? ` (${Object.values(chosen).join(', ')})` : '';
    const words = query === '' ? '' : ` for “${query}”`;
    // The first search of a visit answers from the first part of the index, then again
    // from all of it (search-service.ts `partial`): its first results come sooner and
    // lighter, and the whole answer takes their place.
    for (const partial of [true, false]) {
      const answer = await ask({ ...request, partial });
      if (token !== latest) return;
      if ('error' in answer) {
        // Results from the first part alone are not the search's: none are shown.
        list.replaceChildren();
        list.setAttribute('aria-busy', 'false');
        status.textContent = unavailable;
        return;
      }
      total = answer.count;
      list.replaceChildren(...answer.results.map(renderResult));
      const results = `${total} ${total === 1 ? 'result' : 'results'}`;
      if (answer.complete) {
        list.setAttribute('aria-busy', 'false');
        status.textContent = `${notFound}${results} found${words}${scope}.`;
        showMoreButton();
        return;
      }
      // Not "found" yet: the count is of the first part of the index.
      status.textContent = `${notFound}${results} so far${words}${scope}, from the first part of the index; searching the rest…`;
    }
  };

  more.addEventListener('click', () => {
    // Not `disabled` while it loads: a disabled button drops the keyboard focus it has.
    if (more.getAttribute('aria-disabled') === 'true') return;
    const token = latest;
    const offset = list.children.length;
    more.setAttribute('aria-disabled', 'true');
    list.setAttribute('aria-busy', 'true');
    void ask({ kind: 'more', token, offset, limit: MORE_PAGE }).then((answer) => {
      more.removeAttribute('aria-disabled');
      if (token !== latest) return;
      list.setAttribute('aria-busy', 'false');
      if ('error' in answer) {
        status.textContent = unavailable;
        return;
      }
      // Fewer when results the worker checked on the way were left out (search-service.ts takePage).
      total = answer.count;
      const items = answer.results.map(renderResult);
      list.append(...items);
      showMoreButton();
      // Keyboard and screen-reader users carry on from the first of the new results.
      items[0]?.querySelector('a')?.focus();
    });
  });

  const submit = () => {
    const params = new URLSearchParams();
    if (input.value.trim() !== '') params.set('q', input.value.trim());
    for (const name of SEARCH_FILTERS)
      if (selects[name]!.value !== '') params.set(name, selects[name]!.value);
    const search = params.toString();
    // The worker is asked first (run's first step up to its first await), and the address
    // follows while it searches: pushState took ~2 ms of a 30 ms search at 10,000 articles.
    void run(params);
    window.history.pushState(null, '', search === '' ? window.location.pathname : `?${search}`);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  for (const select of Object.values(selects)) {
    // A filter applies as soon as it changes, and the address follows.
    select!.addEventListener('change', submit);
    // Enter on a <select> does nothing of its own: it submits the form, as in the words box.
    select!.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      submit();
    });
  }
  window.addEventListener('popstate', () => void run());
  await run();
}
