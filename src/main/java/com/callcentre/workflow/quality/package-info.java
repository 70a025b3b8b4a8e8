/**
 * Quality of closed tickets (CP-8, RP-1): the complaint manager's daily audit (检验审核) of the
 * tickets closed the business day before, by category, in the {@code daily-audit} process: each
 * ticket passes (合格) or fails (不合格, with a reason). The results are kept per ticket in
 * {@code quality_audit}; the reports count the failures per handler and per owner through
 * {@link com.callcentre.workflow.quality.AuditResults}, the package's one public API.
 */
@OwnsTables({"quality_audit"})
package com.callcentre.workflow.quality;

import com.callcentre.workflow.system.OwnsTables;
