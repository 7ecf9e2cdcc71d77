import type { IDataObject } from 'n8n-workflow';
import { simplifySwitch } from '../../../shared/descriptions';

/** The "Simplify" switch of call log and active call lists. */
export const simplifyProperty = simplifySwitch(
	"Whether to return flat records with the same columns every time (numbers, names, result, duration, recording), good for spreadsheets, instead of RingCentral's nested records",
	{
		builderHint: {
			propertyHint:
				"Keep true, also when the node is an AI agent's tool: one flat row of scalar columns per call. False returns RingCentral's nested records (parties, legs, URIs), several times larger; only when a field outside the flat columns is needed.",
		},
	},
);

type Party =
	| {
			phoneNumber?: string;
			extensionNumber?: string;
			extensionId?: string;
			name?: string;
			location?: string;
	  }
	| undefined;

const party = (value: unknown): Party =>
	value && typeof value === 'object' ? (value as Party) : undefined;
const orNull = <T>(value: T | undefined): T | null =>
	value === undefined || value === '' ? null : value;

/**
 * A call log (or active call) record as one flat row: every key always present (null when RingCentral
 * has no value), so a spreadsheet gets the same columns for every call.
 */
export function simplifyCallRecord(record: IDataObject): IDataObject {
	const from = party(record.from);
	const to = party(record.to);
	const recording = (record.recording ?? undefined) as IDataObject | undefined;
	const message = (record.message ?? undefined) as IDataObject | undefined;
	const extension = (record.extension ?? undefined) as IDataObject | undefined;
	return {
		id: orNull(record.id as string),
		sessionId: orNull(record.sessionId as string),
		telephonySessionId: orNull(record.telephonySessionId as string),
		partyId: orNull(record.partyId as string),
		startTime: orNull(record.startTime as string),
		durationSeconds: orNull(record.duration as number),
		type: orNull(record.type as string),
		direction: orNull(record.direction as string),
		action: orNull(record.action as string),
		result: orNull(record.result as string),
		reason: orNull(record.reason as string),
		fromNumber: orNull(from?.phoneNumber),
		fromExtensionNumber: orNull(from?.extensionNumber),
		fromName: orNull(from?.name),
		fromLocation: orNull(from?.location),
		toNumber: orNull(to?.phoneNumber),
		toExtensionNumber: orNull(to?.extensionNumber),
		toName: orNull(to?.name),
		toLocation: orNull(to?.location),
		extensionId: extension?.id === undefined ? null : String(extension.id),
		transport: orNull(record.transport as string),
		recordingId: orNull(recording?.id as string),
		recordingType: orNull(recording?.type as string),
		recordingContentUri: orNull(recording?.contentUri as string),
		messageId: message?.id === undefined ? null : String(message.id),
		messageType: orNull(message?.type as string),
		legs: Array.isArray(record.legs) ? record.legs.length : null,
	};
}
