/**
 * A run of page text that reads as one piece: the text of consecutive text nodes inside one block
 * container, joined across inline elements (`<b>Ilham</b> Aliyev`) and never across block
 * boundaries (cells, list items, paragraphs, `<br>`).
 *
 * `text` is exactly the concatenation of the nodes' data at collection time: nothing is inserted
 * between nodes and whitespace is not collapsed, so an offset into `text` maps to one node and one
 * offset in it without any table (see `locateInBlock`). The matcher must therefore treat any run
 * of whitespace (spaces, newlines, tabs from the page source) as a single space.
 */
export interface TextBlock {
  readonly text: string;
  /** The text nodes in document order; never empty. */
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins; `starts[0]` is 0. */
  readonly starts: readonly number[];
  /**
   * The closest block container (block-level element or shadow host) holding the nodes, or the
   * walked root (document, shadow root) when there is none. Several blocks may share one.
   */
  readonly container: Node;
}
