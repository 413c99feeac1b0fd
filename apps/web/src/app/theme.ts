import { createTheme, type CSSVariablesResolver, type ModalProps, type NotificationProps, type PasswordInputProps } from '@mantine/core';
import { recoverFocusAfterDialog } from '../shared/a11y/focus';
import { accessiblePalettes } from '../shared/a11y/palette';
import '../shared/a11y/accessibility.css';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 6, Mantine's default, puts white on blue at 3.6:1 and links at 3.4:1 on the grey page;
  // shade 8 reaches 5:1 and 4.8:1 (WCAG AA asks 4.5:1). The palettes make shade 8 pass for the
  // other colours too (see palette.ts).
  primaryShade: { light: 8, dark: 8 },
  colors: accessiblePalettes,
  // Filled backgrounds of a light shade (yellow.4, gray.2) get black text instead of white.
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  // Plain objects rather than `Modal.extend(…)`: referring to a component here would bring it, and
  // everything it is built from, into the first load of every page.
  components: {
    // Mantine names the eye button "Toggle password visibility", so a label query for "Password"
    // would find two elements; a name without that word keeps the field's label unique.
    PasswordInput: {
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Show or hide what you typed' } } satisfies Partial<PasswordInputProps>,
    },
    Modal: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' }, onExitTransitionEnd: recoverFocusAfterDialog } satisfies Partial<ModalProps>,
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    // Every toast (notifications.show) is drawn by Notification, whose close button has no name of its own.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss this message' } } satisfies Partial<NotificationProps>,
    },
  },
});

/**
 * Mantine's default "dimmed" grey (#868e96) is 3.3:1 on white, below WCAG AA for body text;
 * this one is about 6:1 and still reads as secondary.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636b' },
  dark: {},
});
