/**
 * Quality (CP-8, RP-1, QA-1).
 * <p>
 * The complaint manager's daily audit (检验审核) of the tickets closed the business day before, by
 * category, in the {@code daily-audit} process: each ticket passes (合格) or fails (不合格, with a
 * reason). The results are kept per ticket in {@code quality_audit}; the reports count the failures
 * per handler and per owner through {@link com.callcentre.workflow.quality.AuditResults}.
 * <p>
 * Quality monitoring (质检抽听, QA-1) in the {@code quality-listening} process: on the first of each
 * month the quality inspectors get a quota of listenings per agent ({@code quality.listening.quota}),
 * score each on the {@code quality-listening} form, graded by the {@code quality-grade} table; kept
 * in {@code quality_listening}; read through {@code /api/quality/scores} and {@code /summary}, and
 * by the reports through {@link com.callcentre.workflow.quality.ListeningResults}.
 */
@OwnsTables({"quality_audit", "quality_listening"})
package com.callcentre.workflow.quality;

import com.callcentre.workflow.system.OwnsTables;
