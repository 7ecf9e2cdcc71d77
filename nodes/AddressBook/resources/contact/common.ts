import { normalizePhoneNumber } from '../../../shared/validation';

/** What the query is: RingCentral matches names and phone numbers; email addresses are matched here. */
export function searchKind(query: string): {
	by: 'phoneNumber' | 'startsWith' | 'email';
	value: string;
} {
	if (query.includes('@')) return { by: 'email', value: query.toLowerCase() };
	const phone =
		/^[+\d\s().-]+$/.test(query) && query.replace(/\D/g, '').length >= 7
			? normalizePhoneNumber(query)
			: undefined;
	return phone ? { by: 'phoneNumber', value: phone } : { by: 'startsWith', value: query };
}
