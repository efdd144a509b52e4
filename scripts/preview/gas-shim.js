/* global window */
// google.script.run and google.script.host for pages shown by the ODR Guard preview.
// Injected by tools/emulator/preview/server.ts into the sidebar/dialog HTML, before the page's
// own scripts. Calls go to the parent page by postMessage (as Apps Script's sandbox iframe talks
// to its outer frame), and the parent POSTs them to /rpc. The FUNCTIONS marker below becomes the
// bundle's top-level function names: like the real API, only those exist on google.script.run.
(function () {
  'use strict';
  var functions = /*FUNCTIONS*/ [];
  var pending = new Map();
  var nextId = 1;

  // Apps Script refuses Dates, functions and DOM nodes other than a lone form (see
  // "Class google.script.run": "Requests fail if you attempt to pass a Date, Function, DOM
  // element besides a form, or other prohibited type").
  function illegal(value, path, seen) {
    if (typeof value === 'function') return path;
    if (value === null || typeof value !== 'object') return null;
    if (Object.prototype.toString.call(value) === '[object Date]') return path;
    if (typeof value.nodeType === 'number') return path;
    if (seen.indexOf(value) >= 0) return path;
    seen.push(value);
    for (var key in value) {
      if (Object.prototype.hasOwnProperty.call(value, key)) {
        var bad = illegal(value[key], key, seen);
        if (bad !== null) return bad;
      }
    }
    return null;
  }

  function formToObject(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.disabled) continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      out[el.name] = el.value;
    }
    return out;
  }

  function settle(call, ok, payload) {
    setTimeout(function () {
      if (ok) {
        if (call.success) call.success(payload, call.userObject);
        return;
      }
      var error = new Error(payload && payload.message ? payload.message : String(payload));
      if (payload && payload.name) error.name = payload.name;
      if (call.failure) call.failure(error, call.userObject);
      else if (window.console) window.console.error('google.script.run failed: ' + error.message);
    }, 0);
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var m = event.data;
    if (!m || m.type !== 'gas-rpc-result' || !pending.has(m.id)) return;
    var call = pending.get(m.id);
    pending.delete(m.id);
    settle(call, m.ok, m.ok ? m.result : m.error);
  });

  function runner(success, failure, userObject) {
    var r = {
      withSuccessHandler: function (f) {
        return runner(f, failure, userObject);
      },
      withFailureHandler: function (f) {
        return runner(success, f, userObject);
      },
      withUserObject: function (o) {
        return runner(success, failure, o);
      },
    };
    functions.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var call = { success: success, failure: failure, userObject: userObject };
        if (args.length === 1 && args[0] && args[0].tagName === 'FORM')
          args = [formToObject(args[0])];
        var bad = illegal(args, 'args', []);
        if (bad !== null) {
          settle(call, false, {
            name: 'Error',
            message: 'Failed due to illegal value in property: ' + bad,
          });
          return;
        }
        var id = nextId++;
        pending.set(id, call);
        // JSON round trip: what reaches the server is a copy; undefined in arrays becomes null.
        window.parent.postMessage(
          { type: 'gas-rpc', id: id, name: name, args: JSON.parse(JSON.stringify(args)) },
          '*',
        );
      };
    });
    return r;
  }

  function host(op, value) {
    window.parent.postMessage({ type: 'gas-host', op: op, value: value }, '*');
  }

  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      origin: 'https://docs.google.com',
      close: function () {
        host('close');
      },
      setHeight: function (h) {
        host('setHeight', h);
      },
      setWidth: function (w) {
        host('setWidth', w);
      },
      editor: {
        focus: function () {
          host('focus');
        },
      },
    },
    url: {
      getLocation: function (callback) {
        callback({ hash: '', parameter: {}, parameters: {} });
      },
    },
  };
})();
