// Progressive enhancement for the search page; everything works without it (the form is a GET form).
// - empty fields are left out of the URL, so shared links stay short;
// - facet counts refresh as filters are ticked, before the form is submitted;
// - copy buttons for the embed code and JSON URL.
(function () {
  'use strict';
  var form = document.querySelector('form.filters');
  var DIMENSIONS = ['jurisdiction', 'company', 'type', 'status'];

  // On a phone the filter lists would push the results far down: start them folded unless one is ticked.
  var facets = document.querySelector('details[data-collapse-narrow]');
  if (facets && window.matchMedia('(max-width: 48rem)').matches && !facets.querySelector('input:checked')) facets.open = false;

  if (form) {
    form.addEventListener('submit', function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && (el.type === 'text' || el.type === 'search') && el.value.trim() === '') el.disabled = true;
        if (el.name === 'sort' && el.value === 'desc') el.disabled = true;
      });
    });
    form.addEventListener('change', function (event) {
      if (event.target && DIMENSIONS.indexOf(event.target.name) >= 0) refreshCounts();
    });
  }

  function formParams(without) {
    var params = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === without || el.name === 'sort' || el.disabled) return;
      if (el.type === 'checkbox' && !el.checked) return;
      if (el.type === 'submit' || el.type === 'button') return;
      if (typeof el.value === 'string' && el.value.trim() !== '') params.append(el.name, el.value.trim());
    });
    return params;
  }

  var pending = 0;
  function refreshCounts() {
    var ticket = ++pending;
    var status = form.querySelector('[data-facet-status]');
    // Disjunctive counts, as the server computes them: each dimension ignores its own filter.
    var requests = DIMENSIONS.map(function (dimension) {
      return fetch('/api/v1/facets?' + formParams(dimension).toString(), { headers: { Accept: 'application/json' } }).then(function (r) {
        return r.ok ? r.json() : null;
      });
    });
    requests.push(
      fetch('/api/v1/facets?' + formParams('').toString()).then(function (r) {
        return r.ok ? r.json() : null;
      }),
    );
    Promise.all(requests).then(
      function (results) {
        if (ticket !== pending) return;
        DIMENSIONS.forEach(function (dimension, i) {
          var facets = results[i];
          if (!facets) return;
          var counts = {};
          facets.facets[dimension].forEach(function (f) {
            if (f.value !== null) counts[f.value.toLowerCase()] = f.count;
          });
          var spans = form.querySelectorAll('[data-facet="' + dimension + '"] [data-count-for]');
          Array.prototype.forEach.call(spans, function (span) {
            var n = counts[span.getAttribute('data-count-for').toLowerCase()] || 0;
            span.textContent = String(n);
            span.classList.toggle('zero', n === 0);
          });
        });
        var all = results[DIMENSIONS.length];
        if (status && all) status.textContent = all.total + (all.total === 1 ? ' event matches' : ' events match') + ': press Apply filters to see them.';
      },
      function () {
        if (status) status.textContent = '';
      },
    );
  }

  // A copy button says what it did: its own label turns to "Copied" for a moment, and the status line
  // beside it (read out by screen readers) names what went to the clipboard.
  Array.prototype.forEach.call(document.querySelectorAll('button[data-copy]'), function (button) {
    button.hidden = false;
    var label = button.textContent;
    var timer = null;
    button.addEventListener('click', function () {
      var field = document.getElementById(button.getAttribute('data-copy'));
      var status = button.parentNode.querySelector('[data-copy-status]');
      var done = function (copied) {
        button.textContent = copied ? 'Copied ✓' : 'Selected: press Ctrl+C';
        if (status) status.textContent = copied ? label.replace(/^Copy (\w)/, function (m, c) { return c.toUpperCase(); }) + ' copied to the clipboard.' : 'The text is selected: press Ctrl+C (or ⌘C) to copy it.';
        clearTimeout(timer);
        timer = setTimeout(function () {
          button.textContent = label;
        }, 2500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(
          function () {
            done(true);
          },
          function () {
            done(fallbackCopy(field));
          },
        );
      } else {
        done(fallbackCopy(field));
      }
    });
  });

  /** Selects the field and asks the browser to copy it; false when it would not (the text stays selected). */
  function fallbackCopy(field) {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy') === true;
    } catch (e) {
      return false;
    }
  }
})();
