/** Amazon's own ODR figures from an Account Health report, as the dashboard keeps them. */
import type { AmazonOdrFigures, ChannelOdrFigures } from './health';

/** One marketplace channel with a complete window and counts (see wire AmazonFigures). */
export interface AmazonFigure {
  scope: 'MFN' | 'AFN';
  from: string;
  to: string;
  orders: number;
  defective: number;
  rate: number;
}

function channelToFigures(scope: 'MFN' | 'AFN', c: ChannelOdrFigures | null): AmazonFigure[] {
  if (!c || c.from === null || c.to === null || c.orders === null || c.defective === null) {
    return [];
  }
  const rate = c.rate ?? (c.orders > 0 ? c.defective / c.orders : 0);
  return [{ scope, from: c.from, to: c.to, orders: c.orders, defective: c.defective, rate }];
}

/** One entry per marketplace and channel with a complete window and counts. */
export function toAmazonFigures(figures: AmazonOdrFigures): AmazonFigure[] {
  return figures.marketplaces.flatMap((m) => [
    ...channelToFigures('MFN', m.mfn),
    ...channelToFigures('AFN', m.afn),
  ]);
}
