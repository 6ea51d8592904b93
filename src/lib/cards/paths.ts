/** Where a page's link-preview card is: /cards/articles/<slug>.png, /cards/charts/<id>.png (drawn after the build). */
export function cardPath(kind: 'articles' | 'charts', id: string): string {
  return `/cards/${kind}/${id}.png`;
}
