import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { downloadTextFile } from '../../../shared/download/download-text-file';
import { datasetCsv, datasetFileName, type FigureDataset } from './figure-dataset';

/** "Download CSV": the dataset exactly as its table shows it, hidden figures as "hidden". */
export function CsvButton({ dataset, asOf }: { dataset: FigureDataset; asOf: string }) {
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconDownload size={14} aria-hidden />}
      aria-label={`Download CSV: ${dataset.title}`}
      onClick={() => downloadTextFile(datasetFileName(dataset, asOf), datasetCsv(dataset), 'text/csv;charset=utf-8')}
    >
      Download CSV
    </Button>
  );
}
