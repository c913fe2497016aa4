// Tact chat widget loader. On any site:
//   <script src="https://tact.example/widget.js" data-tact-title="Help" defer></script>
// adds a launcher button and the chat panel (in a shadow root, so the site's styles and the widget's stay
// apart). The modules come from the same server as this script; its one global name is window.TactWidget.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || window.TactWidget) {
    return;
  }
  var base = new URL('.', script.src).href;
  var pending = [];
  // until the modules are in, open() and close() are remembered
  window.TactWidget = {
    open: function () { pending.push('open'); },
    close: function () { pending.push('close'); },
  };
  import(base + 'js/widget-shell.js')
    .then(function (shell) {
      var widget = shell.mountWidget(document, script, base);
      window.TactWidget = { open: widget.open, close: widget.close };
      pending.forEach(function (action) { widget[action](); });
    })
    .catch(function (error) {
      console.error('Tact widget could not start', error);
    });
})();
