/** Which of the three kinds of line an asset is drawn as, from the dataset's type ("power cable (HVDC, 650 MW)"). */
import type { AssetKind } from './types';

export function assetKind(type: string): AssetKind {
  const t = type.toLowerCase();
  if (t.includes('gas') || t.includes('pipeline')) return 'gas';
  if (t.includes('power')) return 'power';
  return 'telecom';
}
