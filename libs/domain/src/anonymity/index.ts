export {
  DEFAULT_ANONYMITY_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
  anonymityThreshold,
  suppress,
  suppressSet,
  type SuppressedCount,
  type SuppressedSet,
} from './suppress';
export { type CellVisibility, type SumRelation, type SuppressionTableInput, type TableCell } from './table';
export { suppressTable, type SuppressedTable } from './suppress-table';
export { suppressRatio, suppressStatistic, type SuppressedFigure } from './figures';
export { companyKey, groupSmallCompanies, type CompanyGroups, type CompanyMention, type NamedCompany } from './companies';
// Independent checks for tests (the API's end-to-end check among them); they share no code with suppressTable.
export { derivableCells, type Sum } from './verify/derivable-cells';
export { findDisclosures, type Disclosure, type DisclosureReason } from './verify/disclosures';
