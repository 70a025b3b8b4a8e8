/** Cross-feature infrastructure: settings, the department catalogue, error answers of the API. */
package com.callcentre.workflow.system;
