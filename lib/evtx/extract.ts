/**
 * What the portal reads from a record: the System fields and the
 * EventData/UserData values. Two routes that must agree (a test runs both on
 * every sample record):
 *
 * - fast: a template is compiled once per chunk into getters (which template
 *   nodes hold `<Provider Name>`, `<EventID>`, …); a record then reads only
 *   the substitution values those getters point at, without building a tree.
 * - tree: from a resolved XmlElement, for records that are not a single
 *   template instance, for nested BinXML, and whenever the fast route meets
 *   something unusual (System supplied by a substitution).
 *
 * Field rules, both routes: the first element of that name wins; an
 * element's text is its own text children (not its descendants'); an
 * attribute that resolves empty is absent. An array value that repeats its
 * element contributes its first item (the first repeated element).
 */
import {
  arrayTexts,
  charRefText,
  entityText,
  instantiate,
  isArrayType,
  isNested,
  slotNumber,
  slotText,
  T_CDATA,
  T_CHARREF,
  T_ELEMENT,
  T_ENTITY,
  T_SUB,
  T_TEXT,
  TYPE_BINXML,
  type ChunkContext,
  type Slots,
  type TElement,
  type TNode,
  type TSub,
} from './binxml';
import { ExpansionBudget } from './budget';
import type { EvtxDataItem, XmlElement } from './types';

/** Field table: [element under System, attribute or '' for the element's text]. */
const FIELDS = [
  ['Provider', 'Name'],
  ['Provider', 'Guid'],
  ['EventID', ''],
  ['EventID', 'Qualifiers'],
  ['Version', ''],
  ['Level', ''],
  ['Task', ''],
  ['Opcode', ''],
  ['Keywords', ''],
  ['TimeCreated', 'SystemTime'],
  ['EventRecordID', ''],
  ['Correlation', 'ActivityID'],
  ['Execution', 'ProcessID'],
  ['Execution', 'ThreadID'],
  ['Channel', ''],
  ['Computer', ''],
  ['Security', 'UserID'],
] as const;
export const FIELD_COUNT = FIELDS.length;
export const F_PROVIDER_NAME = 0;
export const F_PROVIDER_GUID = 1;
export const F_EVENT_ID = 2;
export const F_QUALIFIERS = 3;
export const F_VERSION = 4;
export const F_LEVEL = 5;
export const F_TASK = 6;
export const F_OPCODE = 7;
export const F_KEYWORDS = 8;
export const F_TIME_CREATED = 9;
export const F_EVENT_RECORD_ID = 10;
export const F_ACTIVITY_ID = 11;
export const F_PROCESS_ID = 12;
export const F_THREAD_ID = 13;
export const F_CHANNEL = 14;
export const F_COMPUTER = 15;
export const F_USER_ID = 16;

/** Fields whose value is a number (the rest are text). */
const NUMERIC = new Set(['EventID', 'Qualifiers', 'Version', 'Level', 'Task', 'Opcode', 'EventRecordID', 'ProcessID', 'ThreadID']);

/**
 * The fields of one record: text, or for numeric fields a number when the
 * fast route could read the value as one (the caller turns text into numbers).
 */
export interface Extracted {
  fields: (string | number | undefined)[];
  dataKind: 'EventData' | 'UserData' | undefined;
  data: EvtxDataItem[];
}

interface Getter {
  nodes: TNode[];
  /** The only node, when it is a placeholder. */
  single: TSub | undefined;
  /** The value, when no placeholder is involved. */
  constant: string | undefined;
  isAttr: boolean;
  /** Read an integer value as a number rather than text. */
  numeric: boolean;
}

/** What a template compiles to. */
export interface Plan {
  /** False when System is not a literal child of the root: use the tree route. */
  fast: boolean;
  getters: (Getter | undefined)[];
  /** Root children that may be the data container: EventData/UserData elements, and placeholders (nested BinXML). */
  containerCandidates: TNode[];
}

function getter(nodes: TNode[], isAttr: boolean, numeric: boolean): Getter {
  const only = nodes.length === 1 ? nodes[0] : undefined;
  const single = only && only.k === T_SUB ? only : undefined;
  let constant: string | undefined;
  if (!nodes.some((n) => n.k === T_SUB)) {
    constant = literalText(nodes);
    if (isAttr && constant === '') constant = undefined;
  }
  return { nodes, single, constant, isAttr, numeric };
}

function literalText(nodes: TNode[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.k === T_TEXT || n.k === T_CDATA) s += n.s;
    else if (n.k === T_ENTITY) s += entityText(n.name);
    else if (n.k === T_CHARREF) s += charRefText(n.code);
  }
  return s;
}

function firstChild(el: TElement | undefined, name: string): TElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.k === T_ELEMENT && c.name === name) return c;
  return undefined;
}

