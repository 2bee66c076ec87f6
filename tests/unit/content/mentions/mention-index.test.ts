// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { MentionIndex, compareMentions } from '../../../../src/content/mentions/mention-index.ts';
import type { MentionFilter, PageMention } from '../../../../src/content/mentions/mention-index.ts';
import { blockRange } from '../../../../src/content/text/block-range.ts';
import type { TextBlock } from '../../../../src/content/text/text-block.ts';
import type { EntityType, WeakKind } from '../../../../src/core/dataset/kinds.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings.ts';

const DEFAULTS: MentionFilter = { ...DEFAULT_SETTINGS, general: true, region: true };

/** A block of one text node inside `parent`. */
function block(parent: Node, text: string): TextBlock {
  const node = document.createTextNode(text);
  parent.appendChild(node);
  return { text, nodes: [node], starts: [0], container: parent };
}

/** A block of several text nodes, e.g. ['Ilham ', 'Aliyev'] across a <b>. */
function splitBlock(parent: HTMLElement, parts: readonly string[]): TextBlock {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  for (const [i, part] of parts.entries()) {
    const node = document.createTextNode(part);
    if (i % 2 === 1) {
      const b = document.createElement('b');
      b.appendChild(node);
      parent.appendChild(b);
    } else parent.appendChild(node);
    nodes.push(node);
    starts.push(at);
    at += part.length;
  }
  return { text: parts.join(''), nodes, starts, container: parent };
}

function mention(
  b: TextBlock,
  name: string,
  entity: string,
  type: EntityType,
  weak?: WeakKind,
  from = 0,
): PageMention {
  const start = b.text.indexOf(name, from);
  if (start < 0) throw new Error(`${name} not in ${b.text}`);
  const end = start + name.length;
  const range = new StaticRange(blockRange(b, start, end));
  const scope = GENERAL.has(entity) ? 'general' : REGION.has(entity) ? 'region' : 'story';
  return { entity, type, weak, scope, block: b, start, end, range };
}

const GENERAL = new Set(['france', 'united-states', 'baku']);
const REGION = new Set(['armenia', 'azerbaijan']);

const names = (list: readonly PageMention[]) => list.map((m) => m.block.text.slice(m.start, m.end));

