try {
  var t = localStorage.getItem('lessonbook-theme');
  if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t;
} catch (e) {}
