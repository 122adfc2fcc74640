/**
 * Editing and history (`nsatu/edit`): `edit` applies an immer recipe to a frozen dataset and
 * re-validates it, the domain recipes (`joinCoalition`, `assignPost`, `recordAid`, …) state the
 * usual changes, `diff` and `asOf` compare and roll back, `createHistory` gives undo and redo.
 * A separate entry so code that only reads a dataset never loads immer.
 *
 * @packageDocumentation
 * @module nsatu/edit
 */

// Editing & history
export { edit } from './edit.ts';
export { applyPatches } from './applyPatches.ts';
export type { DatasetDraft, Recipe, EditOptions, EditResult } from './edit.ts';
export type { DatasetPatch } from './patches.ts';
export type { ProvenanceOptions } from './recipe.ts';
export { joinCoalition, leaveCoalition } from './coalitions.ts';
export type { JoinCoalitionOptions, LeaveCoalitionOptions } from './coalitions.ts';
export { assignPost } from './posts.ts';
export type { AssignPostOptions } from './posts.ts';
export { addRelationship, endRelationship } from './relationships.ts';
export type { AddRelationshipOptions, EndRelationshipOptions } from './relationships.ts';
export { signAgreement } from './agreements.ts';
export type { SignAgreementOptions } from './agreements.ts';
export { recordAid, advanceAidStage } from './aid.ts';
export type { AdvanceAidStageOptions } from './aid.ts';
export { addWeaponAlias } from './weapons.ts';
export type { AddWeaponAliasOptions } from './weapons.ts';
export { diff, diffAsOf } from './diff.ts';
export type { DatasetDiff, DatasetRecord, EntityChange, FieldChange } from './diff.ts';
export type { DiffEvent, ReportingLine } from './events.ts';
export { asOf } from './asOf.ts';
export { createHistory, record, undo, redo, canUndo, canRedo } from './history.ts';
export type { History, HistoryEntry, CreateHistoryOptions, RecordOptions } from './history.ts';
