/** HtmlService: outputs and templates, with pages read from the built dist/ directory. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core, Execution } from './core';

export const SandboxMode = {
  EMULATED: 'EMULATED',
  IFRAME: 'IFRAME',
  NATIVE: 'NATIVE',
} as const;

export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class HtmlOutputImpl {
  _title = '';
  _width = 600;
  _height = 400;
  _sandbox: string = SandboxMode.IFRAME;
  _xframe: string = XFrameOptionsMode.DEFAULT;
  readonly _meta: { name: string; content: string }[] = [];
  constructor(public _content: string) {}
  getContent(): string {
    return this._content;
  }
  setContent(content: string): this {
    this._content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this._content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this._content += escapeHtml(String(addedContent));
    return this;
  }
  clear(): this {
    this._content = '';
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): this {
    this._title = String(title);
    return this;
  }
  getWidth(): number {
    return this._width;
  }
  setWidth(width: number): this {
    this._width = width;
    return this;
  }
  getHeight(): number {
    return this._height;
  }
  setHeight(height: number): this {
    this._height = height;
    return this;
  }
  setSandboxMode(mode: string): this {
    this._sandbox = mode;
    return this;
  }
  getSandboxMode(): string {
    return this._sandbox;
  }
  setXFrameOptionsMode(mode: string): this {
    this._xframe = mode;
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this._meta.push({ name, content });
    return this;
  }
  setFaviconUrl(_url: string): this {
    return this;
  }
}

/**
 * Templates are returned unevaluated: scriptlets (<? ?>) would need eval, which the emulator
 * does not do. Pages built into self-contained HTML need none.
 */
export class HtmlTemplateImpl {
  [key: string]: unknown;
  constructor(private readonly _raw: string) {}
  evaluate(): HtmlOutputImpl {
    return new HtmlOutputImpl(this._raw);
  }
  getRawContent(): string {
    return this._raw;
  }
  getCode(): string {
    return this._raw;
  }
}

export class HtmlServiceImpl {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(
    readonly _core: Core,
    readonly _x: Execution,
  ) {}

  private _read(name: string): string {
    const file = name.endsWith('.html') ? name : `${name}.html`;
    const path = join(this._core.distDir, file);
    if (!existsSync(path)) {
      throw this._core.error(this._x, `No HTML file named ${name} was found.`);
    }
    return readFileSync(path, 'utf8');
  }

  createHtmlOutput(html?: unknown): HtmlOutputImpl {
    if (html === undefined) return new HtmlOutputImpl('');
    if (typeof html === 'object' && html !== null && 'getDataAsString' in html) {
      return new HtmlOutputImpl(String((html as { getDataAsString(): string }).getDataAsString()));
    }
    return new HtmlOutputImpl(String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutputImpl {
    return new HtmlOutputImpl(this._read(filename));
  }
  createTemplate(html: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(String(html));
  }
  createTemplateFromFile(filename: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this._read(filename));
  }
}
