/**
 * What assistive technology gets from a page, read from Chromium's accessibility tree (the DevTools protocol), not
 * from the markup: an element's computed role, name, description and states, and the text a screen reader reads
 * when it goes straight through part of a page (browse mode, "say all").
 *
 * The reading is an approximation of a screen reader, not a replacement for one: text in tree order, and for
 * controls and images (whose content is presentational) their computed name instead of their content.
 */
import type { CDPSession, Page } from 'playwright-core';

interface AXValue {
  type: string;
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}

export interface Accessible {
  role: string;
  name: string;
  description: string;
  /** aria-expanded as computed ("true"/"false"), or null when the element has no expanded state. */
  expanded: string | null;
  focusable: boolean;
}

/** Roles whose content a screen reader does not read item by item: it says the role's computed name instead. */
const NAMED_LEAVES = new Set(['button', 'image', 'img', 'checkbox', 'radio', 'switch', 'slider', 'progressbar', 'separator', 'menuitem', 'tab', 'option', 'graphics-symbol']);

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('Accessibility.enable');
    sessions.set(page, session);
  }
  return session;
}

const str = (v: AXValue | undefined) => (v?.value === undefined || v.value === null ? '' : String(v.value)).replace(/\s+/g, ' ').trim();

function toAccessible(node: AXNode): Accessible {
  const prop = (name: string) => node.properties?.find((p) => p.name === name)?.value;
  const expanded = prop('expanded');
  return {
    role: str(node.role),
    name: str(node.name),
    description: str(node.description),
    expanded: expanded === undefined ? null : String(expanded.value),
    focusable: prop('focusable')?.value === true,
  };
}

async function backendIds(page: Page, selector: string): Promise<number[]> {
  const session = await cdp(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const out: number[] = [];
  for (const nodeId of nodeIds) {
    const { node } = await session.send('DOM.describeNode', { nodeId });
    out.push(node.backendNodeId);
  }
  return out;
}

/** The computed role, name, description and expanded state of every element matching the selector (in DOM order). */
export async function accessibleAll(page: Page, selector: string): Promise<Accessible[]> {
  const session = await cdp(page);
  const out: Accessible[] = [];
  for (const backendNodeId of await backendIds(page, selector)) {
    const { nodes } = (await session.send('Accessibility.getPartialAXTree', { backendNodeId, fetchRelatives: false })) as { nodes: AXNode[] };
    const node = nodes.find((n) => n.backendDOMNodeId === backendNodeId) ?? nodes[0];
    out.push(node ? toAccessible(node) : { role: '', name: '', description: '', expanded: null, focusable: false });
  }
  return out;
}

/** The first element matching the selector, as assistive technology gets it. */
export async function accessible(page: Page, selector: string): Promise<Accessible> {
  const [first] = await accessibleAll(page, selector);
  if (!first) throw new Error(`no element matches ${selector}`);
  return first;
}

export interface Reading {
  /** What is read going straight through, one entry per text run or named control/image. */
  text: string[];
  /** The descriptions read after an element's name (aria-describedby and the like), with that element. */
  described: { role: string; name: string; description: string }[];
}

/** What a screen reader reads going straight through an element matching the selector (the first, or the nth). */
export async function readThrough(page: Page, selector: string, nth = 0): Promise<Reading> {
  const session = await cdp(page);
  const target = (await backendIds(page, selector))[nth];
  if (target === undefined) throw new Error(`no element matches ${selector}`);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const start = nodes.find((n) => n.backendDOMNodeId === target);
  const reading: Reading = { text: [], described: [] };
  if (!start) return reading;
  const visit = (node: AXNode) => {
    const role = str(node.role);
    if (!node.ignored) {
      if (role === 'StaticText') {
        const text = str(node.name);
        if (text) reading.text.push(text);
        return;
      }
      const description = str(node.description);
      if (description) reading.described.push({ role, name: str(node.name), description });
      if (NAMED_LEAVES.has(role)) {
        const name = str(node.name);
        if (name) reading.text.push(name);
        return;
      }
    }
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) visit(child);
    }
  };
  visit(start);
  return reading;
}

/** The focused element (document.activeElement), as assistive technology gets it. */
export async function accessibleFocus(page: Page): Promise<Accessible> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-test-focus]')) el.removeAttribute('data-test-focus');
    document.activeElement?.setAttribute('data-test-focus', '');
  });
  const found = await accessible(page, '[data-test-focus]');
  await page.evaluate(() => document.querySelector('[data-test-focus]')?.removeAttribute('data-test-focus'));
  return found;
}
