/** Where a page's own content is: its main region when marked, else the whole body (legacy layout-table pages mark none). */
export function mainOf(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"], #main-content, #MainContent') ?? doc.body;
}
