import { render } from 'preact';
import type { VNode } from 'preact';

/** Renders an extension page's root into its `#app` element (created if the HTML lacks it). */
export function mount(app: VNode): void {
  let root = document.getElementById('app');
  if (!root) {
    root = document.createElement('div');
    root.id = 'app';
    document.body.append(root);
  }
  render(app, root);
}
