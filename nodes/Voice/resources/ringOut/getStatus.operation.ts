import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringOutIdOf } from './common';
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

/** The RingOut's status (`callStatus`, `callerStatus`, `calleeStatus`) and its outcome: answered, failed or inProgress. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const response = await readRingOut(this, ringOutIdOf(this, itemIndex), itemIndex);
	const body = response.body as IDataObject & { status?: IDataObject };
	return { ...body, outcome: outcomeOf(body.status) };
}
