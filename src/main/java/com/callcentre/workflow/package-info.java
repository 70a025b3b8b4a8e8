/**
 * Root of the application. Features live in their own packages: {@code complaint} (the
 * complaint lifecycle, its API and its process beans), {@code identity} (groups, demo users,
 * authorizations, authentication of the APIs) and {@code system} (settings shared by features,
 * error answers, start-up banner).
 */
package com.callcentre.workflow;
