import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LoadFn } from '../components/useFileImport';
import type { ShownImport } from './importFile';
import { mayHoldKeptFile } from '../data/keptFile';
import type { Dataset } from '../domain/types';

interface ImportedData {
  /** The reader's kept file, or null while the shipped data is shown. */
  stored: ShownImport | null;
  /** True until IndexedDB has been read once. */
  restoring: boolean;
  load: LoadFn;
  forget: () => void;
}

const ImportedContext = createContext<ImportedData | null>(null);

// Loaded on demand: the first view carries neither the importer nor the store. Every visit asks
// IndexedDB whether it may hold a kept file (keptFile.ts); only a yes loads them.
const actions = () => import('./importFile');

/** Holds the dataset a reader loaded from their own Netflix file, kept across reloads. */
/**
 * `base` gives the fullest data the page can have (the catalog, or the shipped three when it cannot
 * be fetched): a loaded file is merged with it, so its summary counts what is really new.
 */
export function ImportedDataProvider({ base, children }: { base: () => Promise<Dataset>; children: ReactNode }) {
  const [stored, setStored] = useState<ShownImport | null>(null);
  const [restoring, setRestoring] = useState(true);

  useEffect(() => {
    let live = true;
    mayHoldKeptFile()
      .then((may) => (may ? actions().then((m) => m.restoreImport()) : null))
      // A file loaded while IndexedDB was being read is newer than what it held.
      .then((kept) => live && kept && setStored((now) => now ?? kept))
      .catch(() => {
        // No IndexedDB, or nothing readable in it: the app starts with the shipped data.
      })
      .finally(() => live && setRestoring(false));
    return () => {
      live = false;
    };
  }, []);

  const load = useCallback<LoadFn>(
    (file, options) => Promise.all([actions(), base()]).then(([m, shipped]) => m.importFile(file, shipped, options, setStored)),
    [base],
  );

  const forget = useCallback(() => {
    setStored(null);
    void actions()
      .then((m) => m.forgetImport())
      .catch(() => {
        // Nothing kept to forget, or no IndexedDB: the page already shows the shipped data.
      });
  }, []);

  const value = useMemo(() => ({ stored, restoring, load, forget }), [stored, restoring, load, forget]);
  return <ImportedContext.Provider value={value}>{children}</ImportedContext.Provider>;
}

export function useImportedData(): ImportedData {
  const value = useContext(ImportedContext);
  if (!value) throw new Error('useImportedData needs an ImportedDataProvider');
  return value;
}
