/** Ui and Menu: what the add-on shows is recorded in Core.ui for tests and the preview. */
import type { Core, Execution, HtmlRecord, MenuEntryRecord } from './core';
import { instrument } from './instrument';

export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export const Button = {
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
} as const;

interface HtmlLike {
  getContent(): string;
  getTitle?(): string;
  getWidth?(): number;
  getHeight?(): number;
}

function isHtmlLike(v: unknown): v is HtmlLike {
  return typeof v === 'object' && v !== null && typeof (v as HtmlLike).getContent === 'function';
}

export class MenuImpl {
  readonly _items: MenuEntryRecord[] = [];
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
    readonly _caption: string,
    readonly _addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== 'string' || functionName === '') {
      throw this._core.error(this._x, 'Invalid argument: functionName');
    }
    this._items.push({ kind: 'item', caption: String(caption), functionName });
    return this;
  }
  addSeparator(): this {
    this._items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: MenuImpl): this {
    this._items.push({ kind: 'submenu', caption: menu._caption, items: menu._items });
    return this;
  }
  /** Replaces a menu of the same caption, as reopening the spreadsheet rebuilds menus. */
  addToUi(): void {
    const menus = this._core.ui.menus;
    const i = menus.findIndex((m) => m.caption === this._caption && m.addon === this._addon);
    const record = { caption: this._caption, addon: this._addon, items: [...this._items] };
    if (i >= 0) menus[i] = record;
    else menus.push(record);
  }
}

export class PromptResponseImpl {
  constructor(
    readonly _text: string,
    readonly _button: string,
  ) {}
  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): string {
    return this._button;
  }
}

export class UiImpl {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;

  constructor(
    readonly _core: Core,
    readonly _x: Execution,
  ) {}

  private _html(kind: HtmlRecord['kind'], html: unknown, title?: string): HtmlRecord {
    if (!isHtmlLike(html)) {
      throw this._core.error(
        this._x,
        `The parameters (${typeof html}) don't match the method signature for Ui.show.`,
      );
    }
    const core = this._core;
    core.htmlSeq += 1;
    return {
      seq: core.htmlSeq,
      kind,
      title: title ?? html.getTitle?.() ?? '',
      width: html.getWidth?.(),
      height: html.getHeight?.(),
      content: html.getContent(),
    };
  }

  createAddonMenu(): MenuImpl {
    return new MenuImpl(this._core, this._x, this._core.addonName, true);
  }
  createMenu(caption: string): MenuImpl {
    return new MenuImpl(this._core, this._x, caption, false);
  }
  showSidebar(userInterface: unknown): void {
    this._core.ui.sidebars.push(this._html('sidebar', userInterface));
  }
  showModalDialog(userInterface: unknown, title: string): void {
    this._core.ui.dialogs.push(this._html('modal', userInterface, title));
  }
  showModelessDialog(userInterface: unknown, title: string): void {
    this._core.ui.dialogs.push(this._html('modeless', userInterface, title));
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(a: string, b?: string, c?: string): string {
    let title = '';
    let prompt = a;
    let buttons: string = ButtonSet.OK;
    if (c !== undefined) [title, prompt, buttons] = [a, b ?? '', c];
    else if (b !== undefined) buttons = b;
    const queued = this._core.ui.alertResponses.shift();
    const response = queued ?? (buttons.startsWith('YES') ? Button.YES : Button.OK);
    this._core.ui.alerts.push({ title: String(title), prompt: String(prompt), buttons, response });
    return response;
  }
  prompt(a: string, b?: string, c?: string): PromptResponseImpl {
    let title = '';
    let prompt = a;
    let buttons: string = ButtonSet.OK;
    if (c !== undefined) [title, prompt, buttons] = [a, b ?? '', c];
    else if (b !== undefined && b in ButtonSet) buttons = b;
    else if (b !== undefined) [title, prompt] = [a, b];
    const queued = this._core.ui.promptResponses.shift();
    const button = queued?.button ?? (buttons.startsWith('YES') ? Button.YES : Button.OK);
    this._core.ui.alerts.push({ title, prompt, buttons, response: button });
    return new PromptResponseImpl(queued?.text ?? '', button);
  }
}

instrument(UiImpl, 'Ui');
instrument(MenuImpl, 'Menu');