export function compilePlan(root: TElement): Plan {
  const system = firstChild(root, 'System');
  const getters: (Getter | undefined)[] = [];
  for (const [elName, attrName] of FIELDS) {
    const el = firstChild(system, elName);
    if (!el) getters.push(undefined);
    else if (attrName === '') getters.push(getter(el.children, false, NUMERIC.has(elName)));
    else {
      const a = el.attrs.find((x) => x.name === attrName);
      getters.push(a ? getter(a.value, true, NUMERIC.has(attrName)) : undefined);
    }
  }
  const containerCandidates: TNode[] = [];
  for (const c of root.children) {
    if ((c.k === T_ELEMENT && (c.name === 'EventData' || c.name === 'UserData')) || c.k === T_SUB) containerCandidates.push(c);
  }
  const fast = system !== undefined || !root.children.some((c) => c.k === T_SUB);
  return { fast, getters, containerCandidates };
}

// ---------------------------------------------------------------------------
// Fast route
// ---------------------------------------------------------------------------

/** A placeholder's text: arrays give their first item when they would repeat the element, nested BinXML nothing. */
function subText<P>(ctx: ChunkContext<P>, sub: TSub, slots: Slots): string {
  const i = sub.index;
  if (i >= slots.n) return '';
  const t = slots.type[i] ?? 0;
  if (t === TYPE_BINXML) return '';
  if (isArrayType(t)) {
    const items = arrayTexts(ctx.dv, t, slots.off[i] ?? 0, slots.len[i] ?? 0);
    return items.length > 1 ? (items[0] ?? '') : items.join(',');
  }
  return slotText(ctx.dv, slots, i);
}

function nodesText<P>(ctx: ChunkContext<P>, nodes: TNode[], slots: Slots): string {
  let s = '';
  for (const n of nodes) {
    switch (n.k) {
      case T_SUB:
        s += subText(ctx, n, slots);
        break;
      case T_TEXT:
      case T_CDATA:
        s += n.s;
        break;
      case T_ENTITY:
        s += entityText(n.name);
        break;
      case T_CHARREF:
        s += charRefText(n.code);
        break;
    }
  }
  return s;
}

function evalGetter<P>(ctx: ChunkContext<P>, g: Getter | undefined, slots: Slots): string | number | undefined {
  if (!g) return undefined;
  if (g.constant !== undefined) return g.constant;
  if (g.numeric && g.single && g.single.index < slots.n) {
    const n = slotNumber(ctx.dv, slots, g.single.index);
    if (n !== undefined) return n;
  }
  const v = g.single ? subText(ctx, g.single, slots) : nodesText(ctx, g.nodes, slots);
  return g.isAttr && v === '' ? undefined : v;
}

/** Whether a placeholder among `nodes` holds an array that repeats the element. */
function hasRepeatingArray<P>(ctx: ChunkContext<P>, nodes: TNode[], slots: Slots): boolean {
  for (const n of nodes) {
    if (n.k !== T_SUB || n.index >= slots.n) continue;
    const t = slots.type[n.index] ?? 0;
    if (isArrayType(t) && arrayTexts(ctx.dv, t, slots.off[n.index] ?? 0, slots.len[n.index] ?? 0).length > 1) return true;
  }
  return false;
}

function elementNeedsExpansion<P>(ctx: ChunkContext<P>, el: TElement, slots: Slots): boolean {
  if (hasRepeatingArray(ctx, el.children, slots)) return true;
  for (const a of el.attrs) if (hasRepeatingArray(ctx, a.value, slots)) return true;
  return false;
}

function hasArraySlot(slots: Slots): boolean {
  for (let i = 0; i < slots.n; i++) if (isArrayType(slots.type[i] ?? 0)) return true;
  return false;
}

/** A template element that is element-free but for placeholders that hold nested BinXML this time. */
function isContainerT(el: TElement, slots: Slots): boolean {
  if (el.hasElementChild) return true;
  if (!slots.hasNested) return false;
  for (const c of el.children) if (c.k === T_SUB && c.index < slots.n && isNested(slots, c.index)) return true;
  return false;
}

function itemName(elName: string, nameAttr: string | undefined): string | undefined {
  if (nameAttr !== undefined && nameAttr !== '') return nameAttr;
  return elName === 'Data' ? undefined : elName;
}

function nameAttrT<P>(ctx: ChunkContext<P>, el: TElement, slots: Slots): string | undefined {
  if (el.nameText !== null) return el.nameText;
  for (const a of el.attrs) if (a.name === 'Name') return nodesText(ctx, a.value, slots);
  return undefined;
}

function visitT<P>(ctx: ChunkContext<P>, el: TElement, slots: Slots, arrays: boolean, out: EvtxDataItem[]): void {
  ctx.budget.spend(1);
  if (isContainerT(el, slots)) {
    for (const c of el.children) {
      if (c.k === T_ELEMENT) visitT(ctx, c, slots, arrays, out);
      else if (c.k === T_SUB && c.index < slots.n && isNested(slots, c.index)) {
        const nested = slots.nested[c.index];
        if (nested?.root && nested.slots) visitT(ctx, nested.root, nested.slots, hasArraySlot(nested.slots), out);
        else if (nested?.el) visitX(nested.el, out, ctx.budget);
      }
    }
    return;
  }
  if (arrays && elementNeedsExpansion(ctx, el, slots)) {
    for (const x of instantiate(ctx, el, slots)) visitX(x, out, ctx.budget);
    return;
  }
  const only = el.children.length === 1 ? el.children[0] : undefined;
  const value = only && only.k === T_SUB ? subText(ctx, only, slots) : nodesText(ctx, el.children, slots);
  out.push({ name: itemName(el.name, nameAttrT(ctx, el, slots)), value });
}

