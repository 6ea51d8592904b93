/**
 * A kind's shape as a small inline icon (list rows, the key). Decorative: the text names the kind. Its colour comes
 * from the tl-cat-<kind> class its parent carries.
 */
import { categoryByKey, type CategoryKey } from './categories';
import { shapePath } from './shapes';

export function ShapeIcon({ category, size = 14 }: { category: CategoryKey; size?: number }) {
  const cat = categoryByKey.get(category)!;
  return (
    <svg className="tl-icon" width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true">
      <path className="tl-shape" d={shapePath(cat.shape, 6)} />
    </svg>
  );
}
