/**
 * Renders a React component to static markup at build time, for <Fragment set:html={…} /> in an .astro file.
 * Charts are drawn by React on the server only: no hydration, no client bundle, nothing of React reaches the browser.
 */
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export function renderStatic<P extends object>(component: FunctionComponent<P>, props: P): string {
  return renderToStaticMarkup(createElement(component, props));
}
