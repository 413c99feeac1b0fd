import { exportFileContent, exportFileName } from './export-file';

describe('exportFileName', () => {
  it('dates the file by the local calendar day, zero-padded', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('onward-export-2026-01-05.json');
    expect(exportFileName(new Date(2026, 10, 25, 0, 1))).toBe('onward-export-2026-11-25.json');
  });
});

describe('exportFileContent', () => {
  it('indents valid JSON so a person can read it', () => {
    expect(exportFileContent('{"roles":[{"title":"Staff Engineer"}]}')).toBe('{\n  "roles": [\n    {\n      "title": "Staff Engineer"\n    }\n  ]\n}\n');
  });

  it('keeps anything else exactly as the API sent it', () => {
    expect(exportFileContent('not json')).toBe('not json');
  });
});
