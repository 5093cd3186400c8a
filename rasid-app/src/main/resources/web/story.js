/*
 * Rasid story views over /api/stories, plain DOM, RTL, no build step and no dependencies.
 *
 * Views: #/stories?order=size|recent&offset=N (story list) and #/story/ID (members, timeline,
 * summary, key entities and quotes). Load it after app.js: <script src="/story.js"></script>.
 * It exposes window.RasidStories = {route, renderList, renderStory}; app.js may call
 * RasidStories.route(hash, container) from its own router (returns true when it handled the hash);
 * otherwise story.js handles those two hashes itself on hashchange.
 * Rules: every server text is inserted with textContent, never as HTML; article links point to
 * #/article/ID (the article view of app.js).
 */
(function () {
  "use strict";

  var KIND_NAMES = {EVENT: "حدث", STATEMENT: "تصريح", TIME: "تاريخ", PUBLISHED: "نُشر"};
  var PAGE = 20;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") e.textContent = v;
      else e.setAttribute(k, v);
    });
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

  function getJson(url) {
    return fetch(url, {headers: {"Accept": "application/json"}}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body && body.error ? body.error : ("HTTP " + r.status));
        return body;
      });
    });
  }

  function dateRange(s) {
    if (!s.from) return "";
    return s.from === s.to ? s.from : s.from + " — " + s.to;
  }

  // " · " and the date range kept left-to-right (ISO dates read reversed in an RTL run); nothing
  // when the story has no date.
  function dates(s) {
    var r = dateRange(s);
    return r ? el("span", {}, [" · ", el("bdi", {dir: "ltr", text: r})]) : null;
  }

  function articleLink(id, text) {
    return el("a", {href: "#/article/" + encodeURIComponent(id), text: text || id});
  }

  function chips(values, cls) {
    return el("ul", {"class": "story-chips " + cls}, values.map(function (v) { return el("li", {text: v}); }));
  }

  function failure(container, err) {
    clear(container).appendChild(el("p", {"class": "error", role: "alert", text: "تعذر التحميل: " + err.message}));
  }

  function params(hash) {
    var q = hash.indexOf("?") >= 0 ? hash.slice(hash.indexOf("?") + 1) : "";
    var out = {};
    q.split("&").forEach(function (kv) {
      if (!kv) return;
      var p = kv.split("=");
      out[decodeURIComponent(p[0])] = decodeURIComponent(p[1] || "");
    });
    return out;
  }

  // ------------------------------------------------------------------ list

  function renderList(container, opts) {
    var order = opts.order === "recent" ? "recent" : "size";
    var offset = Math.max(0, parseInt(opts.offset || "0", 10) || 0);
    clear(container).setAttribute("dir", "rtl");
    container.appendChild(el("p", {"class": "loading", text: "جارٍ التحميل…"}));
    getJson("/api/stories?order=" + order + "&offset=" + offset + "&limit=" + PAGE + "&minSize=1").then(function (page) {
      clear(container);
      container.appendChild(el("h1", {text: "القصص الإخبارية"}));
      container.appendChild(el("p", {"class": "story-sort"}, [
        "الترتيب: ",
        el("a", {href: "#/stories?order=size", "aria-current": order === "size" ? "page" : null, text: "الأكبر"}),
        " · ",
        el("a", {href: "#/stories?order=recent", "aria-current": order === "recent" ? "page" : null, text: "الأحدث"}),
        " — " + page.total + " قصة"
      ]));
      var list = el("ol", {"class": "story-list", start: String(offset + 1)});
      page.stories.forEach(function (s) {
        list.appendChild(el("li", {}, [
          el("a", {href: "#/story/" + encodeURIComponent(s.id), "class": "story-title", text: s.title}),
          el("div", {"class": "story-meta"}, [s.articles + " مقال" + (s.size > s.articles ? " و" + (s.size - s.articles) + " نسخة مكررة" : ""), dates(s)]),
          s.keyEntities.length ? chips(s.keyEntities.slice(0, 5), "entities") : null
        ]));
      });
      container.appendChild(list);
      var nav = el("p", {"class": "pager"});
      if (offset > 0) nav.appendChild(el("a", {href: "#/stories?order=" + order + "&offset=" + Math.max(0, offset - PAGE), text: "السابق"}));
      if (offset + PAGE < page.total) nav.appendChild(el("a", {href: "#/stories?order=" + order + "&offset=" + (offset + PAGE), text: "التالي"}));
      container.appendChild(nav);
    }).catch(function (e) { failure(container, e); });
  }

  // ------------------------------------------------------------------ one story

  function renderStory(container, id) {
    clear(container).setAttribute("dir", "rtl");
    container.appendChild(el("p", {"class": "loading", text: "جارٍ التحميل…"}));
    getJson("/api/stories/" + encodeURIComponent(id) + "?summary=6").then(function (v) {
      var s = v.story;
      clear(container);
      container.appendChild(el("p", {}, [el("a", {href: "#/stories", text: "← كل القصص"})]));
      container.appendChild(el("h1", {"class": "story-title", text: s.title}));
      container.appendChild(el("p", {"class": "story-meta"}, [s.articles + " مقال · " + (s.size - s.articles) + " نسخة مكررة", dates(s)]));

      if (s.keyEntities.length) {
        container.appendChild(el("h2", {text: "الكيانات الرئيسية"}));
        container.appendChild(chips(s.keyEntities, "entities"));
      }
      if (s.keyTerms.length) {
        container.appendChild(el("h2", {text: "كلمات مفتاحية"}));
        container.appendChild(chips(s.keyTerms, "terms"));
      }

      container.appendChild(el("h2", {text: "الملخص"}));
      if (!v.summary.length) container.appendChild(el("p", {text: "لا يتوفر ملخص."}));
      container.appendChild(el("ul", {"class": "story-summary"}, v.summary.map(function (x) {
        return el("li", {}, [x.text, " ", el("small", {}, ["(", articleLink(x.articleId, "المصدر"), ")"])]);
      })));

      container.appendChild(el("h2", {text: "الخط الزمني"}));
      if (!v.timeline.length) container.appendChild(el("p", {text: "لا توجد أحداث مؤرخة."}));
      container.appendChild(el("ol", {"class": "story-timeline"}, v.timeline.map(function (t) {
        return el("li", {}, [
          el("time", {datetime: t.date, text: t.value}), " ",
          el("span", {"class": "kind kind-" + t.kind.toLowerCase(), text: KIND_NAMES[t.kind] || t.kind}), " ",
          t.speaker ? el("strong", {text: t.speaker + ": "}) : null,
          t.text, " ",
          el("small", {}, ["(", articleLink(t.articleId, "المقال"), t.sources > 1 ? "، " + t.sources + " مصادر" : "", ")"])
        ]);
      })));

      if (v.quotes.length) {
        container.appendChild(el("h2", {text: "اقتباسات"}));
        v.quotes.forEach(function (q) {
          container.appendChild(el("blockquote", {"class": q.direct ? "direct" : "reported"}, [
            el("p", {text: q.text}),
            el("footer", {}, [q.speaker || "قائل غير معروف", " — ", articleLink(q.articleId, "المصدر")])
          ]));
        });
      }

      container.appendChild(el("h2", {text: "المقالات"}));
      var table = el("table", {"class": "story-members"}, [
        el("thead", {}, [el("tr", {}, [el("th", {text: "العنوان"}), el("th", {text: "المصدر"}), el("th", {text: "التاريخ"}), el("th", {text: "النسخ"})])])
      ]);
      var body = el("tbody");
      v.members.forEach(function (m) {
        body.appendChild(el("tr", {"class": m.duplicateOf ? "copy" : "original"}, [
          el("td", {}, [m.duplicateOf ? "↳ " : "", articleLink(m.id, m.title || m.id)]),
          el("td", {text: m.source || ""}),
          el("td", {text: m.published || ""}),
          el("td", {text: m.duplicateOf ? "نسخة" : (m.copies ? String(m.copies) : "")})
        ]));
      });
      table.appendChild(body);
      container.appendChild(table);
      if (v.missing.length) container.appendChild(el("p", {"class": "note", text: "نصوص غير متاحة: " + v.missing.length}));
    }).catch(function (e) { failure(container, e); });
  }

  // ------------------------------------------------------------------ routing

  function route(hash, container) {
    hash = hash || location.hash;
    container = container || document.getElementById("view");
    if (!container) return false;
    if (hash === "#/stories" || hash.indexOf("#/stories?") === 0) {
      renderList(container, params(hash));
      return true;
    }
    if (hash.indexOf("#/story/") === 0) {
      renderStory(container, decodeURIComponent(hash.slice("#/story/".length).split("?")[0]));
      return true;
    }
    return false;
  }

  window.RasidStories = {route: route, renderList: renderList, renderStory: renderStory};

  // Self-routing when app.js does not delegate: run after its own hashchange handler.
  window.addEventListener("hashchange", function () { setTimeout(function () { route(); }, 0); });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { setTimeout(function () { route(); }, 0); });
  } else {
    setTimeout(function () { route(); }, 0);
  }
})();
