package com.callcentre.workflow.staff;

/** 初级 / 中级 / 高级 (seed 003), in rising order: SW-5 asks for comparable levels. */
public enum SkillLevel {
    JUNIOR("初级"),
    INTERMEDIATE("中级"),
    SENIOR("高级");

    private final String label;

    SkillLevel(String label) {
        this.label = label;
    }

    /** The Chinese name staff see. */
    public String label() {
        return label;
    }
}
