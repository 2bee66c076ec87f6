// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MutationBuffer } from '../../../../src/content/watch/mutation-buffer.ts';

/** Runs `change` and returns the records a MutationObserver saw for it. */
function recordsOf(target: Node, change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(target, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['contenteditable'],
  });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('MutationBuffer', () => {
  it('coalesces repeated changes to the same nodes', () => {
    const p = document.createElement('p');
    const text = document.createTextNode('0');
    p.append(text);
    document.body.append(p);
    const records = recordsOf(document.body, () => {
      for (let i = 1; i <= 100; i++) text.data = String(i);
    });
    const buffer = new MutationBuffer();
    buffer.add(records);
    const batch = buffer.take();
    expect(records).toHaveLength(100);
    expect([...(batch?.targets ?? [])]).toEqual([text]);
    expect(buffer.isEmpty).toBe(true);
    expect(buffer.take()).toBeNull();
  });

  it('keeps added and removed nodes, their parents, and attribute changes', () => {
    const div = document.createElement('div');
    const old = document.createElement('p');
    div.append(old);
    document.body.append(div);
    const fresh = document.createElement('p');
    const records = recordsOf(document.body, () => {
      old.replaceWith(fresh);
      div.setAttribute('contenteditable', '');
    });
    const buffer = new MutationBuffer();
    buffer.add(records);
    const batch = buffer.take();
    expect([...(batch?.added ?? [])]).toEqual([fresh]);
    expect([...(batch?.removed ?? [])]).toEqual([old]);
    expect([...(batch?.targets ?? [])]).toEqual([div]);
    expect([...(batch?.attributes ?? [])]).toEqual([div]);
  });

  it('ignores records that only add or remove our card host', () => {
    const host = document.createElement('backstory-card-host');
    const records = recordsOf(document.body, () => {
      document.body.append(host);
      host.remove();
    });
    const buffer = new MutationBuffer();
    buffer.add(records);
    expect(records).toHaveLength(2);
    expect(buffer.isEmpty).toBe(true);
  });

  it('ignores comments coming, going and changing (framework anchors)', () => {
    const p = document.createElement('p');
    const anchor = document.createComment('0');
    p.append('Baku', anchor);
    document.body.append(p);
    const records = recordsOf(document.body, () => {
      anchor.data = '1';
      p.append(document.createComment('x'));
      anchor.remove();
    });
    const buffer = new MutationBuffer();
    buffer.add(records);
    expect(records).toHaveLength(3);
    expect(buffer.isEmpty).toBe(true);
  });

  it('keeps a class change only when it adds or removes an editor class', () => {
    const div = document.createElement('div');
    div.className = 'a';
    document.body.append(div);
    const watchClass = (change: () => void): MutationBuffer => {
      const observer = new MutationObserver(() => undefined);
      observer.observe(div, { attributeFilter: ['class'], attributeOldValue: true });
      change();
      const buffer = new MutationBuffer();
      buffer.add(observer.takeRecords());
      observer.disconnect();
      return buffer;
    };
    expect(watchClass(() => (div.className = 'b')).isEmpty).toBe(true);
    expect(watchClass(() => (div.className = 'b ace_editor')).isEmpty).toBe(false);
    expect(watchClass(() => (div.className = 'c')).isEmpty).toBe(false);
  });

  it('forgets everything on clear', () => {
    const records = recordsOf(document.body, () => document.body.append('x'));
    const buffer = new MutationBuffer();
    buffer.add(records);
    buffer.clear();
    expect(buffer.isEmpty).toBe(true);
  });

  it('takes block insertions between block boundaries without re-reading their parent', () => {
    document.body.textContent = '';
    const feed = document.createElement('section');
    feed.append(document.createElement('p'));
    document.body.append(feed);
    const fresh = [document.createElement('p'), document.createElement('div')];
    const records = recordsOf(document.body, () => {
      const fragment = document.createDocumentFragment();
      fragment.append(...fresh);
      feed.append(fragment);
    });
    const buffer = new MutationBuffer();
    buffer.add(records);
    const batch = buffer.take()!;
    expect([...batch.appended]).toEqual(fresh);
    expect([...batch.added]).toEqual(fresh);
    expect([...batch.targets]).toEqual([]);
  });

  it('re-reads the parent where an insertion can split or join its text', () => {
    const cases: [string, (host: HTMLElement, el: HTMLElement) => void][] = [
      ['next to text', (host, el) => host.append('Ilham ', el)],
      ['into an inline element', (host, el) => host.querySelector('span')!.append(el)],
      ['an inline element', (host) => host.append(document.createElement('b'))],
      ['with a removal', (host, el) => host.querySelector('p')!.replaceWith(el)],
    ];
    for (const [name, change] of cases) {
      document.body.textContent = '';
      const host = document.createElement('div');
      host.append(document.createElement('p'), document.createElement('span'));
      document.body.append(host);
      const el = document.createElement('p');
      const buffer = new MutationBuffer();
      buffer.add(recordsOf(document.body, () => change(host, el)));
      const batch = buffer.take()!;
      expect(batch.appended.size, name).toBe(0);
      expect(batch.targets.size, name).toBeGreaterThan(0);
    }
  });
});
