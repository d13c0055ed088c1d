import { LoadFile } from '../components/LoadFile';
import { useImportedData } from './ImportedData';

/** LoadFile bound to the imported-data provider. */
export function ImportBar() {
  const { stored, load, forget } = useImportedData();
  return <LoadFile load={load} loadedName={stored?.fileName ?? null} loadedSummary={stored?.sentence ?? null} onForget={forget} />;
}
