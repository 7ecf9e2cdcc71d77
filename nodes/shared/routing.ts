import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { binaryItemFrom } from './binary';
import { fetchRecords } from './paging';
import { isBinaryEncoding, ringCentralRequest } from './transport';
import { withSpecFacts } from './facts';
import type { OperationMeta } from './types';

/** Spec facts per resource and operation of a node (throttling group, permission, list shape). */
export type OperationMetaTable = Record<string, Record<string, OperationMeta>>;

function asItems(data: unknown, itemIndex: number): INodeExecutionData[] {
	const list = Array.isArray(data) ? data : [data];
	return list.map((json) => ({
		json: (json ?? {}) as IDataObject,
		pairedItem: { item: itemIndex },
	}));
}

/**
 * The node's `requestOperations.pagination`: n8n's RoutingNode builds the request from the declarative
 * description and hands it here (see `authenticationProperty`), so declarative operations share the
 * programmatic request path, paging and output conventions.
 */
export function sharedRequestHandler(metaTable: OperationMetaTable) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const resource = this.getNodeParameter('resource', '') as string;
		const operation = this.getNodeParameter('operation', '') as string;
		const meta = withSpecFacts(metaTable[resource]?.[operation] ?? {});
		const itemIndex = this.getItemIndex();
		const options = requestData.options as IHttpRequestOptions;

		if (meta.list) {
			const returnAll = this.getNodeParameter('returnAll', true) as boolean;
			const limit = returnAll ? undefined : (this.getNodeParameter('limit', 50) as number);
			const records = await fetchRecords(
				this,
				options,
				{ ...meta, list: meta.list },
				limit,
				itemIndex,
			);
			return asItems(records, itemIndex);
		}

		const response = await ringCentralRequest(this, options, meta, itemIndex);
		if (isBinaryEncoding(options.encoding)) {
			const propertyName = this.getNodeParameter('binaryPropertyName', 'data') as string;
			return [
				{
					...(await binaryItemFrom(this, response, propertyName)),
					pairedItem: { item: itemIndex },
				},
			];
		}
		const body = response.body;
		const empty = body === undefined || body === null || body === '';
		return asItems(empty ? (meta.emptyResponse ?? { success: true }) : body, itemIndex);
	};
}
