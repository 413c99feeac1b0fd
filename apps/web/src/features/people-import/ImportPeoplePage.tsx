import { Anchor, Button, Card, FileButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowLeft, IconChecklist, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportPeopleMutation } from '../../generated/gql/graphql';
import { describeError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CsvFormatHelp } from './CsvFormatHelp';
import { CSV_EXAMPLE } from './csv-example';
import { ImportReport } from './ImportReport';
import { useImportPeople } from './useImportPeople';

/** The API takes 2,000,000 characters; a file of at most as many bytes never holds more. */
const MAX_BYTES = 2_000_000;

/** Admins: bring in an org chart from a CSV; check it first, then import it all at once. */
export function ImportPeoplePage() {
  const [runImport, { loading }] = useImportPeople();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [report, setReport] = useState<ImportPeopleMutation['importPeople'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState<'check' | 'import' | null>(null);

  const changeCsv = (text: string, name: string | null = null) => {
    setCsv(text);
    setFileName(name);
    setReport(null);
    setProblem(null);
  };

  const readFile = async (file: File | null) => {
    if (!file) return;
    if (file.size > MAX_BYTES) return setProblem(`${file.name} is larger than 2 MB; split it into smaller files.`);
    changeCsv(await file.text(), file.name);
  };

  const run = async (dryRun: boolean) => {
    setProblem(null);
    setRunning(dryRun ? 'check' : 'import');
    try {
      const { data } = await runImport({ variables: { input: { csv, dryRun } } });
      if (data) setReport(data.importPeople);
    } catch (error) {
      setReport(null);
      setProblem(describeError(error).message);
    } finally {
      setRunning(null);
    }
  };

  const empty = csv.trim() === '';
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/admin/people" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden /> People
        </Group>
      </Anchor>
      <PageHeader title="Import people" description="Create and update people from your org chart as a CSV file." />
      <CsvFormatHelp onUseExample={() => changeCsv(CSV_EXAMPLE)} />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">Paste the CSV below, or choose a file from your computer.</Text>
            <FileButton onChange={(file) => void readFile(file)} accept=".csv,text/csv">
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconFileUpload size={16} aria-hidden />}>
                  Choose a .csv file
                </Button>
              )}
            </FileButton>
          </Group>
          <Textarea
            label="CSV"
            description={fileName ? `From ${fileName}` : 'The first line names the columns.'}
            placeholder={'email,name,title,level,manager email\n…'}
            autosize
            minRows={6}
            maxRows={16}
            value={csv}
            onChange={(e) => changeCsv(e.currentTarget.value)}
            wrap="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13, whiteSpace: 'pre', overflowX: 'auto' } }}
          />
          <FormError message={problem} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" leftSection={<IconChecklist size={16} aria-hidden />} disabled={empty || loading} loading={running === 'check'} onClick={() => void run(true)}>
              Check
            </Button>
            <Button leftSection={<IconUpload size={16} aria-hidden />} disabled={empty || loading} loading={running === 'import'} onClick={() => void run(false)}>
              Import
            </Button>
          </Group>
        </Stack>
      </Card>
      {report && <ImportReport report={report} />}
    </Stack>
  );
}
