/*
 * Rasid web page: hash-routed views over the JSON API, plain DOM, no dependencies.
 *
 * Views: #/ or #/search?q=… (search with facets), #/article/ID, #/entity/ID, #/timeline?…, #/analyze.
 * Rules: every text from the server is inserted as text (textContent), never as HTML, except the
 * search snippets, which are re-built keeping only <mark>; analysis spans are drawn from their
 * offsets against the original text, so what is colored is exactly what the API points at.
 */
(function () {
  "use strict";

  var view = document.getElementById("view");
  var searchForm = document.getElementById("search-form");
  var searchBox = document.getElementById("q");

  var TYPE_NAMES = {PER: "شخص", ORG: "منظمة", GPE: "دولة/مدينة", LOC: "مكان", NORP: "جماعة/جنسية", MISC: "أخرى"};
  var EVENT_NAMES = {
    STATEMENT: "تصريح", APPEAL: "مناشدة", DEMAND: "مطالبة", CONDEMN: "إدانة", REJECT: "رفض", VETO: "فيتو",
    MEET: "اجتماع", VISIT: "زيارة", AGREE: "اتفاق", AID: "مساعدة", RESOLUTION: "قرار", SANCTION: "عقوبات",
    WITHDRAW_AMBASSADOR: "سحب سفير", WALKOUT: "انسحاب", DEFECT: "انشقاق", CEASEFIRE: "وقف إطلاق النار",
    PROTEST: "احتجاج", ATTACK: "هجوم", KILL: "قتل", ARREST: "اعتقال", OTHER: "حدث آخر"
  };
  // Facet name in the API -> [Arabic heading, query parameter it filters].
  var FACETS = {
    entity: ["الكيانات", "entity"],
    entity_type: ["أنواع الكيانات", "type"],
    event_type: ["الأحداث", "event"],
    source: ["المصادر", "source"],
    year: ["السنوات", "year"]
  };
  var REPEATABLE = ["entity", "type", "event", "source"];

  // ---------------------------------------------------------------- helpers

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "text") e.textContent = v;
        else if (k === "onclick") e.addEventListener("click", v);
        else e.setAttribute(k, v === true ? "" : v);
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function show(children) {
    clear(view);
    children.forEach(function (c) { if (c) view.appendChild(c); });
  }

  function api(path, options) {
    return fetch(path, options).then(function (r) {
      return r.json().catch(function () { return {error: "HTTP " + r.status}; }).then(function (body) {
        if (!r.ok) {
          var msg = body && body.error ? body.error : "HTTP " + r.status;
          if (body && body.fields) {
            msg += ": " + Object.keys(body.fields).map(function (f) { return f + " " + body.fields[f].join("، "); }).join("؛ ");
          }
          var err = new Error(msg);
          err.status = r.status;
          throw err;
        }
        return body;
      });
    });
  }

  function errorBox(e) {
    var text = e && e.status === 404 ? "غير موجود: " + e.message : "تعذّر الطلب: " + (e && e.message ? e.message : e);
    return el("div", {"class": "error", role: "alert", text: text});
  }

  function loading() {
    show([el("p", {"class": "muted", text: "جارٍ التحميل…"})]);
  }

  function parseQuery(qs) {
    var params = new URLSearchParams(qs || "");
    var out = {};
    params.forEach(function (v, k) {
      if (REPEATABLE.indexOf(k) >= 0) (out[k] = out[k] || []).push(v);
      else out[k] = v;
    });
    return out;
  }

  function toQuery(state) {
    var p = new URLSearchParams();
    Object.keys(state).forEach(function (k) {
      var v = state[k];
      if (v === undefined || v === null || v === "") return;
      if (Array.isArray(v)) v.forEach(function (x) { p.append(k, x); });
      else p.append(k, v);
    });
    return p.toString();
  }

  /** The API query for a page state: a year facet becomes a from/to range. */
  function apiQuery(state, extra) {
    var s = Object.assign({}, state, extra || {});
    if (s.year) {
      s.from = s.year + "-01-01";
      s.to = s.year + "-12-31";
      delete s.year;
    }
    return toQuery(s);
  }

  /**
   * A count with its noun in Arabic number agreement: forms = [one, two, 3–10, 11 and more];
   * 0 uses the 11+ form (0 نتيجة), as Arabic news sites do.
   */
  function counted(n, forms) {
    if (n === 1) return forms[0];
    if (n === 2) return forms[1];
    var m = n % 100;
    return n + " " + (m >= 3 && m <= 10 ? forms[2] : forms[3]);
  }
  var RESULTS = ["نتيجة واحدة", "نتيجتان", "نتائج", "نتيجة"];
  var ARTICLES = ["مقالة واحدة", "مقالتان", "مقالات", "مقالة"];
  var MENTIONS = ["ذكر واحد", "ذكران", "مرات ذكر", "مرة ذكر"];
  var ITEMS = ["عنصر مؤرخ واحد", "عنصران مؤرخان", "عناصر مؤرخة", "عنصرًا مؤرخًا"];

  function typeName(t) { return TYPE_NAMES[t] || t; }
  function eventName(t) { return EVENT_NAMES[t] || t; }

  /** Rebuilds a server snippet keeping only its text and <mark> elements (defence in depth). */
  function snippet(html) {
    var doc = new DOMParser().parseFromString("<div>" + (html || "") + "</div>", "text/html");
    var out = el("div", {"class": "snippet"});
    (function copy(from, to) {
      Array.prototype.forEach.call(from.childNodes, function (n) {
        if (n.nodeType === 3) to.appendChild(document.createTextNode(n.nodeValue));
        else if (n.nodeType === 1) {
          if (n.tagName === "MARK") copy(n, to.appendChild(document.createElement("mark")));
          else copy(n, to);
        }
      });
    })(doc.body.firstChild, out);
    return out;
  }

  // dir=auto: an Arabic title reads right to left, an id or a date (2011-07-12) left to right,
  // instead of being reordered by the page's direction (12-07-2011).
  function articleLink(id, title) {
    return el("a", {href: "#/article/" + encodeURIComponent(id), dir: "auto", text: title || id});
  }

  function entityLink(id, name) {
    return el("a", {href: "#/entity/" + encodeURIComponent(id), dir: "auto", text: name || id});
  }

  /** A left-to-right island (dates, ids, ISO values) inside Arabic text. */
  function ltr(text) {
    return el("bdi", {dir: "ltr", text: text});
  }

  var DCT_SOURCES = {given: "محدد عند الطلب", metadata: "من بيانات المقالة", text: "من نص المقالة"};

  // ---------------------------------------------------------------- spans over the original text

  /**
   * Builds the spans to color from an analysis: entities, times, quotes (with their cues) and event
   * triggers. Spans outside the text or empty are dropped.
   */
  function spansOf(a) {
    var spans = [];
    var len = (a.text || "").length;
    function add(s, cls, kind, title, extra) {
      if (!s || typeof s.start !== "number" || typeof s.end !== "number") return;
      if (s.start < 0 || s.end > len || s.start >= s.end) return;
      spans.push(Object.assign({start: s.start, end: s.end, cls: cls, kind: kind, title: title}, extra || {}));
    }
    (a.quotes || []).forEach(function (q) {
      var who = q.speaker ? (q.speaker.canonical || q.speaker.text) : "غير معروف";
      add(q, "quote", "quote", (q.direct ? "اقتباس مباشر" : "كلام منقول") + " — المتحدث: " + who);
      if (q.cue) add(q.cue, "cue", "cue", "فعل القول: " + q.cue.text + " — المتحدث: " + who);
    });
    (a.entities || []).forEach(function (e) {
      var title = e.canonical + " (" + typeName(e.type) + ")" + (e.latin ? " — " + e.latin : "");
      add(e, "ent ent-" + e.type, "entity", title, {entityId: e.entity_id});
    });
    (a.times || []).forEach(function (t) {
      add(t, "time", "time", (t.value || "غير محدد") + " (" + t.type + ")");
    });
    (a.events || []).forEach(function (ev) {
      add(ev.trigger, "trigger", "event", "حدث: " + eventName(ev.type) + (ev.cameo ? " · CAMEO " + ev.cameo : ""));
    });
    return spans;
  }

  /**
   * Renders text with spans as nested elements. Spans are nested by containment (a quote holds the
   * names inside it); a span that crosses the end of an enclosing one is split there, so every
   * character keeps every color it has and no span is lost.
   */
  function renderSpans(text, spans) {
    var rank = {quote: 0, cue: 1, entity: 2, time: 3, event: 4};
    function cmp(x, y) { return x.start - y.start || y.end - x.end || rank[x.kind] - rank[y.kind]; }
    var queue = spans.slice().sort(cmp);
    var root = {start: 0, end: text.length, children: []};
    var stack = [root];
    while (queue.length) {
      var s = queue.shift();
      while (s.start >= stack[stack.length - 1].end) stack.pop();
      var top = stack[stack.length - 1];
      if (s.end > top.end) {
        var rest = Object.assign({}, s, {start: top.end});
        var i = 0;
        while (i < queue.length && cmp(queue[i], rest) <= 0) i++;
        queue.splice(i, 0, rest);
        s = Object.assign({}, s, {end: top.end});
      }
      var node = Object.assign({}, s, {children: []});
      top.children.push(node);
      stack.push(node);
    }
    function emit(node, into) {
      var at = node.start;
      node.children.forEach(function (c) {
        if (c.start > at) into.appendChild(document.createTextNode(text.slice(at, c.start)));
        var e = el("span", {"class": "span " + c.cls, "data-kind": c.kind, title: c.title,
          "data-start": c.start, "data-end": c.end});
        if (c.entityId) {
          e.setAttribute("data-entity", c.entityId);
          e.addEventListener("click", function () { location.hash = "#/entity/" + encodeURIComponent(c.entityId); });
        }
        emit(c, e);
        into.appendChild(e);
        at = c.end;
      });
      if (at < node.end) into.appendChild(document.createTextNode(text.slice(at, node.end)));
    }
    var out = el("div", {"class": "article-text", dir: "rtl", lang: "ar"});
    emit(root, out);
    return out;
  }

  function legend() {
    var items = [["ent ent-PER", "شخص"], ["ent ent-ORG", "منظمة"], ["ent ent-GPE", "دولة/مدينة"], ["ent ent-LOC", "مكان"],
      ["ent ent-NORP", "جماعة"], ["time", "زمن"], ["quote", "اقتباس"], ["trigger", "حدث"]];
    return el("div", {"class": "legend"}, items.map(function (i) {
      return el("span", {"class": "span " + i[0], text: i[1]});
    }));
  }

  /** The colored text plus side lists of one analysis (shared by the article and analyze views). */
  function analysisView(a, sideExtra) {
    var entities = {};
    (a.entities || []).forEach(function (e) {
      var k = e.entity_id;
      if (!entities[k]) entities[k] = {id: k, canonical: e.canonical, type: e.type, n: 0, spellings: {}};
      entities[k].n++;
      entities[k].spellings[e.text] = true;
    });
    var entityList = Object.keys(entities).map(function (k) { return entities[k]; })
      .sort(function (x, y) { return y.n - x.n; });
    var side = el("aside", {"class": "side"}, [
      el("div", {"class": "card"}, [el("h2", {text: "الكيانات (" + entityList.length + ")"}),
        entityList.length ? el("ul", null, entityList.map(function (e) {
          return el("li", null, [entityLink(e.id, e.canonical), el("span", {"class": "tag", text: typeName(e.type)}),
            el("span", {"class": "muted", text: " ×" + e.n + " · " + Object.keys(e.spellings).join("، ")})]);
        })) : el("p", {"class": "empty", text: "لا كيانات."})]),
      el("div", {"class": "card"}, [el("h2", {text: "الأزمنة (" + (a.times || []).length + ")"}),
        (a.times || []).length ? el("ul", null, a.times.map(function (t) {
          return el("li", null, [t.text + " ← ", el("code", {dir: "ltr", text: t.value || "؟"})]);
        })) : el("p", {"class": "empty", text: "لا أزمنة."})]),
      el("div", {"class": "card"}, [el("h2", {text: "الاقتباسات (" + (a.quotes || []).length + ")"}),
        (a.quotes || []).length ? el("div", null, a.quotes.map(function (q) {
          var who = q.speaker ? (q.speaker.entity_id ? entityLink(q.speaker.entity_id, q.speaker.canonical) : q.speaker.canonical || q.speaker.text) : "غير معروف";
          return el("blockquote", null, [q.text, el("div", {"class": "muted"}, ["— ", who, " (" + q.cue.text + ")"])]);
        })) : el("p", {"class": "empty", text: "لا اقتباسات."})]),
      el("div", {"class": "card"}, [el("h2", {text: "الأحداث (" + (a.events || []).length + ")"}),
        (a.events || []).length ? el("ul", null, a.events.map(function (ev) {
          var parts = [el("strong", {text: eventName(ev.type)}), " «" + ev.trigger.text + "»"];
          if (ev.actor) parts.push(" · الفاعل: " + (ev.actor.canonical || ev.actor.text));
          if (ev.target) parts.push(" · المفعول به: " + (ev.target.canonical || ev.target.text));
          if (ev.time && ev.time.value) parts.push(" ", el("code", {dir: "ltr", text: ev.time.value}));
          if (ev.killed !== null && ev.killed !== undefined) parts.push(" · قتلى: " + ev.killed);
          return el("li", null, parts);
        })) : el("p", {"class": "empty", text: "لا أحداث."})])
    ].concat(sideExtra || []));
    var main = el("section", {"class": "card"}, [legend(), renderSpans(a.text || "", spansOf(a))]);
    return el("div", {"class": "article-layout"}, [main, side]);
  }

  // ---------------------------------------------------------------- views

  function searchView(state) {
    searchBox.value = state.q || "";
    loading();
    var lookup = state.q ? api("/api/entities?limit=8&name=" + encodeURIComponent(state.q)).catch(function () { return null; })
      : Promise.resolve(null);
    Promise.all([api("/api/search?" + apiQuery(state)), lookup]).then(function (res) {
      var r = res[0], ents = res[1];
      var offset = r.offset || 0, limit = r.limit || 20;
      var header = el("div", {"class": "toolbar"}, [
        el("div", {id: "result-count", text: counted(r.total, RESULTS) + (state.q ? " لـ «" + state.q + "»" : "")}),
        sortSelect(state)
      ]);
      var chips = activeChips(state, r.facets || {});
      var hits = r.hits.length ? r.hits.map(function (h) {
        return el("article", {"class": "card hit", "data-id": h.id}, [
          el("h2", null, [articleLink(h.id, h.title)]),
          h.source || h.published ? el("div", {"class": "meta"}, [h.source || "", h.source && h.published ? " · " : "",
            h.published ? ltr(h.published) : ""]) : null,
          snippet(h.snippet_html)
        ]);
      }) : [el("p", {"class": "empty", text: "لا نتائج."})];
      var matches = ents && ents.entities && ents.entities.length ? el("div", {"class": "card entity-matches"},
        [el("strong", {text: "كيانات بهذا الاسم: "})].concat(ents.entities.map(function (e) {
          return entityLink(e.entity_id, e.canonical + " (" + typeName(e.type) + ")");
        }))) : null;
      var pager = el("div", {"class": "pager"}, [
        offset > 0 ? el("a", {href: "#/search?" + toQuery(Object.assign({}, state, {offset: Math.max(0, offset - limit)})), text: "→ السابق"}) : null,
        offset + limit < r.total ? el("a", {href: "#/search?" + toQuery(Object.assign({}, state, {offset: offset + limit})), text: "التالي ←"}) : null
      ]);
      show([el("div", {"class": "search-layout"}, [
        facetSidebar(state, r.facets || {}),
        el("section", {id: "results", "data-q": state.q || ""}, [header, chips, matches].concat(hits, [pager]))
      ])]);
    }).catch(function (e) { show([errorBox(e)]); });
  }

  function sortSelect(state) {
    var sel = el("select", {"aria-label": "الترتيب"}, [
      el("option", {value: "relevance", text: "الأكثر صلة"}),
      el("option", {value: "date", text: "الأحدث"}),
      el("option", {value: "date_asc", text: "الأقدم"})
    ]);
    sel.value = state.sort || "relevance";
    sel.addEventListener("change", function () {
      go("search", Object.assign({}, state, {sort: sel.value, offset: undefined}));
    });
    return sel;
  }

  function isOn(state, param, value) {
    var v = state[param];
    return Array.isArray(v) ? v.indexOf(value) >= 0 : v === value;
  }

  function toggle(state, param, value) {
    var s = Object.assign({}, state, {offset: undefined});
    if (REPEATABLE.indexOf(param) >= 0) {
      var list = (s[param] || []).slice();
      var i = list.indexOf(value);
      if (i >= 0) list.splice(i, 1); else list.push(value);
      s[param] = list;
    } else {
      s[param] = s[param] === value ? undefined : value;
    }
    return s;
  }

  function facetSidebar(state, facets) {
    var sections = Object.keys(facets).filter(function (name) { return facets[name] && facets[name].length; })
      .map(function (name) {
        var meta = FACETS[name] || [name, null];
        return el("div", {"class": "facet", "data-facet": name}, [
          el("h3", {text: meta[0]}),
          el("ul", null, facets[name].slice(0, 15).map(function (f) {
            var label = name === "entity_type" ? typeName(f.label || f.value)
              : name === "event_type" ? eventName(f.label || f.value) : (f.label || f.value);
            var on = meta[1] && isOn(state, meta[1], f.value);
            return el("li", {"class": on ? "on" : null, title: f.value,
              onclick: meta[1] ? function () { go("search", toggle(state, meta[1], f.value)); } : null},
            [el("span", {text: label}), el("span", {"class": "count", text: String(f.count)})]);
          }))
        ]);
      });
    return el("aside", {"class": "card facets"}, [el("h2", {text: "تصفية"})].concat(
      sections.length ? sections : [el("p", {"class": "empty", text: "لا توجد قيم للتصفية."})]));
  }

  function activeChips(state, facets, viewName) {
    var labels = {};
    Object.keys(facets).forEach(function (name) {
      (facets[name] || []).forEach(function (f) { labels[f.value] = f.label || f.value; });
    });
    var chips = [];
    ["entity", "type", "event", "source", "year"].forEach(function (p) {
      var vals = state[p] ? (Array.isArray(state[p]) ? state[p] : [state[p]]) : [];
      vals.forEach(function (v) {
        var label = p === "type" ? typeName(v) : p === "event" ? eventName(v) : (labels[v] || v);
        chips.push(el("span", {"class": "chip", text: label, title: "إزالة هذا الشرط",
          onclick: function () { go(viewName || "search", toggle(state, p, v)); }}));
      });
    });
    return chips.length ? el("div", {"class": "chips"}, chips) : null;
  }

  function articleView(id) {
    loading();
    api("/api/articles/" + encodeURIComponent(id)).then(function (art) {
      var a = art.analysis;
      var title = art.title || a.title || firstLine(a.text) || art.id;
      var meta = el("dl", {"class": "meta"}, [
        el("dt", {text: "المعرّف"}), el("dd", null, [el("code", {dir: "ltr", text: art.id})]),
        el("dt", {text: "المصدر"}), el("dd", {text: art.source || "—"}),
        el("dt", {text: "تاريخ النشر"}), el("dd", null, a.dct ? [ltr(a.dct), DCT_SOURCES[a.dct_source] ? " (" + DCT_SOURCES[a.dct_source] + ")" : null] : ["غير معروف"]),
        art.url ? el("dt", {text: "الرابط"}) : null, art.url ? el("dd", null, [el("a", {href: art.url, rel: "noopener", text: art.url})]) : null,
        art.duplicate_of ? el("dt", {text: "نسخة من"}) : null, art.duplicate_of ? el("dd", null, [articleLink(art.duplicate_of)]) : null
      ]);
      var similar = el("div", {"class": "card", id: "similar"}, [el("h2", {text: "مقالات مشابهة"}), el("p", {"class": "muted", text: "…"})]);
      show([el("h1", {text: title}), el("div", {"class": "card"}, [meta]), analysisView(a, [similar])]);
      api("/api/articles/" + encodeURIComponent(id) + "/similar").then(function (s) {
        clear(similar).appendChild(el("h2", {text: "مقالات مشابهة"}));
        similar.appendChild(s.articles.length ? el("ul", null, s.articles.map(function (x) {
          return el("li", null, [articleLink(x.id, x.title || x.id), x.published ? el("span", {"class": "muted"}, [" · ", ltr(x.published)]) : null]);
        })) : el("p", {"class": "empty", text: "لا مقالات مشابهة."}));
      }).catch(function (e) { clear(similar).appendChild(errorBox(e)); });
    }).catch(function (e) { show([errorBox(e)]); });
  }

  function firstLine(text) {
    if (!text) return "";
    var line = text.split(/\n/).filter(function (l) { return l.trim().length > 20; })[0] || text;
    return line.length > 110 ? line.slice(0, 110) + "…" : line;
  }

  /** A small SVG bar chart of counts over time; by month when there are many days. */
  function timeChart(points) {
    var data = points.filter(function (p) { return p.date; });
    if (!data.length) return el("p", {"class": "empty", text: "لا تواريخ معروفة لذكر هذا الكيان."});
    if (data.length > 24) {
      var byMonth = {};
      data.forEach(function (p) { var m = p.date.slice(0, 7); byMonth[m] = (byMonth[m] || 0) + p.count; });
      data = Object.keys(byMonth).sort().map(function (m) { return {date: m, count: byMonth[m]}; });
    }
    var W = 600, H = 180, pad = 28, n = data.length;
    var max = Math.max.apply(null, data.map(function (p) { return p.count; }));
    var bw = Math.max(2, Math.min(40, (W - 2 * pad) / n - 4));
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "عدد المقالات التي تذكر الكيان عبر الزمن");
    // Time runs left to right even in an Arabic page, as on the charts of Arabic newspapers.
    svg.setAttribute("direction", "ltr");
    function node(tag, attrs, text) {
      var e = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text !== undefined) e.textContent = text;
      svg.appendChild(e);
      return e;
    }
    node("line", {"class": "axis", x1: pad, y1: H - pad, x2: W - pad, y2: H - pad});
    data.forEach(function (p, i) {
      var x = pad + (i + 0.5) * (W - 2 * pad) / n - bw / 2;
      var h = (H - 2 * pad) * p.count / max;
      var bar = node("rect", {"class": "bar", x: x, y: H - pad - h, width: bw, height: Math.max(1, h)});
      var t = document.createElementNS(ns, "title");
      t.textContent = p.date + ": " + p.count;
      bar.appendChild(t);
      node("text", {x: x + bw / 2, y: H - pad - h - 4, "text-anchor": "middle"}, String(p.count));
      if (n <= 8 || i === 0 || i === n - 1 || i % Math.ceil(n / 6) === 0) {
        node("text", {x: x + bw / 2, y: H - pad + 14, "text-anchor": "middle"}, p.date);
      }
    });
    return el("div", {"class": "chart"}, [svg]);
  }

  function entityView(id) {
    loading();
    api("/api/entities/" + encodeURIComponent(id)).then(function (p) {
      show([
        el("h1", null, [p.canonical, el("span", {"class": "tag", text: typeName(p.type)})]),
        el("p", {"class": "muted", text: counted(p.mentions, MENTIONS) + " في " + counted(p.articles, ARTICLES) + " · "}, [
          el("a", {href: "#/search?" + toQuery({entity: [p.entity_id]}), text: "المقالات"}), " · ",
          el("a", {href: "#/timeline?" + toQuery({entity: [p.entity_id]}), text: "الخط الزمني"})]),
        el("div", {"class": "card"}, [el("h2", {text: "الذكر عبر الزمن"}), timeChart(p.over_time || [])]),
        el("div", {"class": "article-layout"}, [
          el("div", null, [
            el("div", {"class": "card"}, [el("h2", {text: "اقتباساته (" + p.quotes.length + ")"})].concat(
              p.quotes.length ? p.quotes.map(function (q) {
                return el("blockquote", null, [q.text, el("div", {"class": "muted"}, [
                  (q.cue || "") + " · ", articleLink(q.article_id, q.published || q.article_id)])]);
              }) : [el("p", {"class": "empty", text: "لا اقتباسات."})])),
            el("div", {"class": "card"}, [el("h2", {text: "الأحداث (" + p.events.length + ")"}),
              p.events.length ? el("ul", null, p.events.map(function (ev) {
                return el("li", null, [el("strong", {text: eventName(ev.type)}), " «" + ev.trigger + "» ",
                  el("span", {"class": "tag", text: ev.role === "actor" ? "فاعل" : "مفعول به"}),
                  ev.time ? el("code", {dir: "ltr", text: ev.time}) : null, " · ",
                  articleLink(ev.article_id, ev.published || ev.article_id)]);
              })) : el("p", {"class": "empty", text: "لا أحداث."})])
          ]),
          el("aside", {"class": "card side"}, [el("h2", {text: "يُذكر مع"}),
            p.co_occurring.length ? el("ul", null, p.co_occurring.slice(0, 20).map(function (c) {
              return el("li", null, [entityLink(c.entity_id, c.canonical), el("span", {"class": "tag", text: typeName(c.type)}),
                el("span", {"class": "muted", text: " " + c.count}) ]);
            })) : el("p", {"class": "empty", text: "لا كيانات."})])
        ])
      ]);
    }).catch(function (e) { show([errorBox(e)]); });
  }

  function timelineView(state) {
    loading();
    api("/api/timeline?" + apiQuery(state)).then(function (t) {
      var items = (t.items || []).slice().sort(function (x, y) {
        return (x.date || x.value || "").localeCompare(y.date || y.value || "");
      });
      var filters = activeChips(state, {}, "timeline");
      show([
        el("h1", {text: "الخط الزمني"}),
        items.length ? el("p", {"class": "muted", text: counted(items.length, ITEMS) + (state.q ? " لـ «" + state.q + "»" : "")}) : null,
        filters,
        items.length ? el("ol", {"class": "timeline"}, items.map(function (it) {
          return el("li", {"class": "kind-" + it.kind}, [
            el("bdi", {"class": "when", dir: "ltr", text: it.value || it.date}),
            el("span", {"class": "tag", text: it.kind === "event" ? "حدث" : "زمن"}),
            el("div", {text: it.text}),
            el("div", {"class": "muted"}, [articleLink(it.article_id)])
          ]);
        })) : el("p", {"class": "empty", text: "لا عناصر مؤرخة."})
      ]);
    }).catch(function (e) { show([errorBox(e)]); });
  }

  function analyzeView() {
    var text = el("textarea", {id: "analyze-text", placeholder: "ألصق هنا نص خبر عربي…", "aria-label": "النص"});
    var dct = el("input", {type: "date", id: "analyze-dct", "aria-label": "تاريخ النشر"});
    var out = el("div", {id: "analyze-out"});
    var button = el("button", {type: "button", text: "حلّل", onclick: function () {
      clear(out).appendChild(el("p", {"class": "muted", text: "جارٍ التحليل…"}));
      var body = {text: text.value};
      if (dct.value) body.dct = dct.value;
      api("/api/analyze", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)})
        .then(function (a) { clear(out).appendChild(analysisView(a)); })
        .catch(function (e) { clear(out).appendChild(errorBox(e)); });
    }});
    show([el("h1", {text: "تحليل نص"}), el("div", {"class": "card"}, [text,
      el("div", {"class": "row"}, [el("label", {"for": "analyze-dct", text: "تاريخ النشر:"}), dct, button])]), out]);
  }

  // ---------------------------------------------------------------- routing

  function go(name, state) {
    location.hash = "#/" + name + (state ? "?" + toQuery(state) : "");
  }

  function route() {
    var hash = location.hash.replace(/^#\/?/, "");
    var qi = hash.indexOf("?");
    var path = qi >= 0 ? hash.slice(0, qi) : hash;
    var state = parseQuery(qi >= 0 ? hash.slice(qi + 1) : "");
    var parts = path.split("/");
    window.scrollTo(0, 0);
    if (parts[0] === "stories" || parts[0] === "story") return; // story.js renders these views
    if (parts[0] === "article" && parts[1]) articleView(decodeURIComponent(parts.slice(1).join("/")));
    else if (parts[0] === "entity" && parts[1]) entityView(decodeURIComponent(parts.slice(1).join("/")));
    else if (parts[0] === "timeline") timelineView(state);
    else if (parts[0] === "analyze") analyzeView();
    else searchView(state);
  }

  // The span renderer, for the browser test that draws a hand-made analysis.
  window.RasidView = {spansOf: spansOf, renderSpans: renderSpans};

  searchForm.addEventListener("submit", function (ev) {
    ev.preventDefault();
    go("search", {q: searchBox.value.trim()});
  });
  window.addEventListener("hashchange", route);
  api("/api/health").then(function (h) {
    document.getElementById("health").textContent = "المقالات في الفهرس: " + h.articles;
  }).catch(function () {});
  route();
})();
