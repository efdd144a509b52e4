/* global document, window, fetch */
// The preview page: renders GET /api/state as a spreadsheet, runs menu items (POST /api/run),
// relays google.script.run from the sidebar/dialog iframes to POST /rpc. DOM is built with
// createElement/textContent only: sheet cells hold buyer-written text.
(function () {
  'use strict';

  var $ = function (id) {
    return document.getElementById(id);
  };
  var grid = $('grid');
  var menuButton = $('menu-extensions');
  var menuPopup = $('menu');
  var sidebar = $('sidebar');
  var sidebarFrame = $('sidebar-frame');
  var overlay = $('dialog-overlay');
  var dialogBox = $('dialog');
  var dialogFrame = $('dialog-frame');

  var state = null;
  var version = 0;
  var session = null;
  var shownSidebar = 0;
  var shownDialog = 0;
  var seenAlerts = 0;
  var seenToasts = 0;
  var lastSelectionKey = '';
  var anchor = null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] !== undefined && attrs[k] !== null) node.setAttribute(k, attrs[k]);
      });
    }
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function letter(col) {
    var s = '';
    while (col > 0) {
      s = String.fromCharCode(65 + ((col - 1) % 26)) + s;
      col = Math.floor((col - 1) / 26);
    }
    return s;
  }

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body || {}),
    }).then(function (r) {
      return r.json();
    });
  }

  function busy(on) {
    document.body.setAttribute('data-busy', on ? 'true' : 'false');
  }

  function toast(title, text, kind) {
    var box = el('div', {
      class: 'toast' + (kind ? ' ' + kind : ''),
      'data-testid': kind === 'error' ? 'error-toast' : 'toast',
      role: 'status',
    });
    if (title) box.appendChild(el('strong', null, title));
    box.appendChild(document.createTextNode(text));
    $('toasts').appendChild(box);
    setTimeout(
      function () {
        if (box.parentNode) box.parentNode.removeChild(box);
      },
      kind === 'error' ? 12000 : 7000,
    );
  }

  // ---- grid ---------------------------------------------------------------------------------
  function shownSheet() {
    var name = state.activeSheet;
    for (var i = 0; i < state.sheets.length; i++)
      if (state.sheets[i].name === name) return state.sheets[i];
    return state.sheets[0];
  }

  function inSelection(sheet, row, col) {
    var s = state.selection;
    return (
      s &&
      s.sheet === sheet.name &&
      row >= s.row &&
      row < s.row + s.numRows &&
      col >= s.col &&
      col < s.col + s.numCols
    );
  }

  function renderGrid() {
    var sheet = shownSheet();
    clear(grid);
    grid.setAttribute('data-sheet', sheet.name);
    var cols = sheet.maxColumns;
    var colgroup = el('colgroup');
    colgroup.appendChild(el('col', { style: 'width:46px' }));
    var total = 46;
    for (var c = 1; c <= cols; c++) {
      var w = sheet.columnWidths[String(c)] || 100;
      total += w;
      colgroup.appendChild(el('col', { style: 'width:' + w + 'px' }));
    }
    // A fixed layout needs the table's own width, or the browser squeezes columns to fit.
    grid.style.width = total + 'px';
    grid.appendChild(colgroup);
    var sel = state.selection && state.selection.sheet === sheet.name ? state.selection : null;
    var head = el('thead');
    var hr = el('tr');
    hr.appendChild(el('th', { class: 'corner' }));
    for (c = 1; c <= cols; c++) {
      var selCol = sel && c >= sel.col && c < sel.col + sel.numCols;
      hr.appendChild(
        el(
          'th',
          { 'data-testid': 'col-header-' + letter(c), class: selCol ? 'sel-header' : null },
          letter(c),
        ),
      );
    }
    head.appendChild(hr);
    grid.appendChild(head);
    var body = el('tbody');
    for (var i = 0; i < sheet.values.length; i++) {
      var row = sheet.startRow + i;
      var tr = el('tr', { 'data-row': String(row) });
      var selRow = sel && row >= sel.row && row < sel.row + sel.numRows;
      tr.appendChild(
        el(
          'th',
          { 'data-testid': 'row-header-' + row, class: selRow ? 'sel-header' : null },
          String(row),
        ),
      );
      for (c = 1; c <= cols; c++) {
        var v = sheet.values[i][c - 1];
        var a1 = letter(c) + row;
        var classes = [];
        if (typeof v === 'number' || (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:/.test(v)))
          classes.push('num');
        if (typeof v === 'boolean') classes.push('bool');
        if (sheet.fontWeights[i][c - 1] === 'bold') classes.push('bold');
        var err = sheet.formulaErrors[row + ',' + c];
        if (err) classes.push('formula-error');
        var selected = inSelection(sheet, row, c);
        if (selected) classes.push('selected');
        if (sel && sel.row === row && sel.col === c) classes.push('current');
        var formula = sheet.formulas[i][c - 1];
        var td = el(
          'td',
          {
            'data-testid': 'cell-' + a1,
            'data-a1': a1,
            'data-row': String(row),
            'data-col': String(c),
            'data-bg': sheet.backgrounds[i][c - 1],
            'aria-selected': selected ? 'true' : null,
            class: classes.join(' ') || null,
            title: err ? (formula ? formula + '\n' : '') + err : formula || null,
            style:
              sheet.backgrounds[i][c - 1] !== '#ffffff'
                ? 'background-color:' + sheet.backgrounds[i][c - 1]
                : null,
          },
          sheet.display[i][c - 1],
        );
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    grid.appendChild(body);
    var shownTo = sheet.startRow + sheet.values.length - 1;
    if (sheet.startRow > 1 || shownTo < sheet.maxRows) {
      var note = el('caption', { class: 'window-note', 'data-testid': 'grid-window' });
      note.textContent =
        'Rows ' +
        sheet.startRow +
        '–' +
        shownTo +
        ' of ' +
        sheet.maxRows +
        ' (last row with data: ' +
        sheet.lastRow +
        ')';
      note.style.captionSide = 'bottom';
      note.style.textAlign = 'left';
      grid.appendChild(note);
    }
    renderFormulaBar(sheet);
    var key = sel ? sheet.name + '!' + sel.a1 : '';
    if (key && key !== lastSelectionKey) {
      var target = grid.querySelector('td[data-a1="' + letter(sel.col) + sel.row + '"]');
      if (target) target.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    lastSelectionKey = key;
  }

  function renderFormulaBar(sheet) {
    var sel = state.selection && state.selection.sheet === sheet.name ? state.selection : null;
    $('name-box').textContent = sel ? sel.a1 : '';
    var text = '';
    if (sel) {
      var i = sel.row - sheet.startRow;
      if (i >= 0 && i < sheet.values.length) {
        text = sheet.formulas[i][sel.col - 1] || sheet.display[i][sel.col - 1];
      }
    }
    $('formula-bar').textContent = text;
  }

  function renderTabs() {
    var tabs = $('tabs');
    clear(tabs);
    state.sheets.forEach(function (s) {
      if (s.hidden) return;
      var b = el(
        'button',
        {
          type: 'button',
          class: 'tab',
          role: 'tab',
          'data-testid': 'sheet-tab-' + s.name,
          'data-sheet': s.name,
          'aria-selected': s.name === state.activeSheet ? 'true' : 'false',
        },
        s.name,
      );
      b.addEventListener('click', function () {
        act(post('/api/select', { sheet: s.name }));
      });
      tabs.appendChild(b);
    });
  }

  // ---- menu ---------------------------------------------------------------------------------
  function menuItems(container, items) {
    items.forEach(function (item) {
      if (item.kind === 'separator') {
        container.appendChild(el('hr'));
      } else if (item.kind === 'submenu') {
        container.appendChild(el('div', { class: 'menu-heading' }, item.caption));
        var sub = el('div', { class: 'submenu' });
        menuItems(sub, item.items);
        container.appendChild(sub);
      } else {
        var b = el(
          'button',
          {
            type: 'button',
            class: 'menu-item',
            role: 'menuitem',
            'data-testid': 'menu-item-' + item.functionName,
            'data-function': item.functionName,
          },
          item.caption,
        );
        b.addEventListener('click', function () {
          closeMenu();
          runMenu(item.functionName, item.caption);
        });
        container.appendChild(b);
      }
    });
  }

  function renderMenu() {
    clear(menuPopup);
    if (!state.menus.length) {
      menuPopup.appendChild(
        el(
          'div',
          { class: 'menu-heading' },
          'No add-on menu: onOpen did not call createAddonMenu().addToUi()',
        ),
      );
    }
    state.menus.forEach(function (m) {
      menuPopup.appendChild(
        el('div', { class: 'menu-heading', 'data-testid': 'menu-heading' }, m.caption),
      );
      menuItems(menuPopup, m.items);
    });
  }

  function closeMenu() {
    menuPopup.hidden = true;
    menuButton.setAttribute('aria-expanded', 'false');
  }

  menuButton.addEventListener('click', function (ev) {
    ev.stopPropagation();
    var open = menuPopup.hidden;
    menuPopup.hidden = !open;
    menuButton.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
  document.addEventListener('click', function (ev) {
    if (!menuPopup.hidden && !menuPopup.contains(ev.target)) closeMenu();
  });

  function runMenu(name, caption) {
    $('status').textContent = 'Running ' + caption + '…';
    act(
      post('/api/run', { name: name }).then(function (res) {
        if (!res.ok) toast(caption, res.error.message, 'error');
        return res;
      }),
    );
  }

  // ---- sidebar and dialogs ------------------------------------------------------------------
  function renderPanels() {
    if (state.sidebar && state.sidebar.seq > shownSidebar) {
      shownSidebar = state.sidebar.seq;
      $('sidebar-title').textContent = state.sidebar.title;
      sidebarFrame.setAttribute('src', '/ui/sidebar/' + state.sidebar.seq);
      sidebarFrame.setAttribute('data-seq', String(state.sidebar.seq));
      sidebar.hidden = false;
    }
    if (state.dialog && state.dialog.seq > shownDialog) {
      shownDialog = state.dialog.seq;
      $('dialog-title').textContent = state.dialog.title;
      dialogBox.style.width = (state.dialog.width || 600) + 'px';
      dialogBox.style.height = (state.dialog.height || 400) + 52 + 'px';
      dialogFrame.setAttribute('src', '/ui/dialog/' + state.dialog.seq);
      dialogFrame.setAttribute('data-seq', String(state.dialog.seq));
      overlay.hidden = false;
    }
  }

  function closeSidebar() {
    sidebar.hidden = true;
    sidebarFrame.setAttribute('src', 'about:blank');
  }

  function closeDialog() {
    overlay.hidden = true;
    dialogFrame.setAttribute('src', 'about:blank');
  }

  $('sidebar-close').addEventListener('click', closeSidebar);
  $('dialog-close').addEventListener('click', closeDialog);

  window.addEventListener('message', function (event) {
    var frame = null;
    if (event.source && event.source === sidebarFrame.contentWindow) frame = 'sidebar';
    if (event.source && event.source === dialogFrame.contentWindow) frame = 'dialog';
    var m = event.data;
    if (!frame || !m || typeof m !== 'object') return;
    var source = event.source;
    if (m.type === 'gas-rpc') {
      busy(true);
      post('/rpc', { name: m.name, args: m.args })
        .then(function (res) {
          source.postMessage(
            { type: 'gas-rpc-result', id: m.id, ok: res.ok, result: res.result, error: res.error },
            '*',
          );
        })
        .catch(function (err) {
          source.postMessage(
            {
              type: 'gas-rpc-result',
              id: m.id,
              ok: false,
              error: { name: 'NetworkError', message: String(err) },
            },
            '*',
          );
        })
        .then(refresh);
    } else if (m.type === 'gas-host') {
      if (m.op === 'close') {
        if (frame === 'sidebar') closeSidebar();
        else closeDialog();
      } else if (m.op === 'setHeight' && frame === 'dialog') {
        dialogBox.style.height = Number(m.value) + 52 + 'px';
      } else if (m.op === 'setWidth' && frame === 'dialog') {
        dialogBox.style.width = Number(m.value) + 'px';
      }
    }
  });

  // ---- cell selection -----------------------------------------------------------------------
  grid.addEventListener('click', function (ev) {
    var td = ev.target.closest ? ev.target.closest('td[data-a1]') : null;
    if (!td) return;
    var row = Number(td.getAttribute('data-row'));
    var col = Number(td.getAttribute('data-col'));
    var a1 = td.getAttribute('data-a1');
    if (ev.shiftKey && anchor) {
      var r1 = Math.min(anchor.row, row);
      var r2 = Math.max(anchor.row, row);
      var c1 = Math.min(anchor.col, col);
      var c2 = Math.max(anchor.col, col);
      a1 = letter(c1) + r1 + ':' + letter(c2) + r2;
    } else {
      anchor = { row: row, col: col };
    }
    act(post('/api/select', { sheet: grid.getAttribute('data-sheet'), a1: a1 }));
  });

  // ---- state --------------------------------------------------------------------------------
  function renderToasts() {
    if (state.alerts.length < seenAlerts) seenAlerts = 0;
    state.alerts.slice(seenAlerts).forEach(function (a) {
      toast(a.title || 'Alert', a.prompt + '\n(answered ' + a.response + ')');
    });
    seenAlerts = state.alerts.length;
    if (state.toasts.length < seenToasts) seenToasts = 0;
    state.toasts.slice(seenToasts).forEach(function (t) {
      toast(t.title, t.message);
    });
    seenToasts = state.toasts.length;
  }

  function render() {
    if (state.session !== session) {
      session = state.session;
      shownSidebar = 0;
      shownDialog = 0;
      seenAlerts = state.alerts.length;
      seenToasts = state.toasts.length;
      closeSidebar();
      closeDialog();
      lastSelectionKey = '';
    }
    $('doc-title').textContent = state.name;
    menuButton.textContent = 'Extensions';
    renderMenu();
    renderTabs();
    renderGrid();
    renderPanels();
    renderToasts();
    var calls = 0;
    Object.keys(state.calls).forEach(function (k) {
      calls += state.calls[k];
    });
    $('status').textContent =
      calls + ' SpreadsheetApp calls since start · simulated ' + state.simulatedMs + ' ms';
    version += 1;
    document.body.setAttribute('data-version', String(version));
    document.body.setAttribute('data-ready', 'true');
  }

  function refresh() {
    return fetch('/api/state')
      .then(function (r) {
        return r.json();
      })
      .then(function (s) {
        state = s;
        render();
        busy(false);
      })
      .catch(function (err) {
        busy(false);
        toast('Preview', 'Could not load the state: ' + err, 'error');
      });
  }

  function act(promise) {
    busy(true);
    return promise.then(refresh, function (err) {
      toast('Preview', String(err), 'error');
      return refresh();
    });
  }

  $('reset-button').addEventListener('click', function () {
    act(post('/api/reset'));
  });

  window.previewRefresh = refresh;
  refresh();
})();
