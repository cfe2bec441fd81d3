// Runs inline before first paint: what this device remembers (window.lessonbookStore, see
// ./store.d.ts), then the reader's chosen theme, so the page never flashes the other one.
(function (w, names) {
  function each(f) {
    for (var i = 0; i < names.length; i++) {
      try { var v = f(w[names[i]]); if (v != null) return v; } catch (e) {}
    }
    return null;
  }
  var store = (w.lessonbookStore = {
    get: function (k) { return each(function (s) { return s.getItem(k); }); },
    set: function (k, v) { each(function (s) { s.setItem(k, v); }); },
  });
  var t = store.get('lessonbook-theme');
  if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t;
})(window, ['localStorage', 'sessionStorage']);
