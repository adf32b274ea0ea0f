// A small Xrm for the harness page, as the opportunity form gives its scripts: Xrm.WebApi,
// Xrm.Navigation.openUrl and Xrm.Utility.getGlobalContext, backed by the sandbox's JSON endpoints,
// which run every call through the local organization as the signed-in rep.
"use strict";
(function () {
  const inFlight = new Set();

  /** Errors look like Xrm.WebApi's: errorCode (a positive number), message, code ("0x…"). */
  function failure(status, body) {
    const detail = body && body.error ? body.error : { code: "0x80040216", message: "The sandbox answered HTTP " + status + "." };
    const error = new Error(detail.message);
    error.errorCode = parseInt(detail.code, 16) >>> 0;
    error.code = detail.code;
    error.status = status;
    return error;
  }

  /** One request; the fetch starts before this returns, so callers' order is the server's order. */
  function call(method, url, body) {
    const init = { method: method, headers: { Accept: "application/json" } };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }

    const request = fetch(url, init).then(function (response) {
      return response.text().then(function (text) {
        const parsed = text ? JSON.parse(text) : null;
        if (!response.ok) throw failure(response.status, parsed);
        return { status: response.status, text: text, body: parsed };
      });
    });
    const tracked = request.catch(function () { return undefined; });
    inFlight.add(tracked);
    tracked.then(function () { inFlight.delete(tracked); });
    return request;
  }

  function bareId(id) {
    return String(id).replace(/[{}]/g, "").toLowerCase();
  }

  function record(table) {
    return "/api/xrm/records/" + encodeURIComponent(table);
  }

  /** A parameter value as JSON: EntityReference-like objects, { guid } objects and plain values. */
  function parameterValue(value) {
    if (value && typeof value === "object") {
      if (typeof value.guid === "string") return value.guid;
      if ("entityType" in value && "id" in value) return { entityType: value.entityType, id: bareId(value.id) };
    }
    return value;
  }

  const webApi = {
    createRecord: function (entityLogicalName, data) {
      return call("POST", record(entityLogicalName), data).then(function (answer) { return answer.body; });
    },
    retrieveRecord: function (entityLogicalName, id, options) {
      const query = options ? "?options=" + encodeURIComponent(options) : "";
      return call("GET", record(entityLogicalName) + "/" + encodeURIComponent(bareId(id)) + query).then(function (answer) { return answer.body; });
    },
    retrieveMultipleRecords: function (entityLogicalName, options, maxPageSize) {
      const query = new URLSearchParams();
      if (options) query.set("options", options);
      if (maxPageSize) query.set("maxPageSize", String(maxPageSize));
      const text = query.toString();
      return call("GET", record(entityLogicalName) + (text ? "?" + text : "")).then(function (answer) {
        return { entities: answer.body.entities, nextLink: undefined };
      });
    },
    updateRecord: function () {
      return Promise.reject(failure(501, { error: { code: "0x80040216", message: "Xrm.WebApi.updateRecord is not part of the sandbox." } }));
    },
    deleteRecord: function () {
      return Promise.reject(failure(501, { error: { code: "0x80040216", message: "Xrm.WebApi.deleteRecord is not part of the sandbox." } }));
    },
  };

  webApi.online = {
    execute: function (request) {
      const metadata = request.getMetadata();
      const types = metadata.parameterTypes || {};
      const parameters = {};
      const names = Object.keys(types).length > 0
        ? Object.keys(types)
        : Object.keys(request).filter(function (name) { return typeof request[name] !== "function"; });
      for (const name of names) {
        if (request[name] === undefined) continue;
        const type = types[name] || {};
        parameters[name] = { value: parameterValue(request[name]), typeName: type.typeName, structuralProperty: type.structuralProperty };
      }

      return call("POST", "/api/xrm/execute", {
        operationName: metadata.operationName,
        operationType: metadata.operationType,
        boundParameter: metadata.boundParameter,
        parameters: parameters,
      }).then(function (answer) {
        return {
          ok: true,
          status: answer.status,
          statusText: "OK",
          headers: {},
          json: function () {
            window.cenSandbox.dataAt = performance.now();
            return Promise.resolve(JSON.parse(answer.text));
          },
          text: function () { return Promise.resolve(answer.text); },
        };
      });
    },
    createRecord: webApi.createRecord,
    retrieveRecord: webApi.retrieveRecord,
    retrieveMultipleRecords: webApi.retrieveMultipleRecords,
  };

  const user = { id: "", name: "", languageId: 1033 };
  const globalContext = {
    userSettings: {
      get languageId() { return user.languageId; },
      get userId() { return "{" + user.id.toUpperCase() + "}"; },
      get userName() { return user.name; },
    },
    organizationSettings: { languageId: 1033, uniqueName: "sandbox" },
    getClientUrl: function () { return window.location.origin; },
    getVersion: function () { return "9.2.0.0"; },
  };

  window.Xrm = {
    WebApi: webApi,
    Navigation: {
      // Only web addresses open, in a new tab; anything else is refused.
      openUrl: function (url) {
        let parsed;
        try {
          parsed = new URL(String(url));
        } catch (error) {
          return;
        }
        if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return;
        window.cenSandbox.openedUrls.push(parsed.href);
        window.open(parsed.href, "_blank", "noopener,noreferrer");
      },
    },
    Utility: {
      getGlobalContext: function () { return globalContext; },
    },
  };

  /** For the harness and the browser tests: requests in flight, opened URLs, render timing. */
  window.cenSandbox = {
    openedUrls: [],
    dataAt: undefined,
    renderedAt: undefined,
    signIn: function (id, name, languageId) {
      user.id = id;
      user.name = name;
      user.languageId = languageId;
    },
    /** Resolves when every Xrm request started so far has finished. */
    settled: function () {
      return Promise.all(Array.from(inFlight)).then(function () { return undefined; });
    },
  };
})();
