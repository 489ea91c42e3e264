/** A basis sentence with its web addresses as links named by their site, so a printed pack still shows where each came from. */
export function SourceText({ text }: { text: string }) {
  const parts = text.split(/(https:\/\/[^\s)]+)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('https://') ? (
          <a key={i} href={part} target="_blank" rel="noreferrer">
            {new URL(part).hostname}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
