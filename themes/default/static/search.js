// wedid site search: progressive enhancement over the search engine's bundle, which only this
// page loads. Without JavaScript (or where the engine cannot start) the page explains how to
// browse instead.
(function () {
  'use strict';
  var script = document.currentScript;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var nojs = document.getElementById('search-nojs');
  if (!script || !form || !input || !status || !results || !window.fetch || !window.WebAssembly) return;
  var engineUrl = script.getAttribute('data-index');
  if (!engineUrl) return;

  var engine = null;
  var timer = 0;
  var asked = 0;
  var PAGE = 10;
  var SECTIONS = 3;
  var CHECKED = 100;

  // The page's words, from the catalogue (see search.html): the count line is written for a
  // number of each plural form of the page's language, as on the project list.
  function words(key) {
    return script.getAttribute('data-' + key) || '';
  }
  var SAMPLES = [0, 1, 2, 3, 4, 6];
  function counted(n) {
    var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || 'en') : null;
    var form = function (x) { return rules ? rules.select(x) : (x === 1 ? 'one' : 'other'); };
    var sample = SAMPLES.filter(function (x) { return x === n; })[0];
    if (sample === undefined) sample = SAMPLES.filter(function (x) { return form(x) === form(n); })[0];
    return words('results-' + sample).replace(String(sample), String(n));
  }

  function setStatus(text) {
    status.textContent = text;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  // Excerpts come from the engine as escaped text with <mark> around the words found; only
  // those marks are kept as elements.
  var decoder = document.createElement('textarea');
  function text(escaped) {
    decoder.innerHTML = escaped;
    return decoder.value;
  }
  function excerpt(html) {
    var p = el('p', 'search-excerpt');
    String(html || '').split(/(<mark>.*?<\/mark>)/).forEach(function (part) {
      var m = /^<mark>(.*)<\/mark>$/.exec(part);
      p.appendChild(m ? el('mark', '', text(m[1])) : document.createTextNode(text(part)));
    });
    return p;
  }

  function show(q, hits, shown) {
    var list = el('ol');
    shown.forEach(function (d) {
      var li = el('li');
      if (d.meta.kind) li.appendChild(el('span', 'search-kind', d.meta.kind));
      var a = el('a', '', d.meta.title || d.url);
      a.href = d.url;
      li.appendChild(a);
      var parts = (d.sub_results || []).filter(function (s) { return s.url !== d.url; }).slice(0, SECTIONS);
      if (parts.length) {
        var sub = el('ul', 'search-parts');
        parts.forEach(function (s) {
          var item = el('li');
          var link = el('a', '', s.title);
          link.href = s.url;
          item.appendChild(link);
          item.appendChild(excerpt(s.excerpt));
          sub.appendChild(item);
        });
        li.appendChild(sub);
      } else {
        li.appendChild(excerpt(d.excerpt));
      }
      list.appendChild(li);
    });
    results.textContent = '';
    setStatus(counted(hits) + ' “' + q.trim() + '”.' + (hits > shown.length ? ' ' + words('showing') : ''));
    results.appendChild(list);
  }

  function render(q) {
    var mine = ++asked;
    if (!q.trim()) { results.textContent = ''; setStatus(''); return; }
    // A word with "&" in it ("A&E") must be found as written: the engine also offers near
    // matches ("ae" and the like), so those results are checked against the text.
    var literal = (q.match(/\S*&\S*/g) || []).map(function (w) { return w.toLowerCase(); });
    engine.search(q).then(function (found) {
      if (mine !== asked || !found) return null;
      var take = literal.length ? found.results.slice(0, CHECKED) : found.results.slice(0, PAGE);
      return Promise.all(take.map(function (r) { return r.data(); })).then(function (data) {
        if (mine !== asked) return;
        var hits = literal.length ? data.filter(function (d) {
          var text = d.content.toLowerCase();
          return literal.every(function (w) { return text.indexOf(w) !== -1; });
        }) : data;
        if (!hits.length) {
          results.textContent = '';
          setStatus(words('none') + ' “' + q.trim() + '”. ' + words('none-hint'));
          return;
        }
        show(q, literal.length ? hits.length : found.results.length, hits.slice(0, PAGE));
      });
    }).catch(broken);
  }

  function update(push) {
    var q = input.value;
    if (engine) render(q);
    if (push && window.history && history.replaceState) {
      var url = new URL(window.location.href);
      if (q.trim()) url.searchParams.set('q', q); else url.searchParams.delete('q');
      history.replaceState(null, '', url.toString());
    }
  }

  function broken() {
    form.hidden = true;
    if (nojs) nojs.hidden = false;
    setStatus(words('broken'));
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    update(true);
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { update(true); }, 200);
  });

  var initial = new URLSearchParams(window.location.search).get('q') || '';
  input.value = initial;
  if (nojs) nojs.hidden = true;
  form.hidden = false;
  setStatus(initial.trim() ? words('loading') : '');

  import(new URL(engineUrl, window.location.href).href)
    .then(function (pagefind) {
      engine = pagefind;
      return engine.init();
    })
    .then(function () {
      if (input.value.trim()) render(input.value); else setStatus('');
    })
    .catch(broken);
})();
