import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationMetaTable } from './routing';
import type { OperationMeta } from './types';

/** One resource (a tag of RingCentral's spec) of a node, as `npm run generate` writes it. */
export interface GeneratedResource {
	/** The spec tag. */
	tag: string;
	name: string;
	value: string;
	description?: string;
	/** The operations join the hand-written resource with the same value (no resource option of their own). */
	joinsHandWritten?: boolean;
	/** Operation options with their declarative routing; the value is the spec's operationId. */
	operations: INodePropertyOptions[];
	/** Fields, each shown for its resource and operations. */
	properties: INodeProperties[];
	/** Spec facts for the shared request path, by operation value. */
	meta: Record<string, OperationMeta>;
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) =>
	a.name.localeCompare(b.name, 'en');

/** Resource options of the generated resources that are not part of a hand-written one. */
export function resourceOptions(resources: GeneratedResource[]): INodePropertyOptions[] {
	return resources
		.filter((resource) => !resource.joinsHandWritten)
		.map((resource) => ({
			name: resource.name,
			value: resource.value,
			...(resource.description ? { description: resource.description } : {}),
		}));
}

export function resourceProperty(
	options: INodePropertyOptions[],
	defaultValue?: string,
): INodeProperties {
	const sorted = [...options].sort(byName);
	// A resource RingCentral removed stays for saved workflows, never as the default.
	const selected = String(
		defaultValue ??
			(sorted.find((option) => !option.name.endsWith(' (Removed)')) ?? sorted[0])?.value ??
			'',
	);
	return {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: sorted,
		default: selected,
	};
}

/** The Operation selector of a resource; defaults to "Get Many" when there is one. */
export function operationProperty(
	resource: string,
	options: INodePropertyOptions[],
): INodeProperties {
	const sorted = [...options].sort(byName);
	const preferred =
		sorted.find((option) => option.name === 'Get Many') ??
		sorted.find((option) => option.name.startsWith('Get Many')) ??
		sorted[0];
	const selected = String(preferred?.value ?? '');
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: sorted,
		default: selected,
	};
}

/** Operation selectors and fields of generated resources that have their own resource option. */
export function generatedProperties(resources: GeneratedResource[]): INodeProperties[] {
	const properties: INodeProperties[] = [];
	for (const resource of resources) {
		if (!resource.joinsHandWritten)
			properties.push(operationProperty(resource.value, resource.operations));
		properties.push(...resource.properties);
	}
	return properties;
}

/**
 * Hand-written properties with the generated operations of the same resource added to their Operation
 * selector (hand-written operations keep their values, names and fields; nothing is replaced).
 */
export function withGeneratedOperations(
	handWritten: INodeProperties[],
	resources: GeneratedResource[],
): INodeProperties[] {
	const joining = resources.filter((resource) => resource.joinsHandWritten);
	return handWritten.map((property) => {
		if (property.name !== 'operation' || property.type !== 'options') return property;
		const shownFor = property.displayOptions?.show?.resource;
		const extra = joining.filter(
			(resource) =>
				Array.isArray(shownFor) && shownFor.length === 1 && shownFor[0] === resource.value,
		);
		if (extra.length === 0) return property;
		const options = [
			...(property.options as INodePropertyOptions[]),
			...extra.flatMap((resource) => resource.operations),
		].sort(byName);
		return { ...property, options };
	});
}

/** The node's operation meta table: hand-written entries plus the generated ones. */
export function operationMetaTable(
	resources: GeneratedResource[],
	handWritten: OperationMetaTable = {},
): OperationMetaTable {
	const table: OperationMetaTable = {};
	for (const [resource, operations] of Object.entries(handWritten))
		table[resource] = { ...operations };
	for (const resource of resources)
		table[resource.value] = { ...resource.meta, ...table[resource.value] };
	return table;
}

/**
 * The preSend of an operation RingCentral removed (kept so saved workflows still load): fails before any
 * request with `message`, which names the successor.
 */
export function operationRemoved(message: string) {
	return async function (this: IExecuteSingleFunctions): Promise<IHttpRequestOptions> {
		throw new NodeOperationError(this.getNode(), message, { itemIndex: this.getItemIndex() });
	};
}
