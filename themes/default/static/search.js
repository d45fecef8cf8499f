// wedid site search: progressive enhancement, no dependencies.
// Without this script the search page explains how to browse instead.
(function () {
  'use strict';
  var script = document.currentScript;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var nojs = document.getElementById('search-nojs');
  if (!script || !form || !input || !status || !results || !window.fetch) return;
  var indexUrl = script.getAttribute('data-index');
  if (!indexUrl) return;

  var index = null;
  var timer = 0;
  var MAX = 50;

  function norm(s) {
    return String(s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  function words(q) {
    return norm(q).split(/[^0-9a-z\u00df-\u024f]+/).filter(Boolean);
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
  function kindLabel(k) {
    k = String(k || '');
    return k ? k.charAt(0).toUpperCase() + k.slice(1) : '';
  }

  function search(q) {
    var terms = words(q);
    if (!terms.length) return null;
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var d = index[i];
      var all = true;
      var inTitle = 0;
      for (var j = 0; j < terms.length; j++) {
        var t = terms[j];
        if (d._title.indexOf(t) !== -1) { inTitle++; continue; }
        if (d._summary.indexOf(t) === -1 && d._text.indexOf(t) === -1) { all = false; break; }
      }
      if (!all) continue;
      var score = inTitle * 10 + (inTitle === terms.length ? 20 : 0);
      if (d._title.indexOf(norm(q).trim()) === 0) score += 5;
      for (var k = 0; k < terms.length; k++) if (d._summary.indexOf(terms[k]) !== -1) score += 2;
      hits.push({ doc: d, score: score, order: i });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits;
  }

  function render(q) {
    results.textContent = '';
    var hits = search(q);
    if (hits === null) { setStatus(''); return; }
    if (!hits.length) {
      setStatus('No results for “' + q.trim() + '”. Try fewer or different words.');
      return;
    }
    setStatus(hits.length + (hits.length === 1 ? ' result' : ' results') + ' for “' + q.trim() + '”' +
      (hits.length > MAX ? '. Showing the first ' + MAX + '.' : '.'));
    var list = el('ol');
    hits.slice(0, MAX).forEach(function (h) {
      var d = h.doc;
      var li = el('li');
      var kind = kindLabel(d.kind);
      if (kind) li.appendChild(el('span', 'search-kind', kind));
      var a = el('a', '', d.title || d.url);
      a.href = d.url;
      li.appendChild(a);
      if (d.summary) li.appendChild(el('p', '', d.summary));
      list.appendChild(li);
    });
    results.appendChild(list);
  }

  function update(push) {
    var q = input.value;
    if (index) render(q);
    if (push && window.history && history.replaceState) {
      var url = new URL(window.location.href);
      if (q.trim()) url.searchParams.set('q', q); else url.searchParams.delete('q');
      history.replaceState(null, '', url.toString());
    }
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
  setStatus(initial.trim() ? 'Loading search…' : '');

  fetch(indexUrl, { credentials: 'same-origin' })
    .then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    })
    .then(function (data) {
      if (!Array.isArray(data)) throw new Error('bad index');
      index = data.map(function (d) {
        d._title = norm(d.title);
        d._summary = norm(d.summary);
        d._text = norm(d.text);
        return d;
      });
      if (input.value.trim()) render(input.value); else setStatus('');
    })
    .catch(function () {
      form.hidden = true;
      if (nojs) nojs.hidden = false;
      setStatus('Sorry, search is not working at the moment. You can browse instead.');
    });
})();
