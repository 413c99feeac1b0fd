export const CSV_COLUMNS = [
  { name: 'email', required: true, about: 'Their sign-in address; it identifies the person.' },
  { name: 'name', required: true, about: 'Full name.' },
  { name: 'title', required: false, about: 'Job title.' },
  { name: 'level', required: false, about: 'A level key from your ladder, e.g. IC3 or M1.' },
  { name: 'manager email', required: false, about: 'Their manager’s email: someone in the file or already in Onward.' },
] as const;

export const CSV_EXAMPLE = `email,name,title,level,manager email
dana@example.com,Dana Whitfield,VP of Engineering,M5,
maya@example.com,Maya Okafor,Engineering Manager,M1,dana@example.com
priya@example.com,Priya Raman,Senior Software Engineer,IC3,maya@example.com`;
