import { Button, Group, Modal, NumberInput, Radio, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { LevelFieldsFragment, Track } from '../../generated/gql/graphql';
import { describeError, type DescribedError } from '../../shared/errors/describe-error';
import { TRACK_LABELS } from '../../shared/format/level-label';
import { FormError } from '../../shared/ui/FormError';
import { useCreateLevel, useUpdateLevel } from './useLevelMutations';

const FIELDS = ['key', 'name', 'track', 'rank', 'keywords'] as const;

interface LevelDraft {
  key: string;
  name: string;
  track: Track;
  rank: number | string;
  keywords: string[];
}

function draftFrom(level: LevelFieldsFragment | null): LevelDraft {
  return level ? { key: level.key, name: level.name, track: level.track, rank: level.rank, keywords: level.keywords } : { key: '', name: '', track: 'IC', rank: '', keywords: [] };
}

function LevelForm({ level, onDone }: { level: LevelFieldsFragment | null; onDone: () => void }) {
  const [create, creating] = useCreateLevel();
  const [update, updating] = useUpdateLevel();
  const [draft, setDraft] = useState(() => draftFrom(level));
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const set = <K extends keyof LevelDraft>(field: K, value: LevelDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const rank = typeof draft.rank === 'number' ? draft.rank : Number.NaN;
    if (!Number.isInteger(rank)) return setProblem({ message: '', fields: { rank: 'Enter a whole number from 0 to 100.' } });
    // Keywords are always sent: the API treats an omitted list as empty.
    const input = { key: draft.key.trim(), name: draft.name.trim(), track: draft.track, rank, keywords: draft.keywords.map((k) => k.trim().toLowerCase()).filter(Boolean) };
    try {
      if (level) await update({ variables: { id: level.id, input } });
      else await create({ variables: { input } });
      notifications.show({ color: 'green', message: level ? `Saved ${input.name}.` : `Added ${input.name} to the ladder.` });
      onDone();
    } catch (error) {
      setProblem(describeError(error, FIELDS));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormError message={problem?.message} />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label="Key" description="Short and unique, e.g. IC3" required data-autofocus value={draft.key} onChange={(e) => set('key', e.currentTarget.value)} error={problem?.fields.key} miw={140} />
          <TextInput label="Name" description="e.g. Senior" required value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} error={problem?.fields.name} miw={140} />
        </Group>
        <Radio.Group label="Track" value={draft.track} onChange={(value) => set('track', value as Track)} error={problem?.fields.track}>
          <Group mt={6}>
            <Radio value="IC" label={TRACK_LABELS.IC} />
            <Radio value="MANAGER" label={TRACK_LABELS.MANAGER} />
          </Group>
        </Radio.Group>
        <NumberInput
          label="Rank"
          description="Position on one scale shared by both tracks (0–100); higher is more senior."
          required
          min={0}
          max={100}
          allowDecimal={false}
          value={draft.rank}
          onChange={(value) => set('rank', value)}
          error={problem?.fields.rank}
        />
        <TagsInput
          label="Title keywords"
          description="Words in a job title that point at this level. Press Enter after each; the longest match wins."
          value={draft.keywords}
          onChange={(keywords) => set('keywords', keywords)}
          error={problem?.fields.keywords}
          clearable
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {level ? 'Save level' : 'Add level'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Adds a level (when `level` is null) or edits one. */
export function LevelFormModal({ opened, level, onClose }: { opened: boolean; level: LevelFieldsFragment | null; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={level ? `Edit ${level.name} (${level.key})` : 'Add a level'} size="lg">
      {opened && <LevelForm key={level?.id ?? 'new'} level={level} onDone={onClose} />}
    </Modal>
  );
}
