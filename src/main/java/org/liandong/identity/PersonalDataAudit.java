package org.liandong.identity;

/** Records every read of unmasked personal data (who, when, whose, which fields, why). */
public interface PersonalDataAudit {

	/**
	 * @param subjectType what holds the data, e.g. {@code WORK_ORDER}
	 * @param subjectId its id
	 * @param fields the unmasked fields, e.g. {@code citizenName,citizenPhone}
	 */
	void recordRead(Actor actor, String subjectType, String subjectId, String fields);
}
