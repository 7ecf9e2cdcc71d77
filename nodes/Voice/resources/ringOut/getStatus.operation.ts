import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/validation';
import { outcomeOf, readRingOut } from './wait';

const ringOutIdProperty: INodeProperties = {
	displayName: 'RingOut ID',
	name: 'ringOutId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 234343434',
	description: 'The ID that RingOut → Start returned',
};

export const description = updateDisplayOptions(
	{ show: { resource: ['ringOut'], operation: ['getStatus', 'cancel'] } },
	[ringOutIdProperty],
);

export function ringOutIdOf(ctx: IExecuteFunctions, itemIndex: number): string {
	const id = String(ctx.getNodeParameter('ringOutId', itemIndex, '') ?? '').trim();
	if (!/^[A-Za-z0-9_-]+$/.test(id)) {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'RingOut ID',
			id ? `"${id}" is not a RingOut ID` : 'no ID given',
			'Map the "id" of RingOut → Start.',
		);
	}
	return id;
}

/** The RingOut's status (`callStatus`, `callerStatus`, `calleeStatus`) and its outcome: answered, failed or inProgress. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const response = await readRingOut(this, ringOutIdOf(this, itemIndex), itemIndex);
	const body = response.body as IDataObject & { status?: IDataObject };
	return { ...body, outcome: outcomeOf(body.status) };
}
