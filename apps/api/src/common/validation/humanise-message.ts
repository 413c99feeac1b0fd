/** "organizationName" → "Organization name". */
export function fieldLabel(property: string): string {
  const words = property.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const REWRITES: [RegExp, (field: string, ...groups: string[]) => string][] = [
  [/^(\w+) must be longer than or equal to 1 characters?$/, (f) => `${f} is required`],
  [/^(\w+) must be longer than or equal to (\d+) characters$/, (f, n) => `${f} must be at least ${n} characters`],
  [/^(\w+) must be shorter than or equal to (\d+) characters$/, (f, n) => `${f} must be at most ${n} characters`],
  [/^each value in (\w+) must be shorter than or equal to (\d+) characters$/, (f, n) => `each of ${f.toLowerCase()} must be at most ${n} characters`],
  [/^(\w+) must not be less than (\S+)$/, (f, n) => `${f} must be at least ${n}`],
  [/^(\w+) must not be greater than (\S+)$/, (f, n) => `${f} must be at most ${n}`],
  [/^(\w+) must be a UUID$/, (f) => `${f} is malformed`],
  [/^(\w+) must be one of the following values: (.+)$/, (f, values) => `${f} must be one of ${values}`],
  [/^(\w+) must contain (?:no more|not more) than (\d+) elements$/, (f, n) => `${f} can have at most ${n} entries`],
];

/**
 * class-validator's default messages name the property in code ("organizationName must be longer
 * than or equal to 1 characters"); people read "Organization name is required".
 */
export function humaniseMessage(message: string): string {
  for (const [pattern, rewrite] of REWRITES) {
    const match = pattern.exec(message);
    if (match) return rewrite(fieldLabel(match[1]), ...match.slice(2));
  }
  const [first, ...rest] = message.split(' ');
  return /^[a-z][A-Za-z0-9]*$/.test(first) ? [fieldLabel(first), ...rest].join(' ') : message;
}
