// The journal following live: each event committed from now on is added at the bottom of the
// table (Server-Sent Events from /journal/direct; the browser reconnects by itself, resuming
// after the last event it received). Without JavaScript the page is the same, paged by links.
(function () {
  var notice = document.getElementById("direct");
  var body = document.querySelector("#journal tbody");
  if (!notice || !body || !window.EventSource) return;
  notice.hidden = false;
  var source = new EventSource("/journal/direct?apres=" + encodeURIComponent(notice.dataset.after));
  source.onmessage = function (message) {
    var event = JSON.parse(message.data);
    var row = document.createElement("tr");
    row.className = "journal-new";
    var cells = [
      String(event.position),
      event.stream_type + " v" + event.version,
      event.type,
      new Date(event.recorded_at).toLocaleString("fr-FR", { timeZone: "UTC" }),
      "",
    ];
    cells.forEach(function (text) {
      var cell = document.createElement("td");
      cell.textContent = text;
      row.appendChild(cell);
    });
    body.appendChild(row);
  };
})();
