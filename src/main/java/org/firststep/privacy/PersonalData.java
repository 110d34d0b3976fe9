package org.firststep.privacy;

import java.util.List;
import java.util.Map;

/**
 * What each feature that keeps a person's data registers, so that the person's rights
 * cover everything: export, import into another instance, and a fresh start. (Deleting an
 * account removes every row through the database's cascades and {@code AccountDeleting}.)
 * <p>
 * Rows are plain maps of JSON values with camelCase keys, private fields opened: the
 * export is the person's own copy. Ids are kept, so references between kinds survive an
 * import.
 */
public interface PersonalData {

	/**
	 * The kind's name: a key of the export's {@code data} and the name of its CSV file.
	 */
	String kind();

	/**
	 * Kinds restore in this order, lowest first, so that what others refer to exists
	 * first.
	 */
	default int restoreOrder() {
		return 100;
	}

	/** Every row of the person, opened, newest first. */
	List<Map<String, Object>> export(String accountId);

	/**
	 * Restores exported rows into the person's account, sealing private fields anew.
	 * @throws org.firststep.platform.web.InvalidInputException when a row is not valid
	 */
	void restore(String accountId, List<Map<String, Object>> rows);

	/** Whether the person has no rows of this kind. */
	boolean isEmpty(String accountId);

	/** Removes every row of the person of this kind: the fresh start after a reset. */
	void erase(String accountId);

}
