// wedid site search: progressive enhancement over the site's search index, which only this
// page loads. Without JavaScript (or where the index cannot load) the page explains how to
// browse instead.
(function () {
  'use strict';
  var script = document.currentScript;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var nojs = document.getElementById('search-nojs');
  if (!script || !form || !input || !status || !results || !window.fetch || !String.prototype.normalize) return;
  var indexUrl = script.getAttribute('data-index');
  if (!indexUrl) return;

  var index = null;
  var timer = 0;
  var asked = 0;
  var PAGE = 10;
  var SECTIONS = 3;

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
  // The index (see src/search/ in wedid): index.json names the build's folder and the word
  // chunks; a chunk maps each word to pairs of numbers (the document, as a distance from the
  // word's previous one, then the part: 0 title, 1 text, 2 and on its sections); documents
  // come 'shard' to a file. Files are fetched once and kept.
  var fetched = {};
  function load(path) {
    if (!fetched[path]) {
      fetched[path] = fetch(new URL(path, base).href).then(function (r) {
        if (!r.ok) throw new Error(path + ': ' + r.status);
        return r.json();
      });
    }
    return fetched[path];
  }

  // The same words as the index makes (src/search/words.rs): decomposed, accents dropped,
  // lower case, split at anything but a letter, digit or "&".
  var WORD = /[\p{Alphabetic}\p{N}&]+/gu;
  function wordsOf(text) {
    return String(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(WORD) || [];
  }

  // A query word finds the words that start with it, less a plural or verb ending in English
  // ("waiting" finds "wait", "waited"); a word of one or two letters only itself.
  var ENDINGS = ['ies', 'ing', 'ed', 'es', 's'];
  function term(word) {
    var start = word;
    if (index.language === 'en' && word.indexOf('&') === -1) {
      for (var i = 0; i < ENDINGS.length; i++) {
        var e = ENDINGS[i];
        if (word.length - e.length >= 3 && word.slice(-e.length) === e) { start = word.slice(0, -e.length); break; }
      }
    }
    return { word: word, start: start, exact: start.length < 3 };
  }
  function finds(t, word) {
    return t.exact ? word === t.word : word.slice(0, t.start.length) === t.start;
  }
  // The chunks the words a term finds can be in (src/search/chunks.rs says why this rule); a
  // term that finds only itself needs only the chunk that holds it.
  function chunksFor(t) {
    var p = t.exact ? t.word : t.start;
    var wanted = [];
    index.chunks.forEach(function (key, n) {
      var whole = key.slice(-1) === '$';
      var k = whole ? key.slice(0, -1) : key;
      var longer = k.slice(0, p.length) === p;
      if (whole ? (t.exact ? k === p : longer) : (p.slice(0, k.length) === k || (!t.exact && longer))) wanted.push(n);
    });
    return wanted;
  }

  // Title above a thing said or done, above the rest of the text.
  var WEIGHT = [4, 1];
  function weight(part) { return part < 2 ? WEIGHT[part] : 2; }

  // Every document holding all the query's words, best first, as {hits: [{doc, score, parts}], terms}.
  function search(q) {
    var terms = [];
    wordsOf(q).forEach(function (w) { if (!terms.some(function (t) { return t.word === w; })) terms.push(term(w)); });
    if (!terms.length) return Promise.resolve({ hits: [], terms: terms });
    return Promise.all(terms.map(function (t) {
      return Promise.all(chunksFor(t).map(function (n) { return load(index.build + '/w/' + n + '.json'); })).then(function (chunks) {
        var docs = {};
        chunks.forEach(function (chunk) {
          Object.keys(chunk).forEach(function (word) {
            if (!finds(t, word)) return;
            var list = chunk[word], doc = 0;
            for (var i = 0; i < list.length; i += 2) {
              doc += list[i];
              var part = list[i + 1], found = docs[doc] || (docs[doc] = { score: 0, parts: [] });
              found.score = Math.max(found.score, weight(part) + (word === t.word ? 0.5 : 0));
              if (part >= 2 && found.parts.indexOf(part) === -1) found.parts.push(part);
            }
          });
        });
        return docs;
      });
    })).then(function (perTerm) {
      var hits = [];
      Object.keys(perTerm[0]).forEach(function (key) {
        var hit = { doc: Number(key), score: 0, parts: [] };
        var all = perTerm.every(function (docs) {
          var found = docs[key];
          if (!found) return false;
          hit.score += found.score;
          found.parts.forEach(function (p) { if (hit.parts.indexOf(p) === -1) hit.parts.push(p); });
          return true;
        });
        if (all) hits.push(hit);
      });
      hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return { hits: hits, terms: terms };
    });
  }

  // Up to 30 words of `text` around the first word found, those words marked.
  function excerpt(value, terms) {
    var p = el('p', 'search-excerpt');
    var parts = String(value || '').split(/(\s+)/).filter(Boolean);
    var isHit = function (piece) {
      return wordsOf(piece).some(function (w) { return terms.some(function (t) { return finds(t, w); }); });
    };
    var first = 0;
    for (var i = 0; i < parts.length; i++) if (isHit(parts[i])) { first = i; break; }
    var from = Math.max(0, first - 16);
    var to = Math.min(parts.length, from + 60);
    if (from > 0) p.appendChild(document.createTextNode('… '));
    parts.slice(from, to).forEach(function (piece) {
      p.appendChild(/\S/.test(piece) && isHit(piece) ? el('mark', '', piece) : document.createTextNode(piece));
    });
    if (to < parts.length) p.appendChild(document.createTextNode(' …'));
    return p;
  }

  function documentOf(doc) {
    var n = Math.floor(doc / index.shard);
    return load(index.build + '/d/' + n + '.json').then(function (shard) { return shard[doc - n * index.shard]; });
  }

  function show(q, found, docs) {
    var list = el('ol');
    docs.forEach(function (d, i) {
      var hit = found.hits[i];
      var li = el('li');
      if (d.kind) li.appendChild(el('span', 'search-kind', d.kind));
      var a = el('a', '', d.title || d.href);
      a.href = d.href;
      li.appendChild(a);
      var parts = hit.parts.slice().sort(function (x, y) { return x - y; }).slice(0, SECTIONS);
      if (parts.length) {
        var sub = el('ul', 'search-parts');
        parts.forEach(function (part) {
          var s = d.sections[part - 2];
          if (!s) return;
          var item = el('li');
          var link = el('a', '', s[1]);
          link.href = d.href + '#' + s[0];
          item.appendChild(link);
          if (s[2]) item.appendChild(excerpt(s[2], found.terms));
          sub.appendChild(item);
        });
        li.appendChild(sub);
      } else {
        li.appendChild(excerpt(d.text, found.terms));
      }
      list.appendChild(li);
    });
    results.textContent = '';
    var hits = found.hits.length;
    setStatus(counted(hits) + ' “' + q.trim() + '”.' + (hits > docs.length ? ' ' + words('showing') : ''));
    results.appendChild(list);
  }

  function render(q) {
    var mine = ++asked;
    if (!q.trim()) { results.textContent = ''; setStatus(''); return; }
    search(q).then(function (found) {
      if (mine !== asked) return null;
      if (!found.hits.length) {
        results.textContent = '';
        setStatus(words('none') + ' “' + q.trim() + '”. ' + words('none-hint'));
        return null;
      }
      var first = found.hits.slice(0, PAGE);
      return Promise.all(first.map(function (h) { return documentOf(h.doc); })).then(function (docs) {
        if (mine === asked) show(q, found, docs);
      });
    }).catch(broken);
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

  var base = new URL(indexUrl, window.location.href);
  load('index.json')
    .then(function (loaded) {
      if (loaded.format !== 1) throw new Error('index format ' + loaded.format);
      index = loaded;
      if (input.value.trim()) render(input.value); else setStatus('');
    })
    .catch(broken);
})();