describe('MentionIndex', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    root = document.createElement('main');
    document.body.appendChild(root);
  });

  it('counts mentions per entity, most mentioned first, ties by id', () => {
    const index = new MentionIndex(DEFAULTS);
    const p1 = block(root, 'Aliyev met Pashinyan in Baku; Aliyev spoke.');
    const p2 = block(root, 'Baku and Yerevan.');
    index.set(p1, [
      mention(p1, 'Aliyev', 'ilham-aliyev', 'person', 'surname'),
      mention(p1, 'Pashinyan', 'nikol-pashinyan', 'person', 'surname'),
      mention(p1, 'Baku', 'baku', 'place'),
      mention(p1, 'Aliyev', 'ilham-aliyev', 'person', 'surname', 1),
    ]);
    index.set(p2, [
      mention(p2, 'Baku', 'baku', 'place'),
      mention(p2, 'Yerevan', 'yerevan', 'place'),
    ]);
    expect(index.countList()).toEqual([
      ['baku', 2],
      ['ilham-aliyev', 2],
      ['nikol-pashinyan', 1],
      ['yerevan', 1],
    ]);
    expect(index.total).toBe(6);
    expect(index.size).toBe(4);
  });

  it('replaces and deletes one block without touching the others', () => {
    const index = new MentionIndex(DEFAULTS);
    const p1 = block(root, 'Baku said');
    const p2 = block(root, 'Yerevan replied');
    const baku = mention(p1, 'Baku', 'baku', 'place');
    const yerevan = mention(p2, 'Yerevan', 'yerevan', 'place');
    index.set(p1, [baku]);
    index.set(p2, [yerevan]);

    const again = mention(p1, 'Baku', 'baku', 'place');
    index.set(p1, [again]);
    expect(index.countList()).toEqual([
      ['baku', 1],
      ['yerevan', 1],
    ]);
    expect(index.ofRange(baku.range)).toBeUndefined();
    expect(index.ofRange(again.range)).toBe(again);
    expect(index.atNode(p1.nodes[0]!)).toEqual([again]);

    index.delete(p1);
    expect(index.countList()).toEqual([['yerevan', 1]]);
    expect(index.atNode(p1.nodes[0]!)).toBeUndefined();
    expect(index.found(p1)).toEqual([]);
    expect(index.found(p2)).toEqual([yerevan]);

    index.set(p2, []);
    expect(index.total).toBe(0);
    expect(index.countList()).toEqual([]);
  });

  it('indexes a mention under every text node it spans, and no other', () => {
    const index = new MentionIndex(DEFAULTS);
    const p = document.createElement('p');
    root.appendChild(p);
    const b = splitBlock(p, ['President ', 'Ilham', ' Aliyev said']);
    const m = mention(b, 'Ilham Aliyev', 'ilham-aliyev', 'person');
    index.set(b, [m]);
    expect(index.atNode(b.nodes[0]!)).toBeUndefined();
    expect(index.atNode(b.nodes[1]!)).toEqual([m]);
    expect(index.atNode(b.nodes[2]!)).toEqual([m]);
  });

  it('gives mentions in document order, shadow trees at their host', () => {
    const index = new MentionIndex(DEFAULTS);
    const before = document.createElement('p');
    const host = document.createElement('div');
    const after = document.createElement('p');
    root.append(before, host, after);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.appendChild(inner);
    const nested = document.createElement('div');
    shadow.appendChild(nested);
    const deep = nested.attachShadow({ mode: 'open' });
    const light = document.createElement('p');
    host.appendChild(light);

    const bAfter = block(after, 'Yerevan last');
    const bDeep = block(deep, 'Armenia deep');
    const bLight = block(light, 'France light');
    const bInner = block(inner, 'Baku inner');
    const bBefore = block(before, 'Aliyev first and Aliyev again');
    // Set out of order: the index must sort, not keep insertion order.
    index.set(bAfter, [mention(bAfter, 'Yerevan', 'yerevan', 'place')]);
    index.set(bDeep, [mention(bDeep, 'Armenia', 'armenia', 'country')]);
    index.set(bLight, [mention(bLight, 'France', 'france', 'country')]);
    index.set(bInner, [mention(bInner, 'Baku', 'baku', 'place')]);
    const second = mention(bBefore, 'Aliyev', 'ilham-aliyev', 'person', undefined, 1);
    index.set(bBefore, [second, mention(bBefore, 'Aliyev', 'ilham-aliyev', 'person')]);

    expect(names(index.inOrder())).toEqual([
      'Aliyev',
      'Aliyev',
      'Baku',
      'Armenia',
      'France',
      'Yerevan',
    ]);
    expect(index.inOrder()[1]).toBe(second);
    expect(names(index.inOrder('baku'))).toEqual(['Baku']);
    const all = index.inOrder();
    for (let i = 1; i < all.length; i++) {
      expect(compareMentions(all[i - 1]!, all[i]!)).toBeLessThan(0);
      expect(compareMentions(all[i]!, all[i - 1]!)).toBeGreaterThan(0);
    }
  });

  it('answers for what the filter shows and says what a new filter changed', () => {
    const index = new MentionIndex(DEFAULTS);
    const p = block(root, 'Aliyev in Baku; the Azerbaijani side; Ilham Aliyev.');
    const surname = mention(p, 'Aliyev', 'ilham-aliyev', 'person', 'surname');
    const baku = mention(p, 'Baku', 'baku', 'place');
    const demonym = mention(p, 'Azerbaijani', 'azerbaijan', 'country', 'demonym');
    const full = mention(p, 'Ilham Aliyev', 'ilham-aliyev', 'person');
    index.set(p, [surname, baku, demonym, full]);

    // Defaults: demonyms off.
    expect(index.countList()).toEqual([
      ['ilham-aliyev', 2],
      ['baku', 1],
    ]);
    expect(index.ofRange(demonym.range)).toBeUndefined();
    expect(index.atNode(p.nodes[0]!)).toEqual([surname, baku, full]);
    expect(index.paintable(p)).toEqual([surname, baku, full]);
    expect([...index.blocksAffected(['demonym'], false)]).toEqual([p]);

    const placesOff = { ...DEFAULTS, types: { ...DEFAULTS.types, place: false } };
    expect(index.setFilter(placesOff)).toEqual({
      typesOn: [],
      typesOff: ['place'],
      weakChanged: [],
      generalChanged: false,
    });
    expect(index.countList()).toEqual([['ilham-aliyev', 2]]);
    expect(index.ofRange(baku.range)).toBeUndefined();
    expect(names(index.inOrder())).toEqual(['Aliyev', 'Ilham Aliyev']);
    // Types are the painter's to hide; the found mentions stay.
    expect(index.paintable(p)).toEqual([surname, baku, full]);
    expect(index.found(p)).toHaveLength(4);

    const weakChanged = {
      ...placesOff,
      weak: { ...DEFAULTS.weak, surname: false, demonym: true },
    };
    expect(index.setFilter(weakChanged)).toEqual({
      typesOn: [],
      typesOff: [],
      weakChanged: ['surname', 'demonym'],
      generalChanged: false,
    });
    expect(index.countList()).toEqual([
      ['azerbaijan', 1],
      ['ilham-aliyev', 1],
    ]);
    expect(index.paintable(p)).toEqual([baku, demonym, full]);

    expect(index.setFilter(DEFAULTS)).toEqual({
      typesOn: ['place'],
      typesOff: [],
      weakChanged: ['surname', 'demonym'],
      generalChanged: false,
    });
    expect(index.total).toBe(3);
  });

  it('holds general names back off the story, and lists them as quiet', () => {
    const index = new MentionIndex({ ...DEFAULTS, general: false, region: false });
    const p = block(root, 'Aliyev met Blinken in Baku and spoke of the United States and France.');
    const aliyev = mention(p, 'Aliyev', 'ilham-aliyev', 'person', 'surname');
    const baku = mention(p, 'Baku', 'baku', 'place');
    const us = mention(p, 'United States', 'united-states', 'country');
    const france = mention(p, 'France', 'france', 'country');
    index.set(p, [aliyev, baku, us, france]);
    expect(index.countList()).toEqual([['ilham-aliyev', 1]]);
    expect(index.quietList()).toEqual([
      ['baku', 1],
      ['france', 1],
      ['united-states', 1],
    ]);
    expect(index.paintable(p)).toEqual([aliyev]);
    expect(index.ofRange(us.range)).toBeUndefined();
    expect(index.atNode(p.nodes[0]!)).toEqual([aliyev]);
    expect(names(index.inOrder())).toEqual(['Aliyev']);
    expect([...index.blocksAffected([], true)]).toEqual([p]);

    expect(index.setFilter(DEFAULTS).generalChanged).toBe(true);
    expect(index.quietList()).toEqual([]);
    expect(index.paintable(p)).toEqual([aliyev, baku, us, france]);
    expect(index.total).toBe(4);
  });

  it('holds the story’s own countries back off the story too, as region names', () => {
    const index = new MentionIndex({ ...DEFAULTS, general: false, region: false });
    const p = block(root, 'Pashinyan spoke of Armenia and France.');
    const pashinyan = mention(p, 'Pashinyan', 'nikol-pashinyan', 'person', 'surname');
    const armenia = mention(p, 'Armenia', 'armenia', 'country');
    const france = mention(p, 'France', 'france', 'country');
    index.set(p, [pashinyan, armenia, france]);
    expect(index.paintable(p)).toEqual([pashinyan]);
    expect(index.quietList()).toEqual([
      ['armenia', 1],
      ['france', 1],
    ]);
    index.setFilter(DEFAULTS);
    expect(index.paintable(p)).toEqual([pashinyan, armenia, france]);
  });

  it('clears everything', () => {
    const index = new MentionIndex(DEFAULTS);
    const p = block(root, 'Baku');
    const m = mention(p, 'Baku', 'baku', 'place');
    index.set(p, [m]);
    index.clear();
    expect(index.total).toBe(0);
    expect(index.atNode(p.nodes[0]!)).toBeUndefined();
    expect(index.ofRange(m.range)).toBeUndefined();
    expect(index.inOrder()).toEqual([]);
  });
});
