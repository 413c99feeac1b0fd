/** Mirrors the API's rule (10 to 200 characters; length, not composition, makes a password strong). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_RULE = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`;
