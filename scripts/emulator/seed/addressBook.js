// @ts-check
'use strict';
/**
 * Demo data of the address book, the company directory and presence: Alice's personal contacts,
 * departments and job titles of the extensions, the company's business address, each extension's presence, and the members of
 * Carol's call queue. Registered in state.js (`seedAddressBook`); handlers in routes/addressBook.js
 * and routes/presence.js.
 */
const { ACCOUNT_ID } = require('./state');

/** Phone-number fields of a personal contact (E.164 in RingCentral's answers). */
const CONTACT_PHONE_FIELDS = [
	'homePhone',
	'homePhone2',
	'businessPhone',
	'businessPhone2',
	'mobilePhone',
	'businessFax',
	'companyPhone',
	'assistantPhone',
	'carPhone',
	'otherPhone',
	'otherFax',
	'callbackPhone',
];

/**
 * @param {any} state
 * @param {string} baseUrl
 * @param {number} [now]
 */
function seedAddressBook(state, baseUrl, now = Date.now()) {
	const details = /** @type {Record<string, { department?: string, jobTitle?: string }>} */ ({
		101: { department: 'Management', jobTitle: 'Office Manager' },
		102: { department: 'Sales', jobTitle: 'Sales Representative' },
		103: { department: 'Support' },
		104: { department: 'Sales', jobTitle: 'Former Intern' },
	});
	for (const ext of state.extensions) Object.assign(ext.contact, details[String(ext.id)] || {});
	state.businessAddress = {
		company: 'Demo Company',
		email: 'info@demo.example',
		businessAddress: {
			street: '20 Davis Dr',
			city: 'Belmont',
			state: 'CA',
			zip: '94002',
			country: 'United States',
		},
		mainSiteName: 'Main Site',
	};

	state.contacts = [];
	state.nextContactId = 600000001;
	const created = new Date(now - 30 * 24 * 3600 * 1000).toISOString();
	/** @type {[string, Record<string, any>][]} owner extension, fields */
	const seed = [
		[
			'101',
			{
				firstName: 'Jane',
				lastName: 'Customer',
				company: 'Acme Corp',
				jobTitle: 'Buyer',
				email: 'jane@acme.example',
				mobilePhone: '+14155550111',
				businessAddress: {
					street: '1 Market St',
					city: 'San Francisco',
					state: 'CA',
					zip: '94105',
					country: 'United States',
				},
			},
		],
		[
			'101',
			{
				firstName: 'Ken',
				lastName: 'Supplier',
				company: "Ken's Parts",
				email: 'ken@parts.example',
				businessPhone: '+14155550122',
				notes: 'Delivers on Fridays',
			},
		],
		[
			'101',
			{
				firstName: 'Lee',
				lastName: 'Wong',
				mobilePhone: '+12125550133',
				email2: 'lee.wong@mail.example',
			},
		],
		[
			'101',
			{ firstName: 'Acme', lastName: 'Fax', company: 'Acme Corp', businessFax: '+14155550155' },
		],
		[
			'101',
			{
				firstName: 'Kim',
				lastName: 'Jones',
				company: 'Jones & Co',
				email: 'kim@jones.example',
				homePhone: '+13105550144',
			},
		],
		['102', { firstName: 'Bob', lastName: 'Friend', mobilePhone: '+14155550177' }],
	];
	for (const [extensionId, fields] of seed)
		addContact(state, baseUrl, extensionId, { ...fields }, created);

	/** @type {Record<string, any>} presence per extension id */
	state.presence = {};
	for (const ext of state.extensions) {
		state.presence[String(ext.id)] = {
			userStatus: ext.status === 'Enabled' ? 'Available' : 'Offline',
			dndStatus: 'TakeAllCalls',
			telephonyStatus: 'NoCall',
			message: '',
			allowSeeMyPresence: true,
			callerIdVisibility: 'All',
			ringOnMonitoredCall: false,
			pickUpCallsOnHold: false,
			acceptCallQueueCalls: true,
		};
	}
	state.presence['102'].userStatus = 'Busy';
	state.presence['102'].message = 'In a customer meeting';

	/** @type {Record<string, { id: string, acceptCurrentQueueCalls: boolean }[]>} members of each call queue (Department) */
	state.callQueueMembers = {
		103: [
			{ id: '101', acceptCurrentQueueCalls: true },
			{ id: '102', acceptCurrentQueueCalls: false },
		],
	};
	return state;
}

/**
 * Stores a personal contact of an extension; returns the stored record.
 * @param {any} state @param {string} baseUrl @param {string} extensionId @param {Record<string, any>} fields @param {string} [time]
 */
function addContact(state, baseUrl, extensionId, fields, time = new Date().toISOString()) {
	const id = state.nextContactId++;
	const record = {
		uri: `${baseUrl}/restapi/v1.0/account/${ACCOUNT_ID}/extension/${extensionId}/address-book/contact/${id}`,
		availability: 'Alive',
		id,
		...fields,
		_extensionId: String(extensionId),
		_created: time,
	};
	state.contacts.push(record);
	return record;
}

module.exports = { seedAddressBook, addContact, CONTACT_PHONE_FIELDS };
