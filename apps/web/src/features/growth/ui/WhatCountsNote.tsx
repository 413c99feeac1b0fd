import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** What a debrief or conversation must hold to be saved, said before anyone tries. */
export function WhatCountsNote({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert role="note" color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={title} p="sm">
      {children}
    </Alert>
  );
}
