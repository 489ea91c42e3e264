/** The settings panel and the dashboard's notice each read the folder settings; a change in one is announced to the other. */
const FOLDER_CHANGED = 'locum-ledger:folder-backup-changed';

export const announceFolderChange = () => dispatchEvent(new Event(FOLDER_CHANGED));

export function onFolderChange(listener: () => void): () => void {
  addEventListener(FOLDER_CHANGED, listener);
  return () => removeEventListener(FOLDER_CHANGED, listener);
}
