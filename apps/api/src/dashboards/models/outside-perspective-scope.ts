import { registerEnumType } from '@nestjs/graphql';

export enum OutsidePerspectiveScope {
  TEAM = 'TEAM',
  SUBTREE = 'SUBTREE',
}

registerEnumType(OutsidePerspectiveScope, {
  name: 'OutsidePerspectiveScope',
  description: 'Whose debriefs the outside perspective is over.',
  valuesMap: {
    TEAM: { description: 'Your direct reports (managers). Every figure is shown: you may open each debrief one by one.' },
    SUBTREE: {
      description:
        'Everyone under you, at any depth (leaders: someone who manages a manager), or the whole organization (admins), under the anonymity threshold: a figure over fewer than k people is Suppressed.',
    },
  },
});
