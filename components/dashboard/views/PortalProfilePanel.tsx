import { JsonFileInput } from '@/components/shared/JsonFileInput';
import { useState } from 'preact/hooks';
import { ask } from '@/lib/ledger/client';
import type { PageKindAnswer, PortalMapping } from '@/lib/shared/records';
import { readFileText } from '@/lib/shared/file-text';
import { messageOf } from '@/lib/shared/message-of';
import {
  MAX_PORTAL_PROFILE_BYTES,
  PROFILE_TOO_LARGE,
  parsePortalProfile,
  serialisePortalProfile,
} from '@/lib/portal/recognise/portal-profile';
import { download } from '../../shared/download';
import { PageKindAnswerList } from './PageKindAnswerList';

type Props = { mappings: PortalMapping[]; answers: PageKindAnswer[]; today: string; onChange: () => void };
type Outcome = { kind: 'done' | 'refused'; message: string; detail?: string };

const fields = (count: number) => `${count} field${count === 1 ? '' : 's'}`;
const pageAnswers = (count: number) => `${count} page answer${count === 1 ? '' : 's'}`;

/**
 * Taught portal fields and answers to "What is this page?", shared between colleagues as a file. An import replaces
 * the taught fields and merges the answers (the newest answer for a page wins) or, if the file is bad, changes nothing.
 */
export function PortalProfilePanel({ mappings, answers, today, onChange }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function exportProfile() {
    download(`locum-ledger-portal-profile-${today}.json`, serialisePortalProfile(mappings, answers, new Date()), 'application/json');
    setOutcome({
      kind: 'done',
      message: `Portal profile with ${fields(mappings.length)} and ${pageAnswers(answers.length)} saved to your downloads.`,
    });
  }

  async function importProfile(file: File) {
    const refuse = (error: string) =>
      setOutcome({
        kind: 'refused',
        message: `Nothing was imported from ${file.name}; your taught fields and page answers are unchanged.`,
        detail: error,
      });
    const read = await readFileText(file, MAX_PORTAL_PROFILE_BYTES, PROFILE_TOO_LARGE);
    if (!read.ok) return refuse(read.problem);
    const parsed = parsePortalProfile(read.text);
    if (!parsed.ok) return refuse(parsed.error);
    try {
      const imported = await ask({ type: 'portal-profile/import', mappings: parsed.mappings, answers: parsed.answers });
      const kept = parsed.answers.length - imported.answers.length;
      setOutcome({
        kind: 'done',
        message: `Imported ${fields(imported.mappings.length)} and ${pageAnswers(imported.answers.length)} from ${file.name}${kept > 0 ? ` (${kept} of your own answers were newer and kept)` : ''}.`,
      });
      onChange();
    } catch (error) {
      refuse(messageOf(error));
    }
  }

  return (
    <section class="card" aria-labelledby="portal-profile-heading">
      <h2 id="portal-profile-heading">Portal profile</h2>
      <p class="muted">
        The fields you taught the portal assistant on PCSE Online's pages, and your answers to "What is this page?". Export them to share
        with a colleague; importing a colleague's profile replaces the fields taught on this computer, so export yours first if you may want
        them back. Their answers are added to yours; where you both answered for the same page, the newer answer is kept.
      </p>
      <p class="lede">{mappings.length === 0 ? 'No fields taught yet.' : `${fields(mappings.length)} taught.`}</p>
      <PageKindAnswerList answers={answers} onChange={onChange} />
      <div class="toolbar">
        <button type="button" class="button" disabled={mappings.length === 0 && answers.length === 0} onClick={exportProfile}>
          Export portal profile
        </button>
        <JsonFileInput label="Import portal profile" onFile={(file) => void importProfile(file)} />
      </div>
      {outcome && <p role="status">{outcome.message}</p>}
      {outcome?.detail && (
        <p role="alert" class="bad">
          {outcome.detail}
        </p>
      )}
    </section>
  );
}
