import type { MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's own palettes, with shades 8 and 9 darkened where they fail WCAG AA. With
 * `primaryShade: 8`, shade 8 is every filled background under white text and every outline or
 * text colour on white or gray.0; shade 9 is the text of the light variant on shade 1 (badges,
 * alerts' titles). Each of them below reaches at least 4.6:1 there; shades 0–7 are untouched, so
 * the light backgrounds and the chart series keep their look. Blue, violet, indigo, grape, pink,
 * gray and dark already pass and are left as they are.
 */
export const accessiblePalettes: Record<string, MantineColorsTuple> = {
  red: ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#fa5252', '#f03e3e', '#d52f2f', '#c52929'],
  cyan: ['#e3fafc', '#c5f6fa', '#99e9f2', '#66d9e8', '#3bc9db', '#22b8cf', '#15aabf', '#1098ad', '#0b7c8e', '#0b7285'],
  teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0ca678', '#08805c', '#077655'],
  green: ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#40c057', '#37b24d', '#268037', '#257535'],
  lime: ['#f4fce3', '#e9fac8', '#d8f5a2', '#c0eb75', '#a9e34b', '#94d82d', '#82c91e', '#74b816', '#4d7e0b', '#48730a'],
  yellow: ['#fff9db', '#fff3bf', '#ffec99', '#ffe066', '#ffd43b', '#fcc419', '#fab005', '#f59f00', '#a35f00', '#9f5200'],
  orange: ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#f76707', '#c14a0a', '#b83d0d'],
};
