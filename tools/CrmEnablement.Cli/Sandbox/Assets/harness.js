// The opportunity form, as far as the web resource sees it: a form context with the columns
// that rank a deal, the web resource control, OnLoad and OnSave. Data arrives as JSON and is put
// into the page as text (select options through new Option), never as markup.
"use strict";
(function () {
  const ControlName = "WebResource_cen_suggestions";
  const SelectColumns = ["salesstage", "cen_journeyphase", "statecode"];
  const TextColumns = ["cen_buyerroles", "cen_customerchallenges"];
  const FormTypeUpdate = 2;

  const id = decodeURIComponent(window.location.pathname.split("/").pop() || "").toLowerCase();
  const frame = document.getElementById(ControlName);
  const state = document.getElementById("state");
  const saveButton = document.getElementById("save");
  const attributes = {};
  const postSaveHandlers = [];
  const dataLoadHandlers = [];

  const frameLoaded = new Promise(function (resolve) {
    frame.addEventListener("load", function () {
      watchFirstRender(frame.contentWindow);
      resolve(frame.contentWindow);
    }, { once: true });
  });

  /** Notes when the panel first shows a suggestion, on this page's clock (for the first-render time). */
  function watchFirstRender(win) {
    const doc = win.document;
    const observer = new win.MutationObserver(function () {
      if (window.cenSandbox.renderedAt === undefined && window.cenSandbox.dataAt !== undefined && doc.querySelector("li a[href]")) {
        window.cenSandbox.renderedAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(doc, { childList: true, subtree: true });
  }

  function attribute(name) {
    const attr = {
      value: null,
      text: null,
      original: null,
      onChange: [],
      getName: function () { return name; },
      getValue: function () { return attr.value; },
      getText: function () { return attr.text; },
      getIsDirty: function () { return JSON.stringify(attr.value) !== JSON.stringify(attr.original); },
      getAttributeType: function () { return TextColumns.indexOf(name) >= 0 ? "multiselectoptionset" : name === "name" ? "string" : "optionset"; },
      setValue: function (value) { attr.value = value; },
      addOnChange: function (handler) { attr.onChange.push(handler); },
      removeOnChange: function (handler) { attr.onChange = attr.onChange.filter(function (h) { return h !== handler; }); },
      fireOnChange: function () { attr.onChange.forEach(function (handler) { handler(eventContext()); }); },
    };
    return attr;
  }

  for (const name of ["name"].concat(SelectColumns, TextColumns)) {
    attributes[name] = attribute(name);
  }

  const control = {
    getName: function () { return ControlName; },
    getControlType: function () { return "iframe"; },
    getVisible: function () { return true; },
    getContentWindow: function () { return frameLoaded; },
  };

  const formContext = {
    data: {
      entity: {
        getId: function () { return "{" + id.toUpperCase() + "}"; },
        getEntityName: function () { return "opportunity"; },
        getPrimaryAttributeValue: function () { return attributes.name.getValue(); },
        getIsDirty: function () { return Object.keys(attributes).some(function (name) { return attributes[name].getIsDirty(); }); },
        addOnPostSave: function (handler) { postSaveHandlers.push(handler); },
        removeOnPostSave: function (handler) { remove(postSaveHandlers, handler); },
        save: function () { return save(); },
      },
      addOnLoad: function (handler) { dataLoadHandlers.push(handler); },
      removeOnLoad: function (handler) { remove(dataLoadHandlers, handler); },
      save: function () { return save(); },
    },
    getAttribute: function (name) {
      return name === undefined ? Object.keys(attributes).map(function (key) { return attributes[key]; }) : attributes[name] || null;
    },
    getControl: function (name) { return name === ControlName ? control : null; },
    ui: {
      getFormType: function () { return FormTypeUpdate; },
      controls: { get: function (name) { return name === ControlName ? control : null; } },
      setFormNotification: function () { return true; },
      clearFormNotification: function () { return true; },
    },
  };

  function remove(list, item) {
    const index = list.indexOf(item);
    if (index >= 0) list.splice(index, 1);
  }

  function eventContext(eventArgs) {
    return {
      getFormContext: function () { return formContext; },
      getEventSource: function () { return formContext; },
      getEventArgs: function () { return eventArgs || null; },
      getDepth: function () { return 0; },
      getContext: function () { return window.Xrm.Utility.getGlobalContext(); },
    };
  }

  function saveEventArgs() {
    let prevented = false;
    return {
      getSaveMode: function () { return 1; },
      preventDefault: function () { prevented = true; },
      isDefaultPrevented: function () { return prevented; },
    };
  }

  /** Puts the server's view of the record into the attributes and the fields. */
  function show(data) {
    document.title = data.attributes.name.value + " – CrmEnablement sandbox";
    document.getElementById("title").textContent = data.attributes.name.value;
    document.getElementById("user").textContent = "Signed in as " + data.user.name;
    for (const name of Object.keys(attributes)) {
      const given = data.attributes[name] || { value: null, text: null };
      attributes[name].value = given.value;
      attributes[name].text = given.text;
      attributes[name].original = given.value;
    }

    for (const name of SelectColumns) {
      const select = document.getElementById(name);
      select.replaceChildren();
      if (name === "cen_journeyphase") select.add(new Option("(from the sales stage and status)", ""));
      for (const option of data.options[name]) select.add(new Option(option.label, String(option.value)));
      select.value = data.attributes[name].value === null ? "" : String(data.attributes[name].value);
    }

    for (const name of TextColumns) {
      const text = data.attributes[name].text;
      document.getElementById(name).textContent = text && text.length ? text.join("; ") : "—";
    }
  }

  function fieldChanged(event) {
    const select = event.target;
    const attr = attributes[select.id];
    attr.value = select.value === "" ? null : Number(select.value);
    attr.text = select.value === "" ? null : select.options[select.selectedIndex].text;
    attr.fireOnChange();
  }

  function fetchJson(url, init) {
    return fetch(url, init).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body && body.error ? body.error.message : "HTTP " + response.status);
        return body;
      });
    });
  }

  /** OnSave handlers, then the save itself (after the panel's own reads went out), then OnPostSave. */
  function save() {
    const args = saveEventArgs();
    const context = eventContext(args);
    if (window.CrmEnablement && window.CrmEnablement.Opportunity) window.CrmEnablement.Opportunity.onSave(context);
    if (args.isDefaultPrevented()) return Promise.resolve(false);

    const body = {};
    for (const name of SelectColumns) body[name] = attributes[name].getValue();
    saveButton.disabled = true;
    state.textContent = "Saving…";
    return new Promise(function (resolve) { setTimeout(resolve, 0); })
      .then(function () { return window.cenSandbox.settled(); })
      .then(function () {
        return fetchJson("/api/opportunities/" + encodeURIComponent(id), {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(body),
        });
      })
      .then(function (data) {
        show(data);
        state.textContent = "Saved.";
        postSaveHandlers.forEach(function (handler) { handler(eventContext()); });
        dataLoadHandlers.forEach(function (handler) { handler(eventContext()); });
        return true;
      })
      .catch(function (error) {
        state.textContent = "Not saved: " + error.message;
        return false;
      })
      .finally(function () { saveButton.disabled = false; });
  }

  document.getElementById("form").addEventListener("submit", function (event) {
    event.preventDefault();
    save();
  });
  for (const name of SelectColumns) document.getElementById(name).addEventListener("change", fieldChanged);

  fetchJson("/api/opportunities/" + encodeURIComponent(id))
    .then(function (data) {
      window.cenSandbox.signIn(data.user.id, data.user.name, data.user.languageId);
      show(data);
      frame.src = "/webresources/cen_/opportunity/suggestions.html";
      return frameLoaded;
    })
    .then(function () {
      if (!window.CrmEnablement || !window.CrmEnablement.Opportunity) {
        state.textContent = "The form script (form.js) did not load: build the web resource with npm ci && npm run build in WebResources/.";
        return;
      }
      window.CrmEnablement.Opportunity.onLoad(eventContext());
    })
    .catch(function (error) {
      state.textContent = "Could not open the opportunity: " + error.message;
    });
})();
