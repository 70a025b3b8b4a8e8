package com.callcentre.workflow.complaint;

/** CP-9: what of a customer's name and phone a reader without need may see. */
final class Masking {

    private Masking() {
    }

    /** 13800138000 becomes 138****8000; 010-12345678 becomes 010****5678. */
    static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** 张三 becomes 张*, 欧阳小明 becomes 欧***. */
    static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "*";
        }
        return name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
    }
}
