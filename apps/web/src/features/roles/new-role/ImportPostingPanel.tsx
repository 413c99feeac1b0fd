import { Card, Stack, Tabs, Title } from '@mantine/core';
import { IconClipboardText, IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { ImportOutcome, type ImportedPosting, type Outcome } from './ImportOutcome';
import { PastePostingForm } from './PastePostingForm';
import { PostingLinkForm } from './PostingLinkForm';

export type { ImportedPosting } from './ImportOutcome';

interface ImportPostingPanelProps {
  onImported: (posting: ImportedPosting) => void;
  /** A link that could not be read is still the role's link: the form keeps it. */
  onLinkKept: (url: string) => void;
  /** "Staff (IC4)" for a level key, when the ladder knows it. */
  levelName: (key: string) => string;
}

/** Paste a job page, its JSON-LD or its text, or give its link; the form below is filled from what is found. */
export function ImportPostingPanel({ onImported, onLinkKept, levelName }: ImportPostingPanelProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const imported = (posting: ImportedPosting) => {
    setOutcome({ ok: true, posting });
    onImported(posting);
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-posting-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="import-posting-title">
          Import a posting
        </Title>
        <Tabs defaultValue="paste" keepMounted={false} onChange={() => setOutcome(null)}>
          <Tabs.List>
            <Tabs.Tab value="paste" leftSection={<IconClipboardText size={16} aria-hidden />}>
              Paste a posting
            </Tabs.Tab>
            <Tabs.Tab value="link" leftSection={<IconLink size={16} aria-hidden />}>
              From a link
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="paste" pt="sm">
            <PastePostingForm onImported={imported} onFailed={setOutcome} onStart={() => setOutcome(null)} />
          </Tabs.Panel>
          <Tabs.Panel value="link" pt="sm">
            <PostingLinkForm onImported={imported} onFailed={setOutcome} onStart={() => setOutcome(null)} onLinkKept={onLinkKept} />
          </Tabs.Panel>
        </Tabs>
        {outcome && <ImportOutcome outcome={outcome} levelName={levelName} />}
      </Stack>
    </Card>
  );
}
