/* Filters the "You said, we did" list in place. Without JavaScript every filter is a static
   page and works as a plain link; this script only saves the full page load: it fetches the
   same static page, swaps the list, updates the address and moves focus to the result count. */
(function () {
  'use strict';
  var root = document.querySelector('[data-filterable]');
  if (!root || !window.fetch || !window.DOMParser || !history.pushState) return;

  function swap(html, url, push) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var next = doc.querySelector('[data-filterable]');
    var h1 = doc.querySelector('h1');
    if (!next) { location.href = url; return; }
    root.replaceWith(next);
    root = next;
    if (h1 && document.querySelector('h1')) document.querySelector('h1').textContent = h1.textContent;
    document.title = doc.title;
    if (push) history.pushState({ filter: true }, '', url);
    var count = root.querySelector('.results-count');
    if (count) { count.setAttribute('tabindex', '-1'); count.focus(); }
  }

  function load(url, push) {
    fetch(url, { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
      .then(function (html) { swap(html, url, push); })
      .catch(function () { location.href = url; });
  }

  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (!a || !root.contains(a) || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    if (!a.closest('.filters, .show-all, .pagination, nav[aria-label="Pagination"]')) return;
    if (a.origin !== location.origin) return;
    e.preventDefault();
    load(a.href, true);
  });

  window.addEventListener('popstate', function () { load(location.href, false); });
})();
