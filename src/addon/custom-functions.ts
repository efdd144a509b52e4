/**
 * Custom functions as Sheets calls them. Thin: reads the spreadsheet's zone, hands over to core,
 * and cuts any text cell Sheets could not hold (core/functions/output.ts). Errors pass through so
 * Sheets shows their message on the #ERROR! cell.
 */
import * as core from '../core/functions/functions';
import { odrRootCauses } from '../core/functions/root-causes';
import { odrByProduct } from '../core/functions/by-product';
import { fitOutputCells } from '../core/functions/output';
import { spreadsheetZone } from './shared/zone';

function env(): core.Environment {
  return { zone: spreadsheetZone() };
}

export function ODR(
  orders: unknown,
  defects?: unknown,
  as_of?: unknown,
  channel?: unknown,
): number {
  return core.odr(orders, defects, as_of, channel, env());
}

export function ODR_BREAKDOWN(
  orders: unknown,
  defects?: unknown,
  as_of?: unknown,
): core.OutputTable {
  return fitOutputCells(core.odrBreakdown(orders, defects, as_of, env()));
}

export function ODR_DEFECTS(
  orders: unknown,
  defects?: unknown,
  as_of?: unknown,
  channel?: unknown,
): core.OutputTable {
  return fitOutputCells(core.odrDefects(orders, defects, as_of, channel, env()));
}

export function ODR_ORDERS_NEEDED(
  orders: unknown,
  defects?: unknown,
  as_of?: unknown,
  channel?: unknown,
  target?: unknown,
): number {
  return core.odrOrdersNeeded(orders, defects, as_of, channel, target, env());
}

export function ODR_FORECAST(
  orders: unknown,
  defects?: unknown,
  as_of?: unknown,
  channel?: unknown,
  days?: unknown,
): core.OutputTable {
  return fitOutputCells(core.odrForecast(orders, defects, as_of, channel, days, env()));
}

export function ODR_CHECK(orders: unknown, defects?: unknown): string[][] {
  return fitOutputCells(core.odrCheck(orders, defects, env()));
}

export function ODR_ROOT_CAUSES(
  orders: unknown,
  defects?: unknown,
  as_of?: unknown,
): core.OutputTable {
  return fitOutputCells(odrRootCauses(orders, defects, as_of, env()));
}

export function ODR_BY_PRODUCT(
  orders: unknown,
  defects?: unknown,
  as_of?: unknown,
  channel?: unknown,
): core.OutputTable {
  return fitOutputCells(odrByProduct(orders, defects, as_of, channel, env()));
}
