package org.liandong.workorder;

/**
 * The work-order module's refusals (400, 403, 404, 409 of {@link WorkOrders#act} and the module's own pages) as a
 * page shows them: in the visitor's language (DESIGN §6), each invalid field named by its form label, the states,
 * actions and roles a message names by their labels. The JSON API keeps its English messages. A message this does not
 * know (another module's, say) is shown as it is.
 */
public interface WorkOrderRefusals {

	/** The refusal's message in the language of the current request. */
	String describe(RuntimeException refusal);
}
