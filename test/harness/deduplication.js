// @ts-check
'use strict';

/**
 * n8n's deduplication store for the engine: what `this.helpers.checkProcessedAndRecord` reaches. Every n8n
 * process (main, worker, webhook) sets up n8n-core's `DataDeduplicationService` with a store in its
 * database (packages/cli `DeduplicationHelper`); this one keeps the same records in memory, one per
 * workflow and context (`n:<node id>` for scope 'node'), with the same `entries` / `maxEntries` rules.
 * `deduplication.available = false` makes it fail as an n8n without the service does.
 */

const { DataDeduplicationService } = require('n8n-core');

/**
 * @typedef {import('n8n-workflow').DeduplicationScope} DeduplicationScope
 * @typedef {import('n8n-workflow').DeduplicationItemTypes} DeduplicationItemTypes
 * @typedef {import('n8n-workflow').ICheckProcessedOptions} ICheckProcessedOptions
 * @typedef {{ workflow: { id?: string }, node?: { id: string } }} ContextData
 */

class MemoryDeduplicator {
	constructor() {
		/** @type {Map<string, DeduplicationItemTypes[]>} record key → processed values, oldest first */
		this.records = new Map();
		this.available = true;
	}

	/** @param {DeduplicationScope} scope @param {ContextData} contextData */
	key(scope, contextData) {
		if (!this.available)
			throw new Error('Instance needs to initialized before use. Make sure to call init()');
		if (!contextData.workflow.id) throw new Error('a workflow id is needed');
		if (scope === 'node' && !contextData.node)
			throw new Error("No node information for scope 'node'");
		return `${contextData.workflow.id}|${scope === 'node' ? `n:${contextData.node?.id}` : ''}`;
	}

	/** @param {ICheckProcessedOptions} options */
	static entriesOnly(options) {
		if (options.mode !== 'entries')
			throw new Error(`mode ${options.mode} is not kept by the harness`);
	}

	/**
	 * @param {DeduplicationItemTypes[]} items @param {DeduplicationScope} scope @param {ContextData} contextData
	 * @param {ICheckProcessedOptions} options
	 */
	async checkProcessedAndRecord(items, scope, contextData, options) {
		MemoryDeduplicator.entriesOnly(options);
		const key = this.key(scope, contextData);
		const data = this.records.get(key) ?? [];
		const seen = new Set(data.map(String));
		/** @type {{ new: DeduplicationItemTypes[], processed: DeduplicationItemTypes[] }} */
		const result = { new: [], processed: [] };
		for (const item of items) {
			if (seen.has(String(item))) result.processed.push(item);
			else {
				result.new.push(item);
				data.push(item);
				seen.add(String(item));
			}
		}
		if (options.maxEntries) data.splice(0, Math.max(0, data.length - options.maxEntries));
		this.records.set(key, data);
		return result;
	}

	/**
	 * @param {DeduplicationItemTypes[]} items @param {DeduplicationScope} scope @param {ContextData} contextData
	 * @param {ICheckProcessedOptions} options
	 */
	async removeProcessed(items, scope, contextData, options) {
		MemoryDeduplicator.entriesOnly(options);
		const key = this.key(scope, contextData);
		const drop = new Set(items.map(String));
		this.records.set(
			key,
			(this.records.get(key) ?? []).filter((value) => !drop.has(String(value))),
		);
	}

	/** @param {DeduplicationScope} scope @param {ContextData} contextData */
	async clearAllProcessedItems(scope, contextData) {
		this.records.delete(this.key(scope, contextData));
	}

	/** @param {DeduplicationScope} scope @param {ContextData} contextData */
	async getProcessedDataCount(scope, contextData) {
		return (this.records.get(this.key(scope, contextData)) ?? []).length;
	}

	/** Forgets every record (a fresh database). */
	clear() {
		this.records.clear();
	}
}

const deduplication = new MemoryDeduplicator();

/** Sets n8n-core's service up once per module registry (it refuses a second set-up). */
async function ensureDeduplication() {
	try {
		DataDeduplicationService.getInstance();
	} catch {
		await DataDeduplicationService.init(/** @type {any} */ (deduplication));
	}
}

module.exports = { deduplication, ensureDeduplication };
