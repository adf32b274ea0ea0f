// The deal list. Names arrive as JSON and go into the page as text only.
"use strict";
(function () {
  const list = document.getElementById("deals");
  const state = document.getElementById("state");

  fetch("/api/opportunities", { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) throw new Error("The sandbox answered " + response.status + ".");
      return response.json();
    })
    .then(function (deals) {
      for (const deal of deals) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = "/opportunity/" + encodeURIComponent(deal.id);
        link.textContent = deal.name;
        const id = document.createElement("span");
        id.className = "file-id";
        id.textContent = deal.fileId;
        item.append(link, " ", id);
        list.append(item);
      }
      state.textContent = deals.length === 1 ? "1 opportunity." : deals.length + " opportunities.";
    })
    .catch(function (error) {
      state.textContent = "Could not load the opportunities: " + error.message;
    });
})();
