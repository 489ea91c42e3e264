import type { LedgerData } from '@/lib/ledger/schemas';
import { BackupPanel } from './BackupPanel';
import { CsvImportPanel } from './CsvImportPanel';
import { ExportPanel } from './ExportPanel';
import { NotificationsToggle } from './NotificationsToggle';
import { PortalProfilePanel } from './PortalProfilePanel';
import { PracticeModeToggle } from '../../practice/PracticeModeToggle';
import { ProfileForm } from './ProfileForm';
import { FolderBackupPanel } from '../folder-backup/FolderBackupPanel';
import { PensionYearPanel } from '../pension-year/PensionYearPanel';

export function SettingsView({ ledger, today, onChange }: { ledger: LedgerData; today: string; onChange: () => void }) {
  return (
    <>
      <h1>Settings</h1>
      <ProfileForm profile={ledger.profile} onChange={onChange} />
      <PensionYearPanel ledger={ledger} today={today} onChange={onChange} />
      <NotificationsToggle settings={ledger.settings} onChange={onChange} />
      <PracticeModeToggle settings={ledger.settings} onChange={onChange} />
      <BackupPanel ledger={ledger} today={today} onChange={onChange} />
      <FolderBackupPanel ledger={ledger} onChange={onChange} />
      <ExportPanel ledger={ledger} today={today} />
      <CsvImportPanel ledger={ledger} onChange={onChange} />
      <PortalProfilePanel mappings={ledger.portalMappings ?? []} answers={ledger.pageKindAnswers ?? []} today={today} onChange={onChange} />
    </>
  );
}
