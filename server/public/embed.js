// Starts TimelineJS on the embed page. Its options come from data attributes (the CSP allows no inline
// script). script_path points at our own copy, so locale and font files never come from a CDN; no
// analytics id is given, so TimelineJS loads no tracker.
(function () {
  'use strict';
  var container = document.getElementById('timeline-embed');
  if (!container || typeof window.TL === 'undefined') return;
  var source = container.getAttribute('data-source');
  var scriptPath = new URL(container.getAttribute('data-script-path'), window.location.href).href;
  fetch(source, { headers: { Accept: 'application/vnd.timelinejs+json' } })
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(function (data) {
      if (!data.events || data.events.length === 0) {
        showMessage('No dated events match these filters.');
        return;
      }
      window.timeline = new window.TL.Timeline('timeline-embed', data, {
        script_path: scriptPath,
        language: 'en',
        font: null,
        hash_bookmark: false,
        initial_zoom: 2,
        // Open on the most recent event: a reader wants the latest first, and can go back.
        start_at_end: true,
        timenav_position: 'bottom',
      });
    })
    .catch(function (error) {
      showMessage('The timeline could not be loaded (' + error.message + ').');
    });

  function showMessage(text) {
    var p = document.createElement('p');
    p.className = 'embed-error';
    p.textContent = text;
    container.appendChild(p);
  }
})();
