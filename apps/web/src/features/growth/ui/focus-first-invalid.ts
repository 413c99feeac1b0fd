/**
 * After a refused submit: move focus (and the view) to the first field marked invalid once it is
 * rendered, or else bring the form's error message into view.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  setTimeout(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (field) {
      field.focus();
      field.scrollIntoView?.({ block: 'center' });
    } else {
      form?.querySelector<HTMLElement>('[role="alert"]')?.scrollIntoView?.({ block: 'center' });
    }
  }, 0);
}
