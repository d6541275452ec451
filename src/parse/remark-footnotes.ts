// GFM footnotes (`[^1]` … `[^1]: text`), which GB/T 1.1—2020 9.12 needs: 条文脚注 numbered 1) 2) …
// through the document, and table and figure footnotes lettered a b c … per table or figure.
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { Processor } from 'unified';

export default function remarkFootnotes(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
}
