/**
 * Integrity (docs/security.md): the processes are the only way through. An engine plugin holds
 * every command a person sends, whatever the route, to the path the models draw: starts only at
 * the start event, each start and step with exactly its form's fields (read from the deployed
 * {@code forms/*.form}), and a person who loses a race for a task told who has it (409).
 */
package com.callcentre.workflow.integrity;
