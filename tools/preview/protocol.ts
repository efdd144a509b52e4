/**
 * What the preview server and its page say to each other over HTTP: the state the page draws
 * and the answers to its requests. Types only, shared by server.ts and page/*.ts.
 */
import type { AlertRecord, MenuRecord, SheetSnapshot } from '../emulator';

export interface Selection {
  sheet: string;
  a1: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface PanelState {
  seq: number;
  title: string;
}

export interface DialogState extends PanelState {
  width?: number;
  height?: number;
  kind: 'sidebar' | 'modal' | 'modeless';
}

export interface ToastState {
  title: string;
  message: string;
}

/** A language the page's switch offers: the user locale Session reports, and its name. */
export interface LocaleChoice {
  locale: string;
  label: string;
}

/** GET /api/state */
export interface PreviewState {
  session: string;
  name: string;
  addonName: string;
  timeZone: string;
  /** Session.getActiveUserLocale() of the emulated user. */
  locale: string;
  locales: LocaleChoice[];
  activeSheet: string;
  selection: Selection | null;
  sheets: SheetSnapshot[];
  menus: MenuRecord[];
  sidebar: PanelState | null;
  dialog: DialogState | null;
  alerts: AlertRecord[];
  toasts: ToastState[];
  calls: Record<string, number>;
  simulatedMs: number;
  logs: string[];
  startup: string[];
  functions: string[];
  documentProperties: Record<string, string>;
}

export interface ErrorInfo {
  name: string;
  message: string;
}

/** POST /rpc and POST /api/run */
export type RunReply = { ok: true; result?: unknown } | { ok: false; error: ErrorInfo };

/** google.script.run between a sidebar/dialog frame and the page (window.postMessage). */
export interface RpcRequestMessage {
  type: 'gas-rpc';
  id: number;
  name: string;
  args: unknown[];
}

export interface RpcResultMessage {
  type: 'gas-rpc-result';
  id: number;
  ok: boolean;
  result?: unknown;
  error?: ErrorInfo;
}

/** google.script.host calls from a frame. */
export interface HostMessage {
  type: 'gas-host';
  op: 'close' | 'setHeight' | 'setWidth' | 'focus';
  value?: number;
}
