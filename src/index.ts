/**
 * nsatu — the command structure of NATO Security Assistance and Training for Ukraine (NSATU) and the
 * aid around it, as typed, validated, immutable data with pure functions over it.
 *
 * @packageDocumentation
 * @module nsatu
 */

// Errors
export { NsatuError, DatasetError } from './errors.ts';
export type { NsatuErrorCode } from './errors.ts';

// Dates and intervals
export {
  DatePrecisionValues,
  PartialDateSchema,
  isPartialDate,
  datePrecision,
  dateSpan,
  dateStart,
  compareDates,
  toPartialDate,
} from './model/date.ts';
export type { DatePrecision, PartialDate, DateSpan } from './model/date.ts';
export {
  ENDED_DATE_UNKNOWN,
  UntilSchema,
  ValidityShape,
  ValiditySchema,
  activity,
  isActive,
  intervalsOverlap,
} from './model/interval.ts';
export type { Until, Validity, Activity } from './model/interval.ts';

// Entities
export {
  IdSchema,
  NationCodeSchema,
  PartyIdSchema,
  ConfidenceValues,
  ConfidenceSchema,
  ProvenanceShape,
  CurrencySchema,
  MoneySchema,
} from './model/common.ts';
export type { Id, NationCode, PartyId, Confidence, Currency, Money } from './model/common.ts';
export { CapabilityValues, CapabilitySchema } from './model/capability.ts';
export type { Capability } from './model/capability.ts';
export { SourceSchema } from './model/source.ts';
export type { Source } from './model/source.ts';
export { NationSchema } from './model/nation.ts';
export type { Nation } from './model/nation.ts';
export {
  OrganisationKindValues,
  OrganisationKindSchema,
  LocationSchema,
  OrganisationSchema,
} from './model/organisation.ts';
export type { OrganisationKind, Location, Organisation } from './model/organisation.ts';
export {
  AffiliationValues,
  SymbolContextValues,
  SymbolSetValues,
  SymbolStatusValues,
  EchelonValues,
  SymbolEntityValues,
  MilitarySymbolSchema,
  COALITION_SYMBOL,
} from './model/symbol.ts';
export type {
  Affiliation,
  SymbolContext,
  SymbolSet,
  SymbolStatus,
  Echelon,
  SymbolEntity,
  MilitarySymbol,
} from './model/symbol.ts';
export { PostSchema, PersonSchema, AssignmentSchema } from './model/post.ts';
export type { Post, Person, Assignment } from './model/post.ts';
export {
  CommandAuthorityValues,
  OperationalAuthorityValues,
  ChainAuthorityValues,
  LateralAuthorityValues,
  AuthorityValues,
  AuthoritySchema,
  isLateralAuthority,
  RelationshipSchema,
} from './model/relationship.ts';
export type { Authority, ChainAuthority, Relationship } from './model/relationship.ts';
export { CoalitionRoleValues, CoalitionMemberSchema, CoalitionSchema } from './model/coalition.ts';
export type { CoalitionMember, Coalition } from './model/coalition.ts';
export { PledgeSchema, AgreementSchema } from './model/agreement.ts';
export type { Pledge, Agreement } from './model/agreement.ts';
export { TraineeReportSchema, TrainingProgrammeSchema } from './model/training.ts';
export type { TraineeReport, TrainingProgramme } from './model/training.ts';
export {
  AmmunitionFamilySchema,
  WeaponCategoryValues,
  WeaponCategorySchema,
  WeaponVariantSchema,
  WeaponSystemSchema,
} from './model/weapon.ts';
export type {
  AmmunitionFamily,
  WeaponCategory,
  WeaponVariant,
  WeaponSystem,
} from './model/weapon.ts';
export { AidStageValues, AidChannelValues, AidRecordSchema } from './model/aid.ts';
export type { AidStage, AidChannel, AidRecord } from './model/aid.ts';

// Dataset
export { DatasetTableValues, DatasetSchema } from './dataset/schema.ts';
export type { DatasetTable, Dataset, DatasetInput } from './dataset/schema.ts';
export { DatasetIssueCodeValues, formatPath, formatIssue } from './dataset/issues.ts';
export type { DatasetIssueCode, DatasetIssue, JsonPath } from './dataset/issues.ts';
export { parseDataset, loadDataset } from './dataset/parse.ts';
export type { ParseDatasetResult } from './dataset/parse.ts';
export { datasetJsonSchema } from './dataset/jsonSchema.ts';

// Reporting chains
export type { ChainErrorCode } from './errors.ts';
export { ChainError } from './errors.ts';
export type { ChainOptions } from './chain/options.ts';
export { reportingChain, commonSuperior } from './chain/reportingChain.ts';
export type { ChainLink } from './chain/reportingChain.ts';
export { subordinates } from './chain/subordinates.ts';
export type { Subordinate, SubordinatesOptions } from './chain/subordinates.ts';
export { ChainProblemValues, chainSummary } from './chain/summary.ts';
export type { ChainSummary } from './chain/summary.ts';
export { findCycles } from './chain/cycles.ts';
export type { Cycle } from './chain/cycles.ts';
export { holderOf, holdersOf, postsHeld } from './chain/posts.ts';
export type { Holding, PostOptions } from './chain/posts.ts';
export { explainChain, explainLink } from './chain/explain.ts';

// Weapon types
export { normalizeWeaponName } from './weapons/normalize.ts';
export { MatchMethodValues, createWeaponResolver } from './weapons/resolver.ts';
export type {
  WeaponResolved,
  WeaponAmbiguous,
  WeaponMatch,
  WeaponResolver,
  WeaponResolverOptions,
} from './weapons/resolver.ts';
export { dedupeWeaponTypes } from './weapons/dedupe.ts';
export type {
  DedupeOptions,
  DedupeResult,
  WeaponGroup,
  NameCount,
  UnresolvedName,
} from './weapons/dedupe.ts';
export { fragmentation } from './weapons/fragmentation.ts';
export type { FragmentationOptions, FragmentationRow } from './weapons/fragmentation.ts';

// Aggregation
export { aggregate, createAggregator } from './aggregate/aggregate.ts';
export type {
  AggregateRow,
  AggregateSpec,
  Aggregator,
  GroupBy,
  KeyField,
  KeyFunction,
  KeyValue,
  Measures,
  SpecRow,
} from './aggregate/aggregate.ts';
export { count, sum, mean, min, max } from './aggregate/measures.ts';
export type { Measure, NumericRow } from './aggregate/measures.ts';
export { sumMoney } from './aggregate/money.ts';
export type {
  ConvertedMoney,
  ExchangeRates,
  MoneyRow,
  MoneyTotals,
  SumMoneyMeasure,
  SumMoneyOptions,
} from './aggregate/money.ts';
export { UNSPECIFIED_PERIOD, month, quarter, year } from './aggregate/periods.ts';
export type { DateRow } from './aggregate/periods.ts';
export {
  AidDimensionValues,
  NO_COALITION,
  UNSPECIFIED,
  summarizeAid,
} from './aggregate/summarizeAid.ts';
export type { AidDimension, AidSummaryRow, SummarizeAidOptions } from './aggregate/summarizeAid.ts';

// Export (the renderers to other tools' formats are in `nsatu/export`, `nsatu/csv`, `nsatu/arrow`)
export { toSidc } from './export/sidc.ts';
