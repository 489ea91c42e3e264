/** Web addresses in a rule's text: a source is named by its site, as a link, never shown raw. */
const ADDRESS = /(https?:\/\/[^\s)]+[^\s).,;:])/;

function siteOf(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return 'source';
  }
}

/** Text with each address in it replaced by a link named after its site ("nhsemployers.org"). */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(ADDRESS);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={`${i}-${part}`} href={part} target="_blank" rel="noreferrer noopener">
            {siteOf(part)}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
