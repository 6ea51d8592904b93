/** A category's shape as a small inline icon (list items, filter labels, legend). Decorative: the text names the category. */
import { categoryByKey, type CategoryKey } from './categories';
import { shapePath } from './shapes';

export function ShapeIcon({ category, size = 14 }: { category: CategoryKey; size?: number }) {
  const cat = categoryByKey.get(category)!;
  return (
    <svg className={`tl-icon tl-cat-${category}`} width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <path className="tl-shape" d={shapePath(cat.shape, 6)} />
    </svg>
  );
}
