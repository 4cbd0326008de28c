// newsner serve: the page's script. It builds every element with
// createElement and textContent (never innerHTML), so a record's text is
// shown as text whatever it holds; links go only to http(s) URLs.
'use strict';

(function () {
  const TYPES = { PERSON: 'person', ORGANIZATION: 'org', LOCATION: 'loc' };
  const TYPE_ORDER = ['PERSON', 'ORGANIZATION', 'LOCATION'];
  const SVG = 'http://www.w3.org/2000/svg';
  const view = { window: '1h', type: '', article: '', entity: '' };
  let live = false;

  function typeClass(t) { return 'ent-' + (TYPES[t] || 'other'); }
  function barClass(t) { return 'bar bar-' + (TYPES[t] || 'other'); }

  // el makes an element: props sets text, class, attributes and listeners;
  // children are elements or strings (text nodes).
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'text') e.textContent = v;
      else if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  // safeURL returns u if it is an http(s) URL, else null.
  function safeURL(u) {
    try {
      const p = new URL(u);
      return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
    } catch (_) { return null; }
  }

  function fmtTime(s) {
    if (!s) return '';
    const d = new Date(s);
    if (isNaN(d) || d.getFullYear() < 1971) return '';
    return d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  }
  function fmtNum(n) { return Number(n || 0).toLocaleString('en'); }

  async function getJSON(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!r.ok) throw new Error((await r.text()) || r.statusText);
    return r.json();
  }

  // chart draws counts as bars in an SVG of w x h.
  function chart(series, w, h, cls, label) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', w); svg.setAttribute('height', h);
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    const max = Math.max(1, ...series);
    const bw = w / Math.max(1, series.length);
    series.forEach((v, i) => {
      if (!v) return;
      const bh = Math.max(1, Math.round((v / max) * (h - 1)));
      const r = document.createElementNS(SVG, 'rect');
      r.setAttribute('x', (i * bw).toFixed(1));
      r.setAttribute('y', h - bh);
      r.setAttribute('width', Math.max(1, bw - 1).toFixed(1));
      r.setAttribute('height', bh);
      r.setAttribute('class', cls);
      const t = document.createElementNS(SVG, 'title');
      t.textContent = String(v);
      r.append(t);
      svg.append(r);
    });
    return svg;
  }

  function go(hash) { if (location.hash !== hash) location.hash = hash; else route(); }
  function articleLink(id) { return '#/article/' + encodeURIComponent(id); }
  function entityLink(key) { return '#/entity/' + encodeURIComponent(key); }

  function chipsOf(ents) {
    const sorted = ents.slice().sort((a, b) => {
      const ta = TYPE_ORDER.indexOf(a.type), tb = TYPE_ORDER.indexOf(b.type);
      return (ta < 0 ? 9 : ta) - (tb < 0 ? 9 : tb) || b.count - a.count;
    });
    return el('div', { class: 'chips' }, ...sorted.map(c =>
      el('span', {
        class: 'chip ' + typeClass(c.type), title: c.type + ' · ' + c.key,
        onclick: ev => { ev.preventDefault(); go(entityLink(c.key)); },
      }, c.count > 1 ? `${c.text} ×${c.count}` : c.text)));
  }

  function articleItem(a) {
    const meta = [a.site, fmtTime(a.published || a.time), a.language,
      a.entities_status === 'unsupported_language' ? 'entities not read: language not covered' : ''].filter(Boolean).join(' · ');
    return el('li', { 'data-id': a.id, class: a.id === view.article ? 'selected' : '' },
      el('a', { class: 'title', href: articleLink(a.id), text: a.title || a.url || '(untitled)' }),
      el('div', { class: 'meta', text: meta }),
      chipsOf(a.entities || []));
  }

  function renderState(o) {
    const s = o.state;
    const parts = [];
    parts.push(`${fmtNum(s.held)} articles held`);
    parts.push(`${s.per_minute.toFixed(1)} records/min`);
    const dead = Object.entries(s.dead || {}).sort((a, b) => b[1] - a[1]);
    parts.push(dead.length ? `dead letters (${s.window}): ` + dead.map(([c, n]) => `${c} ${fmtNum(n)}`).join(', ')
      : `no dead letters (${s.window})`);
    if (s.lag) parts.push(s.lag.error ? `lag of ${s.lag.group}: unknown (${s.lag.error})` : `lag of ${s.lag.group}: ${fmtNum(s.lag.messages)}`);
    if (s.model) {
      let m = `model ${s.model}`;
      if ((s.models || []).length > 1) m += ` (+${s.models.length - 1} other)`;
      parts.push(m);
    }
    if (s.skipped) parts.push(`${fmtNum(s.skipped)} unreadable`);
    if (s.latest && s.held) parts.push('newest ' + fmtTime(s.latest));
    if (o.source) parts.push(o.source);
    const p = document.getElementById('state');
    p.replaceChildren(el('span', { class: live ? 'live' : 'down', text: live ? '● ' : '○ ' }), parts.join(' · '));
    p.title = parts.join('\n');
  }

  function renderArticles(list) {
    if (view.entity) return;
    document.getElementById('list-head').replaceChildren(el('h2', { text: 'Newest articles' }));
    document.getElementById('articles').replaceChildren(...list.map(articleItem));
  }

  function renderTrending(t) {
    for (const b of document.querySelectorAll('#windows button')) b.classList.toggle('on', b.dataset.window === view.window);
    const total = (t.types || []).reduce((n, c) => n + c.mentions, 0);
    const types = [['', `all ${fmtNum(total)}`]].concat((t.types || []).map(c => [c.type, `${c.type} ${fmtNum(c.mentions)}`]));
    if (view.type && !types.some(([ty]) => ty === view.type)) types.push([view.type, `${view.type} 0`]);
    document.getElementById('types').replaceChildren(...types.map(([ty, label]) =>
      el('button', { type: 'button', class: ty === view.type ? 'on' : '', onclick: () => { view.type = ty; refresh(); } }, label)));
    const bin = t.bin_seconds >= 3600 ? `${t.bin_seconds / 3600} h` : `${t.bin_seconds / 60} min`;
    document.getElementById('trend-chart').replaceChildren(
      chart(t.series || [], 300, 48, view.type ? barClass(view.type) : 'bar', 'mentions over time'),
      el('div', { class: 'meta', text: `mentions per ${bin}, ${fmtTime(t.from)} to ${fmtTime(t.to)}` }));
    const rows = (t.entities || []).map(e => el('tr', { class: 'row', 'data-key': e.key, onclick: () => go(entityLink(e.key)) },
      el('td', {}, el('span', { class: 'chip ' + typeClass(e.type), title: e.type, text: e.name }), el('div', { class: 'key', text: e.key })),
      el('td', { class: 'num', text: fmtNum(e.mentions) }),
      el('td', { class: 'num', text: fmtNum(e.articles) }),
      el('td', {}, chart(e.series || [], 90, 20, barClass(e.type), `mentions of ${e.name} over time`))));
    if (!rows.length) rows.push(el('tr', {}, el('td', { colspan: 4, class: 'hint', text: 'No entities in this window.' })));
    document.querySelector('#trending tbody').replaceChildren(...rows);
  }

  function renderEntity(v) {
    const head = document.getElementById('list-head');
    head.replaceChildren(
      el('h2', {}, 'Articles naming ', el('span', { class: 'chip ' + typeClass(v.type), text: v.name })),
      el('button', { type: 'button', onclick: () => go(view.article ? articleLink(view.article) : '#/') }, 'all articles'),
      el('div', { class: 'meta', text: `${v.type} · key ${v.key} · ${fmtNum(v.mentions)} mentions in ${fmtNum(v.held)} held articles` }),
      chart(v.series || [], 240, 32, barClass(v.type), `mentions of ${v.name} over time`));
    document.getElementById('articles').replaceChildren(...v.articles.map(articleItem));
  }

  function renderArticle(a) {
    const box = document.getElementById('article');
    const url = safeURL(a.canonical_url) || safeURL(a.url);
    const legendTypes = [...new Set(a.entities.map(e => e.type))].sort((x, y) => {
      const ix = TYPE_ORDER.indexOf(x), iy = TYPE_ORDER.indexOf(y);
      return (ix < 0 ? 9 : ix) - (iy < 0 ? 9 : iy);
    });
    const text = el('div', { class: 'text', dir: 'auto', lang: a.language || undefined });
    for (const s of a.segments || []) {
      if (s.entity < 0) { text.append(s.text); continue; }
      const e = a.entities[s.entity];
      text.append(el('mark', { class: typeClass(e.type), 'data-entity': s.entity, title: `${e.type} · ${e.key}`,
        onclick: () => go(entityLink(e.key)) }, s.text));
    }
    const rows = a.entities.map(e => el('tr', { class: 'row', onclick: () => go(entityLink(e.key)) },
      el('td', {}, el('span', { class: 'chip ' + typeClass(e.type), text: e.text })),
      el('td', { class: 'meta', text: e.type }),
      el('td', { class: 'key', text: e.key }),
      el('td', { class: 'num', text: fmtNum(e.count) })));
    const meta = [a.site, a.byline, fmtTime(a.published || a.time), a.language, a.model].filter(Boolean).join(' · ');
    box.replaceChildren(...[
      el('h2', { dir: 'auto', text: a.title || '(untitled)' }),
      el('div', { class: 'meta', text: meta }),
      url ? el('a', { class: 'source', href: url, target: '_blank', rel: 'noopener noreferrer', text: 'source: ' + url }) : el('div', { class: 'meta', text: 'source: ' + (a.url || '') }),
      el('div', { class: 'legend' }, ...legendTypes.map(t => el('span', { class: 'chip ' + typeClass(t), text: t }))),
      (a.notes || []).length ? el('ul', { class: 'notes' }, ...a.notes.map(n => el('li', { text: n }))) : null,
      (a.problems || []).length ? el('ul', { class: 'problems' }, ...a.problems.map(p => el('li', { text: p }))) : null,
      text,
      el('h2', { text: 'Entities' }),
      el('table', { class: 'entities' },
        el('thead', {}, el('tr', {}, el('th', { text: 'entity' }), el('th', { text: 'type' }), el('th', { text: 'key' }), el('th', { class: 'num', text: 'mentions' }))),
        el('tbody', {}, ...rows)),
    ].filter(Boolean));
    for (const li of document.querySelectorAll('#articles li')) li.classList.toggle('selected', li.dataset.id === a.id);
  }

  function showError(where, err) {
    document.getElementById(where).replaceChildren(el('p', { class: 'problems', text: String(err.message || err) }));
  }

  // refresh fetches what the page shows; calls made while one runs are
  // folded into one more run.
  let running = null, again = false;
  async function refresh() {
    if (running) { again = true; return running; }
    running = (async () => {
      do {
        again = false;
        try {
          const q = new URLSearchParams({ window: view.window, type: view.type });
          const o = await getJSON('/api/overview?' + q);
          renderState(o);
          renderArticles(o.articles);
          renderTrending(o.trending);
          if (view.entity) renderEntity(await getJSON('/api/entity?' + new URLSearchParams({ key: view.entity, window: view.window })));
        } catch (err) {
          showError('state', err);
        }
      } while (again);
      running = null;
    })();
    return running;
  }

  function decode(s) {
    try { return decodeURIComponent(s); } catch (_) { return s; }
  }

  async function route() {
    const h = location.hash;
    let m;
    if ((m = h.match(/^#\/article\/(.+)$/))) {
      view.article = decode(m[1]);
      try { renderArticle(await getJSON('/api/article?' + new URLSearchParams({ id: view.article }))); } catch (err) { showError('article', err); }
    } else if ((m = h.match(/^#\/entity\/(.+)$/))) {
      view.entity = decode(m[1]);
    } else {
      view.entity = '';
    }
    if (!h.startsWith('#/entity/')) view.entity = '';
    refresh();
  }

  function connect() {
    const es = new EventSource('/api/events');
    es.addEventListener('open', () => { live = true; refresh(); });
    es.addEventListener('change', () => refresh());
    es.addEventListener('error', () => { live = false; });
  }

  document.addEventListener('DOMContentLoaded', () => {
    for (const b of document.querySelectorAll('#windows button')) {
      b.addEventListener('click', () => { view.window = b.dataset.window; refresh(); });
    }
    window.addEventListener('hashchange', route);
    route();
    connect();
    setInterval(refresh, 30000); // times and windows move even when no record arrives
  });
})();
