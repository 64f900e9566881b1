// Progressive enhancement only: every page works without this file.
// Copy buttons of the "Cite this" block: shown only when the script runs, they copy the
// reference next to them and say so in a live region.
(function () {
  'use strict';
  function announce(button, text) {
    var status = button.closest('section') && button.closest('section').querySelector('.copy-status');
    if (status) status.textContent = text;
  }
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error('copy refused'));
    });
  }
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      var label = button.textContent.replace(/^Copy /, '');
      copyText(target.textContent).then(function () {
        button.setAttribute('data-copied', 'true');
        announce(button, label + ' copied to the clipboard.');
      }, function () {
        announce(button, 'Could not copy: select the text and copy it by hand.');
      });
    });
  });
})();
