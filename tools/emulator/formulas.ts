/**
 * Evaluates formula cells by calling the bundle's top-level functions, as Sheets runs custom
 * functions: range arguments arrive as 2-D arrays of values (a single cell as its value), dates
 * as Date objects of the script's realm; a thrown error shows #ERROR! with its message; a 2-D
 * result spills. Supported syntax: NAME(arg, …) with ranges, "text", numbers, TRUE/FALSE, empty
 * arguments and nested calls; a bare reference (=A1). Of Sheets' built-in functions only
 * ARRAYFORMULA(range) is known (it spills the range, so spill collisions can be tested).
 */
import { isFormulaCell, parseA1 } from './cells';
import {
  type Core,
  type Execution,
  type FormulaEvaluator,
  FormulaError,
  type FormulaSite,
} from './core';
import { makeRange } from './spreadsheet';

type Node =
  | { k: 'lit'; v: unknown }
  | { k: 'ref'; text: string }
  | { k: 'call'; name: string; args: Node[] }
  | { k: 'empty' };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i += 1;
  }

  private fail(): never {
    throw new FormulaError('#ERROR!', 'Formula parse error.');
  }

  parseFormula(): Node {
    if (this.s[0] !== '=') this.fail();
    this.i = 1;
    const node = this.expr();
    this.ws();
    if (this.i !== this.s.length) this.fail();
    return node;
  }

  private expr(): Node {
    this.ws();
    const rest = this.s.slice(this.i);
    if (rest.startsWith('"')) {
      let j = this.i + 1;
      let out = '';
      for (;;) {
        if (j >= this.s.length) this.fail();
        if (this.s[j] === '"') {
          if (this.s[j + 1] === '"') {
            out += '"';
            j += 2;
            continue;
          }
          break;
        }
        out += this.s[j];
        j += 1;
      }
      this.i = j + 1;
      return { k: 'lit', v: out };
    }
    const num = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(?![A-Za-z0-9_!:])/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return { k: 'lit', v: Number(num[0]) };
    }
    const bool = /^(TRUE|FALSE)(?![A-Za-z0-9_(!:])/i.exec(rest);
    if (bool) {
      this.i += bool[0].length;
      return { k: 'lit', v: bool[1].toUpperCase() === 'TRUE' };
    }
    const call = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/.exec(rest);
    if (call) {
      this.i += call[0].length;
      const args: Node[] = [];
      this.ws();
      if (this.s[this.i] === ')') {
        this.i += 1;
        return { k: 'call', name: call[1], args };
      }
      for (;;) {
        this.ws();
        if (this.s[this.i] === ',' || this.s[this.i] === ')') args.push({ k: 'empty' });
        else args.push(this.expr());
        this.ws();
        const ch = this.s[this.i];
        this.i += 1;
        if (ch === ')') break;
        if (ch !== ',') this.fail();
      }
      return { k: 'call', name: call[1], args };
    }
    const ref =
      /^((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?\$?[A-Za-z]{0,3}\$?\d*(?::\$?[A-Za-z]{0,3}\$?\d*)?/.exec(
        rest,
      );
    if (ref && ref[0].length > 0 && parseA1(ref[0])) {
      this.i += ref[0].length;
      return { k: 'ref', text: ref[0] };
    }
    return this.fail();
  }
}

export function parseFormula(formula: string): Node {
  return new Parser(formula.trim()).parseFormula();
}

/** Names a formula calls, for the preview's legend; [] when it does not parse. */
export function calledFunctions(formula: string): string[] {
  const names: string[] = [];
  const walk = (n: Node): void => {
    if (n.k === 'call') {
      names.push(n.name);
      n.args.forEach(walk);
    }
  };
  try {
    walk(parseFormula(formula));
  } catch {
    return [];
  }
  return names;
}

/**
 * An evaluator that calls top-level functions of `scope` (the bundle's vm context), reading
 * ranges uncounted through `x` so the values are made in that context's realm.
 */
export function customFunctionEvaluator(
  core: Core,
  x: Execution,
  scope: Record<string, unknown>,
): FormulaEvaluator {
  const lookup = (name: string): ((...a: unknown[]) => unknown) | undefined => {
    const direct = scope[name];
    if (typeof direct === 'function') return direct as (...a: unknown[]) => unknown;
    const upper = name.toUpperCase();
    for (const key of Object.keys(scope)) {
      const v = scope[key];
      if (key.toUpperCase() === upper && typeof v === 'function') {
        return v as (...a: unknown[]) => unknown;
      }
    }
    return undefined;
  };

  const evalNode = (node: Node, site: FormulaSite): unknown => {
    switch (node.k) {
      case 'lit':
        return node.v;
      case 'empty':
        return undefined;
      case 'ref': {
        const home = core.sheetByName(site.sheet);
        if (!home) throw new FormulaError('#REF!', 'Reference does not exist.');
        // Formula references past the grid are cut to it (Sheets accepts =F(A1:A5000) on a
        // 1000-row sheet); only the script API's getRange throws there.
        const ref = parseA1(node.text);
        const sheet = ref?.sheet === undefined ? home : core.sheetByName(ref.sheet);
        if (!ref || !sheet || ref.row > sheet.maxRows || ref.col > sheet.maxColumns) {
          throw new FormulaError('#REF!', `Unresolved sheet name or range: ${node.text}`);
        }
        const endRow = Math.min(ref.endRow ?? sheet.maxRows, sheet.maxRows);
        const endCol = Math.min(ref.endCol ?? sheet.maxColumns, sheet.maxColumns);
        const range = makeRange(
          core,
          x,
          sheet,
          ref.row,
          ref.col,
          endRow - ref.row + 1,
          endCol - ref.col + 1,
        );
        const inside =
          site.row >= range._row &&
          site.row < range._row + range._numRows &&
          site.col >= range._col &&
          site.col < range._col + range._numCols;
        if (sheet === home && inside) {
          throw new FormulaError(
            '#REF!',
            'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
          );
        }
        const values = range.getValues();
        return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
      }
      case 'call': {
        // Sheets' ARRAYFORMULA with one range argument returns that range's values, which spill.
        if (node.name.toUpperCase() === 'ARRAYFORMULA' && node.args.length === 1) {
          const inner = evalNode(node.args[0], site);
          return Array.isArray(inner) ? inner : [[inner]];
        }
        const fn = lookup(node.name);
        if (!fn) throw new FormulaError('#NAME?', `Unknown function: '${node.name}'.`);
        const args = node.args.map((a) => evalNode(a, site));
        return fn(...args);
      }
      default:
        return undefined;
    }
  };

  return (formula: string, site: FormulaSite): unknown => evalNode(parseFormula(formula), site);
}

export { isFormulaCell };
