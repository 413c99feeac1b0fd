import { MultiSelect, NumberInput, SimpleGrid, TagsInput } from '@mantine/core';
import type { InterviewKind } from '../../../generated/gql/graphql';
import { INTERVIEW_KIND_LABELS, RATING_ITEMS, selectData } from '../labels';
import type { DebriefFormState } from './debrief-form';
import { RatingField } from './RatingField';

interface FieldsProps {
  state: DebriefFormState;
  set: <K extends keyof DebriefFormState>(field: K, value: DebriefFormState[K]) => void;
  errors: Record<string, string | undefined>;
}

/** The other company's process: stages in order, how many, themes. */
export function DebriefProcessFields({ state, set, errors }: FieldsProps) {
  return (
    <>
      <MultiSelect
        label="Stages, in order"
        description="Pick them in the order they came; drag a stage to move it."
        data={selectData(INTERVIEW_KIND_LABELS)}
        value={state.stages}
        onChange={(stages) => set('stages', stages as InterviewKind[])}
        withPillsReorder
        clearable
        error={errors.stages}
        comboboxProps={{ withinPortal: true }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          label="Number of stages"
          description="All of them, including those still to come."
          min={1}
          max={30}
          allowDecimal={false}
          allowNegative={false}
          value={state.stageCount}
          onChange={(value) => set('stageCount', value)}
          error={errors.stageCount}
        />
        <TagsInput
          label="Themes"
          description="Press Enter after each, e.g. system design, culture."
          value={state.themes}
          onChange={(themes) => set('themes', themes)}
          maxTags={20}
          acceptValueOnBlur
          error={errors.themes}
        />
      </SimpleGrid>
    </>
  );
}

/** The five candidate-experience items, each 1 to 5. */
export function DebriefRatingFields({ state, set }: FieldsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
      {RATING_ITEMS.map(({ key, label }) => (
        <RatingField key={key} label={label} value={state.ratings[key]} onChange={(value) => set('ratings', { ...state.ratings, [key]: value })} />
      ))}
    </SimpleGrid>
  );
}
