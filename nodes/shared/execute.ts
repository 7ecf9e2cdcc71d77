import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

export type ItemResult = IDataObject | IDataObject[] | INodeExecutionData[];

function toItems(result: ItemResult, itemIndex: number): INodeExecutionData[] {
	const list = Array.isArray(result) ? result : [result];
	return list.map((entry) => {
		const item =
			(entry as INodeExecutionData).json !== undefined
				? (entry as INodeExecutionData)
				: { json: entry as IDataObject };
		return { ...item, pairedItem: { item: itemIndex } };
	});
}

/**
 * Runs a programmatic operation item by item, in order (a write never races its neighbours), with
 * `pairedItem` on every output and, with "Continue On Fail", one error item per failed input.
 */
export async function runPerItem(
	this: IExecuteFunctions,
	handler: (this: IExecuteFunctions, itemIndex: number) => Promise<ItemResult>,
): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	const count = this.getInputData().length;
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		try {
			output.push(...toItems(await handler.call(this, itemIndex), itemIndex));
		} catch (error) {
			const nodeError =
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			nodeError.context.itemIndex ??= itemIndex;
			if (!this.continueOnFail()) throw nodeError;
			output.push({
				json: {
					error: nodeError.message,
					...(nodeError.description ? { description: nodeError.description } : {}),
					...(nodeError.context.partialResult as IDataObject | undefined),
				},
				pairedItem: { item: itemIndex },
			});
		}
	}
	return [output];
}

type NodeError = NodeApiError | NodeOperationError;

/**
 * What an item did before it failed (e.g. which recipients were already texted): said first in the error's
 * description, and with "Continue On Fail" its error item carries the fields, so a re-run can skip what was done.
 */
export function withPartialResult(
	error: NodeError,
	partialResult: IDataObject,
	summary: string,
): NodeError {
	error.context.partialResult = partialResult;
	error.description = [summary, error.description].filter(Boolean).join(' ');
	return error;
}

type PerItemHandler = (this: IExecuteFunctions, itemIndex: number) => Promise<ItemResult>;

/** An operation that takes all input items at once (e.g. one batch request for many items). */
export type AllItemsHandler = ((this: IExecuteFunctions) => Promise<INodeExecutionData[][]>) & {
	runs: 'allItems';
};

/**
 * Marks an operation's `execute` as taking all items at once: `export const execute = allItems(...)`.
 * Every other operation's `execute` takes one item and runs through `runPerItem`.
 */
export function allItems(
	execute: (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>,
): AllItemsHandler {
	return Object.assign(execute, { runs: 'allItems' as const });
}

const isAllItems = (handler: PerItemHandler | AllItemsHandler): handler is AllItemsHandler =>
	(handler as Partial<AllItemsHandler>).runs === 'allItems';

/** `customOperations` for a node: each per-item operation runs through `runPerItem`, an `allItems` one as is. */
export function perItemOperations(
	table: Record<string, Record<string, PerItemHandler | AllItemsHandler>>,
): Record<string, Record<string, (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>>> {
	return Object.fromEntries(
		Object.entries(table).map(([resource, operations]) => [
			resource,
			Object.fromEntries(
				Object.entries(operations).map(([operation, handler]) => [
					operation,
					isAllItems(handler)
						? handler
						: async function (this: IExecuteFunctions) {
								return await runPerItem.call(this, handler);
							},
				]),
			),
		]),
	);
}
