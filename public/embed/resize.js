// Grey Zone embeds: the embed code loads this on the host page. Each embed page reports its height
// ({ type: "grey-zone:embed-height", height }); this sets the height of the iframe it came from, so the chart never
// scrolls inside its frame. Only messages from the site that served this file are taken.
(function () {
  if (window.greyZoneEmbedResize) return;
  window.greyZoneEmbedResize = true;
  var origin = new URL(document.currentScript.src).origin;
  addEventListener('message', function (e) {
    if (e.origin !== origin || !e.data || e.data.type !== 'grey-zone:embed-height') return;
    document.querySelectorAll('iframe[data-grey-zone-embed]').forEach(function (f) {
      if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';
    });
  });
})();
