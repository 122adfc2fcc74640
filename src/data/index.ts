/**
 * The embedded, curated and sourced NSATU dataset (`nsatu/data`).
 *
 * @packageDocumentation
 */
export {};