/** Items of a data container given as a template element. */
function containerItemsT<P>(ctx: ChunkContext<P>, el: TElement, slots: Slots, out: EvtxDataItem[]): void {
  const arrays = hasArraySlot(slots);
  if (isContainerT(el, slots)) {
    visitT(ctx, el, slots, arrays, out);
    return;
  }
  // The container itself is a leaf: one item when it has text (its first repetition, if an array repeats it).
  const x = arrays && elementNeedsExpansion(ctx, el, slots) ? instantiate(ctx, el, slots)[0] : undefined;
  if (x) {
    containerItemsX(x, out, ctx.budget);
    return;
  }
  const value = nodesText(ctx, el.children, slots);
  if (value !== '') out.push({ name: itemName(el.name, nameAttrT(ctx, el, slots)), value });
}

/** Reads a template-instance record from its compiled plan; undefined when only the tree route can. */
export function extractFast<P>(ctx: ChunkContext<P>, plan: Plan, slots: Slots): Extracted | undefined {
  if (!plan.fast) return undefined;
  const fields: (string | number | undefined)[] = new Array<string | number | undefined>(FIELD_COUNT);
  const getters = plan.getters;
  for (let f = 0; f < FIELD_COUNT; f++) fields[f] = evalGetter(ctx, getters[f], slots);
  const data: EvtxDataItem[] = [];
  let dataKind: 'EventData' | 'UserData' | undefined;
  for (const c of plan.containerCandidates) {
    if (c.k === T_ELEMENT) {
      dataKind = c.name === 'UserData' ? 'UserData' : 'EventData';
      containerItemsT(ctx, c, slots, data);
      break;
    }
    if (c.k === T_SUB && c.index < slots.n && isNested(slots, c.index)) {
      const n = slots.nested[c.index];
      const name = n?.root ? n.root.name : n?.el?.name;
      if (name === 'EventData' || name === 'UserData') {
        dataKind = name;
        if (n?.root && n.slots) containerItemsT(ctx, n.root, n.slots, data);
        else if (n?.el) containerItemsX(n.el, data, ctx.budget);
        break;
      }
    }
  }
  return { fields, dataKind, data };
}

// ---------------------------------------------------------------------------
// Tree route
// ---------------------------------------------------------------------------

function firstChildX(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.type === 'element' && c.name === name) return c;
  return undefined;
}

/** An element's own text (text, CDATA, entity and character references; not its descendants'). */
export function ownText(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (c.type === 'text' || c.type === 'cdata') s += c.text;
    else if (c.type === 'entity') s += entityText(c.name);
    else if (c.type === 'charref') s += charRefText(c.code);
  }
  return s;
}

function attrX(el: XmlElement, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value === '' ? undefined : a.value;
  return undefined;
}

function hasElementChildX(el: XmlElement): boolean {
  for (const c of el.children) if (c.type === 'element') return true;
  return false;
}

function visitX(el: XmlElement, out: EvtxDataItem[], budget: ExpansionBudget): void {
  // Shared subtrees make this a walk over every path of a DAG: each step is paid for.
  budget.spend(1);
  if (hasElementChildX(el)) {
    for (const c of el.children) if (c.type === 'element') visitX(c, out, budget);
    return;
  }
  out.push({ name: itemName(el.name, attrX(el, 'Name')), value: ownText(el) });
}

function containerItemsX(el: XmlElement, out: EvtxDataItem[], budget: ExpansionBudget): void {
  if (hasElementChildX(el)) {
    visitX(el, out, budget);
    return;
  }
  const value = ownText(el);
  if (value !== '') out.push({ name: itemName(el.name, attrX(el, 'Name')), value });
}

export function extractTree(root: XmlElement, budget: ExpansionBudget = new ExpansionBudget()): Extracted {
  const system = firstChildX(root, 'System');
  const fields: (string | number | undefined)[] = new Array<string | number | undefined>(FIELD_COUNT);
  for (let f = 0; f < FIELD_COUNT; f++) {
    const spec = FIELDS[f];
    const el = spec ? firstChildX(system, spec[0]) : undefined;
    fields[f] = !el || !spec ? undefined : spec[1] === '' ? ownText(el) : attrX(el, spec[1]);
  }
  const data: EvtxDataItem[] = [];
  let dataKind: 'EventData' | 'UserData' | undefined;
  for (const c of root.children) {
    if (c.type === 'element' && (c.name === 'EventData' || c.name === 'UserData')) {
      dataKind = c.name;
      containerItemsX(c, data, budget);
      break;
    }
  }
  return { fields, dataKind, data };
}
