/* Filters the "You said, we did" list. Without JavaScript every filter is a static page and
   works as a plain link.
   - When the page holds every project (`data-complete`), the filters become tick boxes that
     combine in place: "or" within a filter, "and" across filters. Each option's count is the
     projects that match the other filters chosen and that option, counted from the cards'
     `data-` values, which the build writes from the same records as the static counts. The
     choice is kept in the address (?service=…&type=…) so it can be shared.
   - Otherwise (a long list split into pages, or a single filter's page) the script only saves
     the full page load: it fetches the same static page, swaps the list, updates the address
     and moves focus to the result count. */
(function () {
  'use strict';
  var root = document.querySelector('[data-filterable]');
  if (!root) return;
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };

  function el(name, cls, text) {
    var e = document.createElement(name);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function has(card, facet, values) {
    if (!values.length) return true;
    var own = (card.getAttribute('data-' + facet) || '').split(' ');
    return values.some(function (v) { return own.indexOf(v) >= 0; });
  }

  // The page's words for `n` (see data-projects-* in projects.html): the message written for a
  // number with the same plural form as `n` in the page's language, with `n` put in.
  var SAMPLES = [0, 1, 2, 3, 4, 6];
  function counted(key, n) {
    var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || 'en') : null;
    var form = function (x) { return rules ? rules.select(x) : (x === 1 ? 'one' : 'other'); };
    var sample = SAMPLES.filter(function (x) { return x === n; })[0];
    if (sample === undefined) sample = SAMPLES.filter(function (x) { return form(x) === form(n); })[0];
    var text = root.getAttribute('data-' + key + '-' + sample) || '';
    return text.replace(String(sample), String(n));
  }

  function plural(n) { return ' ' + counted('projects', n); }

  function setCount(span, n) {
    span.textContent = '(' + n;
    span.appendChild(el('span', 'visually-hidden', plural(n)));
    span.appendChild(document.createTextNode(')'));
  }

  function combine() {
    if (!root.hasAttribute('data-complete') || !window.URLSearchParams) return;
    var cards = Array.prototype.slice.call(root.querySelectorAll('.card-list > li[data-service]'));
    var count = root.querySelector('.results-count');
    var params = new URLSearchParams(location.search);
    var boxes = [];
    each(root.querySelectorAll('.filters__group[data-facet]'), function (group) {
      var facet = group.getAttribute('data-facet');
      var set = el('fieldset', 'filters__group');
      set.appendChild(el('legend', 'filters__facet', group.querySelector('.filters__facet').textContent));
      var list = set.appendChild(el('ul', 'filters__list filters__list--ticks'));
      each(group.querySelectorAll('li[data-value]'), function (option) {
        var label = list.appendChild(el('li')).appendChild(el('label'));
        var box = label.appendChild(el('input'));
        box.type = 'checkbox';
        box.name = facet;
        box.value = option.getAttribute('data-value');
        box.checked = params.getAll(facet).indexOf(box.value) >= 0;
        label.appendChild(document.createTextNode(' ' + option.getAttribute('data-label') + ' '));
        boxes.push({ box: box, facet: facet, count: label.appendChild(el('span', 'filters__count')) });
      });
      group.replaceWith(set);
    });
    // The tick boxes exist only while the script runs, so their styles come with it.
    if (!document.getElementById('filter-style')) {
      var style = document.head.appendChild(el('style', '', 'fieldset.filters__group{border:0;margin:0;padding:0;min-width:0}'
        + '.filters__group legend{padding:0;font-weight:700}.filters__list label{display:block;padding:.25rem 0;min-height:24px}'
        + '.filters__list input{width:1.25rem;height:1.25rem;margin:0 .375rem 0 0;vertical-align:-.25rem}.filters__clear{margin-top:1rem;font:inherit}'));
      style.id = 'filter-style';
    }
    var clear = el('button', 'filters__clear', root.getAttribute('data-clear'));
    clear.type = 'button';
    root.querySelector('.filters').appendChild(clear);
    count.setAttribute('aria-live', 'polite');

    function update() {
      var chosen = {};
      var query = new URLSearchParams();
      boxes.forEach(function (b) {
        chosen[b.facet] = chosen[b.facet] || [];
        if (b.box.checked) { chosen[b.facet].push(b.box.value); query.append(b.facet, b.box.value); }
      });
      var matches = function (card, except) {
        return Object.keys(chosen).every(function (f) { return f === except || has(card, f, chosen[f]); });
      };
      var shown = 0;
      cards.forEach(function (c) { c.hidden = !matches(c); if (!c.hidden) shown++; });
      boxes.forEach(function (b) {
        setCount(b.count, cards.filter(function (c) { return matches(c, b.facet) && has(c, b.facet, [b.box.value]); }).length);
      });
      count.textContent = counted('showing', shown);
      clear.hidden = !query.toString();
      var search = query.toString() ? '?' + query : '';
      if (search !== location.search) history.replaceState(null, '', location.pathname + search);
    }

    root.addEventListener('change', function (e) { if (e.target.type === 'checkbox') update(); });
    clear.addEventListener('click', function () {
      boxes.forEach(function (b) { b.box.checked = false; });
      update();
      count.setAttribute('tabindex', '-1');
      count.focus();
    });
    update();
  }

  combine();
  if (!window.fetch || !window.DOMParser || !history.pushState) return;

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
    combine();
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
