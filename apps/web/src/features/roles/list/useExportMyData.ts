import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { describeError } from '../../../shared/errors/describe-error';
import { ExportMyDataQuery } from '../api/role-operations';
import { downloadTextFile } from '../../../shared/download/download-text-file';
import { exportFileContent, exportFileName } from '../format/export-file';

/** Fetches everything the viewer owns and downloads it as `onward-export-YYYY-MM-DD.json`. */
export function useExportMyData() {
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const exportMyData = async () => {
    setExporting(true);
    try {
      const { data, error } = await client.query({ query: ExportMyDataQuery, fetchPolicy: 'no-cache' });
      if (!data) throw error;
      const name = exportFileName();
      downloadTextFile(name, exportFileContent(data.exportMyData));
      notifications.show({ color: 'green', message: `Downloaded ${name}.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Your data could not be exported', message: describeError(error).message });
    } finally {
      setExporting(false);
    }
  };
  return { exportMyData, exporting };
}
