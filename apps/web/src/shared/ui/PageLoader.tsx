import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** A centred spinner, announced to screen readers by its label and findable by it in tests. */
export function PageLoader({ label = 'Loading', fullScreen = false }: { label?: string; fullScreen?: boolean }) {
  return (
    <Center h={fullScreen ? '100vh' : 240} role="status" aria-label={label}>
      <Loader aria-hidden />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}
